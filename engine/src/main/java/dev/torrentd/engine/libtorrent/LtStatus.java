package dev.torrentd.engine.libtorrent;

import org.libtorrent4j.TorrentFlags;
import org.libtorrent4j.TorrentStatus;
import org.libtorrent4j.swig.torrent_flags_t;

/**
 * The fields of a libtorrent {@code torrent_status} that torrentd uses, copied into Java.
 * A {@link TorrentStatus} from a state-update alert points into the alert's memory, which
 * is freed at the next alert poll, so it is copied inside the alert callback and never
 * kept. Times are milliseconds, sizes bytes, rates bytes/s.
 */
record LtStatus(LtKey key, LtState state, boolean paused, boolean autoManaged, boolean sequentialDownload,
		boolean superSeeding, boolean uploadMode, String error, boolean hasMetadata, boolean finished,
		boolean movingStorage, float progress, long totalWanted, long totalWantedDone, long totalDone, long total,
		long allTimeUpload, long allTimeDownload, long sessionDownload, long sessionUpload, long wasted,
		int downloadRate, int uploadRate, int numSeeds, int numPeers, int numComplete, int numIncomplete, int listSeeds,
		int listPeers, int queuePosition, long lastSeenCompleteSeconds, long activeMillis, long finishedMillis,
		long nextAnnounceMillis, String currentTracker, int numPieces, float distributedCopies, int numConnections,
		int connectionsLimit, String savePath) {

	/**
	 * libtorrent's torrent_status::state_t, without touching libtorrent4j's enum (which
	 * loads the native library).
	 */
	enum LtState {

		CHECKING_FILES, DOWNLOADING_METADATA, DOWNLOADING, FINISHED, SEEDING, CHECKING_RESUME_DATA, UNKNOWN

	}

	/**
	 * Copies a status; call only inside the alert callback (or on an owned status).
	 * @param s the status
	 * @return the copy
	 */
	static LtStatus of(TorrentStatus s) {
		torrent_flags_t flags = s.flags();
		String error = s.errorCode().isError() ? s.errorCode().getMessage() : "";
		return new LtStatus(LtKey.of(s.swig().getHandle()), state(s.state()), has(flags, TorrentFlags.PAUSED),
				has(flags, TorrentFlags.AUTO_MANAGED), has(flags, TorrentFlags.SEQUENTIAL_DOWNLOAD),
				has(flags, TorrentFlags.SUPER_SEEDING), has(flags, TorrentFlags.UPLOAD_MODE), error, s.hasMetadata(),
				s.isFinished() || s.isSeeding(), s.isMovingStorage(), s.progress(), s.totalWanted(),
				s.totalWantedDone(), s.totalDone(), s.total(), s.allTimeUpload(), s.allTimeDownload(),
				s.totalPayloadDownload(), s.totalPayloadUpload(), s.totalFailedBytes() + s.totalRedundantBytes(),
				s.downloadPayloadRate(), s.uploadPayloadRate(), s.numSeeds(), s.numPeers(), s.numComplete(),
				s.numIncomplete(), s.listSeeds(), s.listPeers(), s.queuePosition(), s.swig().getLast_seen_complete(),
				s.activeDuration(), s.finishedDuration(), s.nextAnnounce(), s.currentTracker(), s.numPieces(),
				s.distributedCopies(), s.numConnections(), s.connectionsLimit(), s.swig().getSave_path());
	}

	private static boolean has(torrent_flags_t flags, torrent_flags_t flag) {
		return flags.and_(flag).non_zero();
	}

	private static LtState state(TorrentStatus.State state) {
		return switch (state) {
			case CHECKING_FILES -> LtState.CHECKING_FILES;
			case DOWNLOADING_METADATA -> LtState.DOWNLOADING_METADATA;
			case DOWNLOADING -> LtState.DOWNLOADING;
			case FINISHED -> LtState.FINISHED;
			case SEEDING -> LtState.SEEDING;
			case CHECKING_RESUME_DATA -> LtState.CHECKING_RESUME_DATA;
			default -> LtState.UNKNOWN;
		};
	}

	/**
	 * This status with another queue position (read from libtorrent right after a queue
	 * move, before the next state update).
	 * @param queuePosition the 0-based position, -1 when not queued
	 * @return the copy
	 */
	LtStatus withQueuePosition(int queuePosition) {
		return new LtStatus(this.key, this.state, this.paused, this.autoManaged, this.sequentialDownload,
				this.superSeeding, this.uploadMode, this.error, this.hasMetadata, this.finished, this.movingStorage,
				this.progress, this.totalWanted, this.totalWantedDone, this.totalDone, this.total, this.allTimeUpload,
				this.allTimeDownload, this.sessionDownload, this.sessionUpload, this.wasted, this.downloadRate,
				this.uploadRate, this.numSeeds, this.numPeers, this.numComplete, this.numIncomplete, this.listSeeds,
				this.listPeers, queuePosition, this.lastSeenCompleteSeconds, this.activeMillis, this.finishedMillis,
				this.nextAnnounceMillis, this.currentTracker, this.numPieces, this.distributedCopies,
				this.numConnections, this.connectionsLimit, this.savePath);
	}

}
