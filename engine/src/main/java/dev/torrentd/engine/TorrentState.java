package dev.torrentd.engine;

/**
 * Where a torrent is in the engine's lifecycle. Dialects derive their own finer states
 * ("stalledDL", "forcedUP", µTorrent's status bits) from this plus the rates and flags of
 * {@link Torrent}.
 */
public enum TorrentState {

	/** Waiting for metadata (a magnet URI without its info dictionary yet). */
	FETCHING_METADATA,

	/** Validating fast-resume data against the files on disk after a (re)start. */
	CHECKING_RESUME_DATA,

	/** Hashing the files on disk (recheck, or first add of existing data). */
	CHECKING,

	/** Auto-managed and held back by the queue limits. */
	QUEUED,

	/** Downloading the wanted pieces (also when no peer is sending). */
	DOWNLOADING,

	/** Every wanted piece is verified; uploading to peers that want it. */
	SEEDING,

	/** Stopped by the user (qBittorrent "stopped", µTorrent "stopped"). */
	STOPPED,

	/** Moving its files to a new save path. */
	MOVING,

	/** Stopped by an error, see {@link Torrent#errorMessage()}. */
	ERROR

}
