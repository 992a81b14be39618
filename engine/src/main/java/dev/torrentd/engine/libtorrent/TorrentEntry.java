package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.StopCondition;
import dev.torrentd.engine.TorrentId;
import org.jspecify.annotations.Nullable;
import org.libtorrent4j.TorrentHandle;

/**
 * Everything the engine keeps about one torrent. Mutable, and only ever touched on the
 * engine thread; readers get immutable {@link dev.torrentd.engine.Torrent} snapshots
 * built from it. The fields above the blank line are the user's intent and are persisted
 * ({@link TorrentEntryFile}); the rest is copied from libtorrent.
 */
final class TorrentEntry {

	final TorrentId id;

	/** Where the content goes, and stays once complete. */
	Path savePath;

	/**
	 * Where the content is downloaded until complete (qBittorrent's per-torrent download
	 * path), or null for none; kept after the move, as qBittorrent keeps it.
	 */
	@Nullable Path downloadPath;

	/**
	 * The torrent has finished downloading (qBittorrent's "finished status"): its data
	 * belongs in the save path. Cleared when a check finds wanted data missing.
	 */
	boolean finishedStatus;

	/**
	 * Folders that renames left (a dropped root folder): removed when empty after each
	 * rename and again when the download finishes, when no write can still land there.
	 * Engine thread only; not persisted.
	 */
	final java.util.Set<Path> leftFolders = new java.util.HashSet<>();

	String category = "";

	Set<String> tags = new TreeSet<>();

	@Nullable String name;

	Instant addedAt;

	@Nullable Instant completedAt;

	@Nullable Instant lastActivityAt;

	boolean stopped;

	boolean forceStart;

	boolean autoManagedSavePath;

	ContentLayout contentLayout = ContentLayout.ORIGINAL;

	boolean contentLayoutApplied;

	boolean sequentialDownload;

	boolean firstLastPiecePriority;

	boolean superSeeding;

	long downloadLimit;

	long uploadLimit;

	ShareLimits shareLimits = ShareLimits.useGlobal();

	StopCondition stopCondition = StopCondition.NONE;

	List<FilePriority> pendingFilePriorities = List.of();

	int queuePosition = -1;

	/** The magnet's display name, shown until the metadata arrives. */
	String magnetName = "";

	/** The v1 info hash ("" for v2-only), known before the metadata. */
	String infoHashV1 = "";

	/**
	 * The folder torrentd last told libtorrent to keep the data in (libtorrent's own save
	 * path changes only when a move is done); not persisted: the resume data has it.
	 */
	Path location;

	@Nullable TorrentHandle handle;

	/** libtorrent's unique id of the handle's torrent object. */
	long handleId;

	@Nullable MetaInfo info;

	@Nullable LtStatus status;

	List<String> trackers = new ArrayList<>();

	List<String> webSeeds = new ArrayList<>();

	List<FilePriority> filePriorities = List.of();

	/**
	 * All-time payload bytes at the last status, -1 before the first; a rise means
	 * activity.
	 */
	long lastPayloadTotal = -1;

	/** {@link #lastActivityAt} moved since it was last persisted. */
	boolean activityUnsaved;

	TorrentEntry(TorrentId id, Path savePath, Instant addedAt) {
		this.id = id;
		this.savePath = savePath;
		this.location = savePath;
		this.addedAt = addedAt;
	}

	TorrentHandle handle() {
		TorrentHandle h = this.handle;
		if (h == null) {
			throw new IllegalStateException("torrent " + this.id + " is not in the session yet");
		}
		return h;
	}

	boolean inSession() {
		return this.handle != null;
	}

}
