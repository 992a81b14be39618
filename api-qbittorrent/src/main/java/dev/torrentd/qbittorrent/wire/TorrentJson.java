package dev.torrentd.qbittorrent.wire;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.qbittorrent.QbProfile;
import org.jspecify.annotations.Nullable;

/**
 * The torrent object of {@code torrents/info} and {@code sync/maindata} (qBittorrent's
 * {@code serialize_torrent.cpp}): the one place a {@link Torrent} becomes qBittorrent
 * JSON.
 */
public final class TorrentJson {

	/**
	 * qBittorrent's {@code download_path} (WebAPI 2.8.4, qBittorrent 4.4): the incomplete
	 * folder the content is in until it is complete and moved to {@code save_path}, ""
	 * when none (qBittorrent keeps showing a torrent's download path after the move;
	 * torrentd shows it only while the content is there).
	 * @param torrent the snapshot
	 * @return the folder, or ""
	 */
	static String downloadPath(Torrent torrent) {
		return (torrent.downloadPath() != null) ? torrent.downloadPath().toString() : "";
	}

	/** Seconds in the {@code std::chrono::months} qBittorrent's popularity divides by. */
	private static final double SECONDS_PER_MONTH = 2_629_746;

	private TorrentJson() {
	}

	/**
	 * The torrent object with every field of WebAPI 2.11.4 (spec §4.1), {@code hash}
	 * included (sync drops it), keys in alphabetical order as qBittorrent sends them;
	 * {@code private} is null before metadata. Integers are {@link Long} or
	 * {@link Integer}, the fractional fields ({@code progress}, {@code ratio},
	 * {@code ratio_limit}, {@code max_ratio}, {@code popularity}, {@code availability})
	 * {@link Double}; times are epoch seconds, -1 for never.
	 * @param torrent the snapshot
	 * @param profile the profile (stopped state names)
	 * @param global the global share limits, for {@code max_ratio} and the like
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> torrent(Torrent torrent, QbProfile profile, GlobalShareLimits global) {
		Map<String, Object> json = new TreeMap<>();
		ShareLimits limits = torrent.shareLimits();
		long addedOn = torrent.addedAt().getEpochSecond();
		json.put("added_on", addedOn);
		json.put("amount_left", torrent.remainingBytes());
		json.put("auto_tmm", torrent.autoManagedSavePath());
		json.put("availability", torrent.availability());
		json.put("category", torrent.category());
		json.put("comment", torrent.comment());
		json.put("completed", torrent.wantedDoneBytes());
		json.put("completion_on", epochSeconds(torrent.completedAt()));
		json.put("content_path", torrent.hasMetadata() ? torrent.contentPath().toString() : "");
		json.put("dl_limit", torrent.downloadLimitBytesPerSecond());
		json.put("dlspeed", torrent.downloadRateBytesPerSecond());
		json.put("download_path", downloadPath(torrent));
		json.put("downloaded", torrent.downloadedBytes());
		json.put("downloaded_session", torrent.downloadedSessionBytes());
		json.put("eta", eta(torrent));
		json.put("f_l_piece_prio", torrent.firstLastPiecePriority());
		json.put("force_start", torrent.forceStart() && !torrent.isStopped());
		json.put("has_metadata", torrent.hasMetadata());
		json.put("hash", torrent.id().hex());
		json.put("inactive_seeding_time_limit", limits.inactiveSeedingTimeLimitMinutes());
		json.put("infohash_v1", torrent.infoHashV1());
		json.put("infohash_v2", torrent.infoHashV2());
		json.put("last_activity",
				(torrent.lastActivityAt() != null) ? torrent.lastActivityAt().getEpochSecond() : addedOn);
		json.put("magnet_uri", torrent.magnetUri());
		json.put("max_inactive_seeding_time",
				effective(limits.inactiveSeedingTimeLimitMinutes(), global.inactiveSeedingTimeLimitMinutes()));
		json.put("max_ratio", effective(limits.ratioLimit(), global.ratioLimit()));
		json.put("max_seeding_time", effective(limits.seedingTimeLimitMinutes(), global.seedingTimeLimitMinutes()));
		json.put("name", torrent.name());
		json.put("num_complete", torrent.swarmSeeds());
		json.put("num_incomplete", torrent.swarmLeechers());
		json.put("num_leechs", torrent.connectedLeechers());
		json.put("num_seeds", torrent.connectedSeeds());
		json.put("popularity", popularity(torrent));
		json.put("priority", torrent.queuePosition() + 1);
		json.put("private", torrent.isPrivate());
		json.put("progress", torrent.progress());
		json.put("ratio", ratio(torrent));
		json.put("ratio_limit", limits.ratioLimit());
		json.put("reannounce", torrent.nextAnnounceSeconds());
		json.put("root_path", (torrent.rootPath() != null) ? torrent.rootPath().toString() : "");
		json.put("save_path", torrent.savePath().toString());
		json.put("seeding_time", torrent.seedingSeconds());
		json.put("seeding_time_limit", limits.seedingTimeLimitMinutes());
		json.put("seen_complete", epochSeconds(torrent.lastSeenCompleteAt()));
		json.put("seq_dl", torrent.sequentialDownload());
		json.put("size", torrent.wantedSizeBytes());
		json.put("state", QbState.of(torrent, profile));
		json.put("super_seeding", torrent.superSeeding());
		json.put("tags", QbTags.join(torrent.tags()));
		json.put("time_active", torrent.activeSeconds());
		json.put("total_size", torrent.totalSizeBytes());
		json.put("tracker", torrent.currentTracker());
		json.put("trackers_count", torrent.trackerCount());
		json.put("up_limit", torrent.uploadLimitBytesPerSecond());
		json.put("uploaded", torrent.uploadedBytes());
		json.put("uploaded_session", torrent.uploadedSessionBytes());
		json.put("upspeed", torrent.uploadRateBytesPerSecond());
		return json;
	}

	/**
	 * Epoch seconds, qBittorrent's {@code toSecsSinceEpoch}.
	 * @param instant the time, or null
	 * @return seconds, -1 for null
	 */
	public static long epochSeconds(@Nullable Instant instant) {
		return (instant != null) ? instant.getEpochSecond() : -1;
	}

	/**
	 * The ETA: always "infinite" while stopped, as qBittorrent.
	 * @param torrent the snapshot
	 * @return seconds, {@link Torrent#ETA_INFINITE} when unknown
	 */
	public static long eta(Torrent torrent) {
		return torrent.isStopped() ? Torrent.ETA_INFINITE : Math.min(torrent.etaSeconds(), Torrent.ETA_INFINITE);
	}

	/**
	 * The share ratio as qBittorrent shows it.
	 * @param torrent the snapshot
	 * @return the ratio, -1 when infinite (uploaded without having downloaded)
	 */
	static double ratio(Torrent torrent) {
		return (torrent.ratio() >= Torrent.MAX_RATIO) ? -1 : torrent.ratio();
	}

	/**
	 * qBittorrent's popularity: the ratio per month of activity.
	 * @param torrent the snapshot
	 * @return the popularity, 0 without activity
	 */
	static double popularity(Torrent torrent) {
		double months = torrent.activeSeconds() / SECONDS_PER_MONTH;
		return (months > 0) ? Math.min(torrent.ratio(), Torrent.MAX_RATIO) / months : 0;
	}

	private static double effective(double own, double global) {
		return (own == ShareLimits.USE_GLOBAL) ? global : own;
	}

	private static long effective(long own, long global) {
		return (own == ShareLimits.USE_GLOBAL) ? global : own;
	}

}
