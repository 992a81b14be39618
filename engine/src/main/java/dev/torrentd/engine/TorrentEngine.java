package dev.torrentd.engine;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one door into the BitTorrent engine. Every dialect (qBittorrent, µTorrent)
 * translates its requests into these calls and renders these records.
 * <p>
 * <b>Reads</b> return immutable snapshots that the engine refreshes from libtorrent's
 * alerts at least once a second (and at once after a state change); they never call into
 * libtorrent on the caller's thread. <b>Commands</b> return once the engine has accepted
 * them; libtorrent carries them out asynchronously, and the next snapshot shows the
 * effect.
 * <p>
 * Commands on several torrents check every ID first: one unknown ID fails the whole
 * command with {@link TorrentNotFoundException} and nothing changes.
 */
public interface TorrentEngine extends AutoCloseable {

	/**
	 * Every torrent, in the order they were added.
	 * @return immutable snapshots
	 */
	List<Torrent> torrents();

	/**
	 * One torrent.
	 * @param id its ID
	 * @return its snapshot, or empty if the engine has no such torrent
	 */
	Optional<Torrent> find(TorrentId id);

	/**
	 * One torrent.
	 * @param id its ID
	 * @return its snapshot
	 * @throws TorrentNotFoundException if the engine has no such torrent
	 */
	default Torrent get(TorrentId id) {
		return find(id).orElseThrow(() -> new TorrentNotFoundException(id));
	}

	/**
	 * A torrent's files with their progress (empty without metadata).
	 * @param id the torrent
	 * @return files in index order
	 * @throws TorrentNotFoundException if unknown
	 */
	List<TorrentFile> files(TorrentId id);

	/**
	 * A torrent's trackers with their announce status.
	 * @param id the torrent
	 * @return trackers by tier
	 * @throws TorrentNotFoundException if unknown
	 */
	List<Tracker> trackers(TorrentId id);

	/**
	 * A torrent's connected peers.
	 * @param id the torrent
	 * @return peers
	 * @throws TorrentNotFoundException if unknown
	 */
	List<Peer> peers(TorrentId id);

	/**
	 * The state of each piece (empty without metadata).
	 * @param id the torrent
	 * @return one state per piece
	 * @throws TorrentNotFoundException if unknown
	 */
	List<PieceState> pieceStates(TorrentId id);

	/**
	 * The torrent's metainfo, as a .torrent file.
	 * @param id the torrent
	 * @return the bencoded .torrent, or empty while a magnet has no metadata
	 * @throws TorrentNotFoundException if unknown
	 */
	Optional<byte[]> metainfo(TorrentId id);

	/**
	 * Categories by name.
	 * @return every category
	 */
	Map<String, Category> categories();

	/**
	 * Tags known to the engine (used by a torrent or created on their own).
	 * @return tag names
	 */
	Set<String> tags();

	/**
	 * Session-wide rates and totals.
	 * @return the latest figures
	 */
	TransferStats transferStats();

	/**
	 * Totals of the engine's own work (alert queue overflows, resume-data writes), for
	 * monitoring.
	 * @return the totals since the engine started
	 */
	EngineCounters counters();

	/**
	 * The settings in force.
	 * @return the settings
	 */
	EngineSettings settings();

	/**
	 * Versions of the engine and its libraries.
	 * @return the versions
	 */
	EngineVersions versions();

	/**
	 * Adds a torrent. A magnet is listed at once in
	 * {@link TorrentState#FETCHING_METADATA}.
	 * @param source what to add
	 * @param options how to add it
	 * @return its ID, and whether it was already present (then nothing changed)
	 * @throws InvalidTorrentException for malformed .torrent bytes, an invalid magnet
	 * URI, or a link that cannot be fetched or does not lead to a torrent
	 */
	AddResult add(TorrentSource source, AddOptions options);

	/**
	 * Stops (pauses) torrents; they stay stopped across restarts.
	 * @param ids the torrents
	 */
	void stop(Collection<TorrentId> ids);

	/**
	 * Starts (resumes) torrents under the queue's control.
	 * @param ids the torrents
	 */
	void start(Collection<TorrentId> ids);

	/**
	 * Starts torrents regardless of the queue limits, or puts them back under the queue's
	 * control (started).
	 * @param ids the torrents
	 * @param force true to force-start
	 */
	void setForceStart(Collection<TorrentId> ids, boolean force);

	/**
	 * Removes torrents.
	 * @param ids the torrents
	 * @param deleteData also delete their downloaded files
	 */
	void remove(Collection<TorrentId> ids, boolean deleteData);

	/**
	 * Re-hashes the files on disk.
	 * @param ids the torrents
	 */
	void recheck(Collection<TorrentId> ids);

	/**
	 * Announces to every tracker (and the DHT) now.
	 * @param ids the torrents
	 */
	void reannounce(Collection<TorrentId> ids);

	/**
	 * Connects torrents to the given peers.
	 * @param ids the torrents
	 * @param peers addresses to connect to
	 */
	void addPeers(Collection<TorrentId> ids, Collection<InetSocketAddress> peers);

	/**
	 * Moves the content of torrents to a new folder (and turns off the automatic save
	 * path).
	 * @param ids the torrents
	 * @param savePath the new folder; created if missing
	 */
	void setSavePath(Collection<TorrentId> ids, Path savePath);

	/**
	 * Lets the save path follow the category, or not (qBittorrent's Automatic Torrent
	 * Management). Turning it on moves the content to the category's path.
	 * @param ids the torrents
	 * @param enabled true to follow the category
	 */
	void setAutoManagedSavePath(Collection<TorrentId> ids, boolean enabled);

	/**
	 * Sets the display name.
	 * @param id the torrent
	 * @param name the new name (not blank)
	 */
	void rename(TorrentId id, String name);

	/**
	 * Renames or moves one file within the torrent's folder.
	 * @param id the torrent
	 * @param oldPath the file's current path, as in {@link TorrentFile#path()}
	 * @param newPath its new path, relative to the save path
	 * @throws InvalidTorrentException if no file has {@code oldPath}, another has
	 * {@code newPath}, or the torrent has no metadata
	 */
	void renameFile(TorrentId id, String oldPath, String newPath);

	/**
	 * Renames a folder: every file under {@code oldPath} moves under {@code newPath}.
	 * @param id the torrent
	 * @param oldPath the folder's current path
	 * @param newPath its new path
	 * @throws InvalidTorrentException if no file is under {@code oldPath}
	 */
	void renameFolder(TorrentId id, String oldPath, String newPath);

	/**
	 * Sets the priority of some files.
	 * @param id the torrent
	 * @param priorities priorities by file index
	 * @throws InvalidTorrentException if an index is out of range or the torrent has no
	 * metadata
	 */
	void setFilePriorities(TorrentId id, Map<Integer, FilePriority> priorities);

	void setSequentialDownload(Collection<TorrentId> ids, boolean enabled);

	void setFirstLastPiecePriority(Collection<TorrentId> ids, boolean enabled);

	void setSuperSeeding(Collection<TorrentId> ids, boolean enabled);

	/**
	 * Per-torrent download limit.
	 * @param ids the torrents
	 * @param bytesPerSecond the limit, 0 for none
	 */
	void setDownloadLimit(Collection<TorrentId> ids, long bytesPerSecond);

	/**
	 * Per-torrent upload limit.
	 * @param ids the torrents
	 * @param bytesPerSecond the limit, 0 for none
	 */
	void setUploadLimit(Collection<TorrentId> ids, long bytesPerSecond);

	void setShareLimits(Collection<TorrentId> ids, ShareLimits limits);

	/**
	 * Moves torrents in the download queue (applied in the given order).
	 * @param ids the torrents
	 * @param move the move
	 */
	void moveInQueue(Collection<TorrentId> ids, QueueMove move);

	/**
	 * Assigns a category; "" removes it. An unknown category is created.
	 * @param ids the torrents
	 * @param category the category name
	 */
	void setCategory(Collection<TorrentId> ids, String category);

	/**
	 * Creates or changes a category.
	 * @param category the category
	 */
	void saveCategory(Category category);

	/**
	 * Removes categories; their torrents become uncategorised.
	 * @param names category names; unknown ones are ignored
	 */
	void removeCategories(Collection<String> names);

	void addTags(Collection<TorrentId> ids, Set<String> tags);

	/**
	 * Removes tags from torrents.
	 * @param ids the torrents
	 * @param tags the tags to remove; empty removes every tag
	 */
	void removeTags(Collection<TorrentId> ids, Set<String> tags);

	/**
	 * Creates tags that no torrent has yet.
	 * @param tags tag names
	 */
	void createTags(Set<String> tags);

	/**
	 * Deletes tags from the engine and from every torrent.
	 * @param tags tag names
	 */
	void deleteTags(Set<String> tags);

	/**
	 * Adds trackers at the end of a torrent's list.
	 * @param id the torrent
	 * @param urls announce URLs; ones already present are ignored
	 */
	void addTrackers(TorrentId id, List<String> urls);

	/**
	 * Replaces one tracker's URL.
	 * @param id the torrent
	 * @param oldUrl the URL to replace
	 * @param newUrl the new URL
	 * @throws InvalidTorrentException if {@code oldUrl} is not a tracker of the torrent
	 * or {@code newUrl} already is
	 */
	void editTracker(TorrentId id, String oldUrl, String newUrl);

	/**
	 * Removes trackers.
	 * @param id the torrent
	 * @param urls announce URLs; unknown ones are ignored
	 */
	void removeTrackers(TorrentId id, Collection<String> urls);

	/**
	 * Adds web seeds (BEP 19).
	 * @param id the torrent
	 * @param urls http(s) URLs
	 */
	void addWebSeeds(TorrentId id, List<String> urls);

	/**
	 * Removes web seeds.
	 * @param id the torrent
	 * @param urls URLs; unknown ones are ignored
	 */
	void removeWebSeeds(TorrentId id, Collection<String> urls);

	/**
	 * Changes the settings and persists them.
	 * @param settings the new settings
	 */
	void applySettings(EngineSettings settings);

	/**
	 * Saves every torrent's resume data and stops the session. Blocks for a few seconds
	 * at most.
	 */
	@Override
	void close();

}
