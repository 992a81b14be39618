package dev.torrentd.engine;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of one torrent, refreshed from libtorrent's alerts at least once
 * a second. Sizes are bytes, rates bytes/s of payload, durations seconds. The field set
 * follows what qBittorrent's {@code torrents/info} and µTorrent's {@code list=1} need.
 *
 * @param id the torrent ID
 * @param infoHashV1 40 hex digits, or "" for a v2-only torrent
 * @param infoHashV2 64 hex digits, or "" for a v1-only torrent (and a magnet without
 * btmh)
 * @param name display name (the user's rename, else the torrent's name, else the magnet's
 * {@code dn}, else the ID)
 * @param state lifecycle state
 * @param complete every wanted byte is verified (qBittorrent's "finished", the *UP
 * states)
 * @param hasMetadata the info dictionary is known (false while a magnet fetches it)
 * @param totalSizeBytes size of all files (0 without metadata)
 * @param wantedSizeBytes size of the files not set to {@link FilePriority#SKIP}
 * @param wantedDoneBytes verified bytes of the wanted files
 * @param doneBytes verified bytes of all files
 * @param progress {@code wantedDoneBytes / wantedSizeBytes} in [0, 1]; the check's
 * progress while checking
 * @param downloadRateBytesPerSecond payload download rate (0 while stopped)
 * @param uploadRateBytesPerSecond payload upload rate (0 while stopped)
 * @param downloadedBytes payload downloaded over the torrent's whole life
 * @param uploadedBytes payload uploaded over the torrent's whole life
 * @param downloadedSessionBytes payload downloaded since the engine started
 * @param uploadedSessionBytes payload uploaded since the engine started
 * @param connectedSeeds connected peers that are seeds
 * @param connectedLeechers connected peers that are not seeds
 * @param swarmSeeds seeds in the swarm (tracker scrape, else known peers)
 * @param swarmLeechers leechers in the swarm (tracker scrape, else known peers)
 * @param ratio uploaded / downloaded as qBittorrent computes it (capped at 9999)
 * @param etaSeconds seconds until the wanted files are complete, {@link #ETA_INFINITE} if
 * unknown
 * @param savePath the folder the content is in, or goes to once complete when it is still
 * in {@link #downloadPath()}
 * @param contentPath the single file's path, or the root folder of a multi-file torrent,
 * or the folder the content is in when there is no common root folder; always where the
 * data is now (under {@link #downloadPath()} while that is set)
 * @param rootPath the root folder (where the data is now), or null when there is none
 * (single file, no metadata, or {@link ContentLayout#NO_SUBFOLDER})
 * @param category category name, "" for none
 * @param tags tag names
 * @param addedAt when the torrent was added
 * @param completedAt when it first completed, or null
 * @param lastActivityAt when a payload byte last moved, or null
 * @param lastSeenCompleteAt when a complete copy was last seen in the swarm, or null
 * @param activeSeconds seconds spent started (downloading or seeding)
 * @param seedingSeconds seconds spent complete and started
 * @param queuePosition 0-based position in the download queue, -1 when not in it
 * (complete, or queueing disabled)
 * @param forceStart started regardless of the queue limits
 * @param autoManagedSavePath the save path follows the category (qBittorrent's Automatic
 * Torrent Management)
 * @param sequentialDownload pieces are fetched in order
 * @param firstLastPiecePriority the first and last piece of each file come first
 * @param superSeeding super-seeding mode
 * @param downloadLimitBytesPerSecond the torrent's own download limit, 0 = none
 * @param uploadLimitBytesPerSecond the torrent's own upload limit, 0 = none
 * @param shareLimits the torrent's own share limits
 * @param currentTracker URL of the tracker last announced to, else the first, else ""
 * @param trackers the tracker URLs in tier order
 * @param nextAnnounceSeconds seconds until the next announce
 * @param isPrivate the private flag, null while the metadata is unknown
 * @param comment the torrent's comment, "" for none
 * @param createdBy the torrent's "created by", "" for none
 * @param createdAt the torrent's creation date, or null
 * @param pieceCount number of pieces (0 without metadata)
 * @param pieceSizeBytes piece length (0 without metadata)
 * @param piecesHave verified pieces
 * @param availability distributed copies in the connected swarm, -1 when unknown
 * @param connections open peer connections
 * @param connectionsLimit the torrent's connection limit, -1 = none
 * @param wastedBytes bytes discarded (failed hash checks and redundant blocks)
 * @param magnetUri a magnet URI for this torrent (xt, dn, tr)
 * @param webSeeds the torrent's web seed (BEP 19) URLs
 * @param errorMessage why the torrent is in {@link TorrentState#ERROR}, or ""
 * @param downloadPath the incomplete-download folder the content is in until it is
 * complete and moved to {@link #savePath()}
 * ({@link EngineSettings#incompleteSavePath()}), or null when the content is not there
 * (no incomplete folder, or already moved)
 */
public record Torrent(TorrentId id, String infoHashV1, String infoHashV2, String name, TorrentState state,
		boolean complete, boolean hasMetadata, long totalSizeBytes, long wantedSizeBytes, long wantedDoneBytes,
		long doneBytes, double progress, long downloadRateBytesPerSecond, long uploadRateBytesPerSecond,
		long downloadedBytes, long uploadedBytes, long downloadedSessionBytes, long uploadedSessionBytes,
		int connectedSeeds, int connectedLeechers, int swarmSeeds, int swarmLeechers, double ratio, long etaSeconds,
		Path savePath, Path contentPath, @Nullable Path rootPath, String category, Set<String> tags, Instant addedAt,
		@Nullable Instant completedAt, @Nullable Instant lastActivityAt, @Nullable Instant lastSeenCompleteAt,
		long activeSeconds, long seedingSeconds, int queuePosition, boolean forceStart, boolean autoManagedSavePath,
		boolean sequentialDownload, boolean firstLastPiecePriority, boolean superSeeding,
		long downloadLimitBytesPerSecond, long uploadLimitBytesPerSecond, ShareLimits shareLimits,
		String currentTracker, List<String> trackers, long nextAnnounceSeconds, @Nullable Boolean isPrivate,
		String comment, String createdBy, @Nullable Instant createdAt, int pieceCount, long pieceSizeBytes,
		int piecesHave, double availability, int connections, int connectionsLimit, long wastedBytes, String magnetUri,
		List<String> webSeeds, String errorMessage, @Nullable Path downloadPath) {

	/**
	 * The ETA of a torrent that will not finish at the current rate (qBittorrent's
	 * MAX_ETA, 100 days).
	 */
	public static final long ETA_INFINITE = 8_640_000;

	/** The largest ratio reported (qBittorrent's MAX_RATIO). */
	public static final double MAX_RATIO = 9999;

	public Torrent {
		tags = Set.copyOf(tags);
		webSeeds = List.copyOf(webSeeds);
		trackers = List.copyOf(trackers);
	}

	/**
	 * Number of trackers.
	 * @return the size of {@link #trackers()}
	 */
	public int trackerCount() {
		return this.trackers.size();
	}

	/**
	 * Bytes of wanted files still missing.
	 * @return {@code wantedSizeBytes - wantedDoneBytes}
	 */
	public long remainingBytes() {
		return Math.max(0, this.wantedSizeBytes - this.wantedDoneBytes);
	}

	/**
	 * Whether the user stopped this torrent.
	 * @return true in {@link TorrentState#STOPPED}
	 */
	public boolean isStopped() {
		return this.state == TorrentState.STOPPED;
	}

}
