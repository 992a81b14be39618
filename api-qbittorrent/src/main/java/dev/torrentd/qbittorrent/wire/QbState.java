package dev.torrentd.qbittorrent.wire;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.qbittorrent.QbProfile;

/**
 * qBittorrent's torrent states (spec §4.2, {@code TorrentImpl::updateState} and
 * {@code torrentStateToString}), derived from the engine's coarser {@link TorrentState}
 * plus the rates and flags of a {@link Torrent}. The groups used by the {@code filter} of
 * {@code torrents/info} are here too ({@code torrentfilter.cpp}).
 */
public enum QbState {

	ERROR("error"),

	MISSING_FILES("missingFiles"),

	UPLOADING("uploading"),

	/** Named by the profile: {@code stoppedUP} (5.x) or {@code pausedUP} (4.x). */
	STOPPED_UP(null),

	QUEUED_UP("queuedUP"),

	STALLED_UP("stalledUP"),

	CHECKING_UP("checkingUP"),

	FORCED_UP("forcedUP"),

	DOWNLOADING("downloading"),

	META_DL("metaDL"),

	FORCED_META_DL("forcedMetaDL"),

	/** Named by the profile: {@code stoppedDL} (5.x) or {@code pausedDL} (4.x). */
	STOPPED_DL(null),

	QUEUED_DL("queuedDL"),

	STALLED_DL("stalledDL"),

	CHECKING_DL("checkingDL"),

	FORCED_DL("forcedDL"),

	CHECKING_RESUME_DATA("checkingResumeData"),

	MOVING("moving");

	private final String wireName;

	QbState(String wireName) {
		this.wireName = wireName;
	}

	/**
	 * The state of a torrent, in qBittorrent's order of precedence: resume-data check,
	 * moving, error, no metadata, file check, then the upload side (complete) or the
	 * download side. A torrent whose wanted bytes are all there is never on the download
	 * side, so that {@code downloading} is never seen at progress 1.
	 * @param torrent the snapshot
	 * @return the state
	 */
	public static QbState of(Torrent torrent) {
		TorrentState state = torrent.state();
		switch (state) {
			case CHECKING_RESUME_DATA:
				return CHECKING_RESUME_DATA;
			case MOVING:
				return MOVING;
			case ERROR:
				return ERROR;
			default:
				break;
		}
		if (!torrent.hasMetadata()) {
			if (state == TorrentState.STOPPED) {
				return STOPPED_DL;
			}
			if (state == TorrentState.QUEUED) {
				return QUEUED_DL;
			}
			return torrent.forceStart() ? FORCED_META_DL : META_DL;
		}
		if (state == TorrentState.CHECKING) {
			return torrent.complete() ? CHECKING_UP : CHECKING_DL;
		}
		boolean up = torrent.complete() || state == TorrentState.SEEDING || torrent.progress() >= 1;
		if (state == TorrentState.STOPPED) {
			return up ? STOPPED_UP : STOPPED_DL;
		}
		if (state == TorrentState.QUEUED) {
			return up ? QUEUED_UP : QUEUED_DL;
		}
		if (torrent.forceStart()) {
			return up ? FORCED_UP : FORCED_DL;
		}
		if (up) {
			return (torrent.uploadRateBytesPerSecond() > 0) ? UPLOADING : STALLED_UP;
		}
		return (torrent.downloadRateBytesPerSecond() > 0) ? DOWNLOADING : STALLED_DL;
	}

	/**
	 * The state string of a torrent.
	 * @param torrent the snapshot
	 * @param profile the profile, for the names of the stopped states
	 * @return e.g. {@code stalledDL}
	 */
	public static String of(Torrent torrent, QbProfile profile) {
		return of(torrent).wireName(profile);
	}

	/**
	 * The string clients see.
	 * @param profile the profile, for the names of the stopped states
	 * @return e.g. {@code stoppedUP} (5.x) or {@code pausedUP} (4.x)
	 */
	public String wireName(QbProfile profile) {
		if (this == STOPPED_UP) {
			return profile.stoppedUpState();
		}
		if (this == STOPPED_DL) {
			return profile.stoppedDownState();
		}
		return this.wireName;
	}

	/**
	 * The {@code downloading} filter: every download-side state, stopped and checking
	 * included.
	 * @return whether the state is on the download side
	 */
	public boolean isDownloading() {
		return switch (this) {
			case DOWNLOADING, META_DL, FORCED_META_DL, STALLED_DL, CHECKING_DL, STOPPED_DL, QUEUED_DL, FORCED_DL ->
				true;
			default -> false;
		};
	}

	/**
	 * The {@code seeding} filter: upload-side states except stopped.
	 * @return whether the torrent seeds or may seed
	 */
	public boolean isUploading() {
		return switch (this) {
			case UPLOADING, STALLED_UP, CHECKING_UP, QUEUED_UP, FORCED_UP -> true;
			default -> false;
		};
	}

	/**
	 * The {@code completed} filter: every upload-side state.
	 * @return whether the torrent is complete
	 */
	public boolean isCompleted() {
		return this == STOPPED_UP || isUploading();
	}

	/**
	 * The {@code stopped} filter.
	 * @return whether the user stopped the torrent
	 */
	public boolean isStopped() {
		return this == STOPPED_UP || this == STOPPED_DL;
	}

	/**
	 * The {@code checking} filter.
	 * @return whether files or resume data are being checked
	 */
	public boolean isChecking() {
		return this == CHECKING_UP || this == CHECKING_DL || this == CHECKING_RESUME_DATA;
	}

	/**
	 * The {@code errored} filter.
	 * @return whether the torrent is in error
	 */
	public boolean isErrored() {
		return this == ERROR || this == MISSING_FILES;
	}

	/**
	 * The {@code active} filter (qBittorrent's {@code isActive}): transferring, or
	 * stalled downloading while uploading.
	 * @param uploadRateBytesPerSecond the torrent's upload rate
	 * @return whether the torrent is active
	 */
	public boolean isActive(long uploadRateBytesPerSecond) {
		return switch (this) {
			case STALLED_DL -> uploadRateBytesPerSecond > 0;
			case META_DL, FORCED_META_DL, DOWNLOADING, FORCED_DL, UPLOADING, FORCED_UP, MOVING -> true;
			default -> false;
		};
	}

}
