package dev.torrentd.qbittorrent.legacy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.Tracker;
import dev.torrentd.engine.TransferStats;

/**
 * The JSON shapes of qBittorrent 3.1's {@code /json/*} (the v3.1 Web UI API document):
 * the same keys in the same order, values as {@link LegacyFormat} writes them.
 */
public final class LegacyJson {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", Locale.ENGLISH);

	private LegacyJson() {
	}

	/**
	 * One entry of {@code /json/torrents}.
	 * @param torrent the snapshot
	 * @param queueing whether the engine's queue is on ({@code priority} is {@code "*"}
	 * when it is off or the torrent is not queued)
	 * @return hash, name, size, progress (0..1), dlspeed, upspeed, priority, num_seeds,
	 * num_leechs, ratio, eta, state
	 */
	public static Map<String, Object> torrent(Torrent torrent, boolean queueing) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("hash", torrent.id().toString());
		json.put("name", torrent.name());
		json.put("size", torrent.hasMetadata() ? LegacyFormat.size(torrent.wantedSizeBytes()) : "Unknown");
		json.put("progress", torrent.progress());
		json.put("dlspeed", LegacyFormat.speed(torrent.downloadRateBytesPerSecond()));
		json.put("upspeed", LegacyFormat.speed(torrent.uploadRateBytesPerSecond()));
		json.put("priority",
				(queueing && torrent.queuePosition() >= 0) ? Integer.toString(torrent.queuePosition() + 1) : "*");
		json.put("num_seeds", Integer.toString(torrent.connectedSeeds()));
		json.put("num_leechs", Integer.toString(torrent.connectedLeechers()));
		json.put("ratio", LegacyFormat.ratio(torrent.ratio()));
		json.put("eta", torrent.complete() ? LegacyFormat.INFINITY : LegacyFormat.duration(torrent.etaSeconds()));
		json.put("state", LegacyFormat.state(torrent));
		return json;
	}

	/**
	 * {@code /json/propertiesGeneral/{hash}}.
	 * @param torrent the snapshot
	 * @param zone the time zone dates are written in
	 * @return save_path, creation_date (when added), piece_size, comment, total_wasted,
	 * total_uploaded and total_downloaded (with this session's in parentheses), up_limit,
	 * dl_limit, time_elapsed (with the seeding time), nb_connections (with the limit),
	 * share_ratio
	 */
	public static Map<String, Object> general(Torrent torrent, ZoneId zone) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("save_path", slashes(torrent.savePath().toString()));
		Instant added = torrent.addedAt();
		json.put("creation_date", DATE.format(added.atZone(zone)));
		json.put("piece_size", LegacyFormat.size(torrent.pieceSizeBytes()));
		json.put("comment", torrent.comment());
		json.put("total_wasted", LegacyFormat.size(torrent.wastedBytes()));
		json.put("total_uploaded", LegacyFormat.size(torrent.uploadedBytes()) + " ("
				+ LegacyFormat.size(torrent.uploadedSessionBytes()) + " this session)");
		json.put("total_downloaded", LegacyFormat.size(torrent.downloadedBytes()) + " ("
				+ LegacyFormat.size(torrent.downloadedSessionBytes()) + " this session)");
		json.put("up_limit", LegacyFormat.limit(torrent.uploadLimitBytesPerSecond()));
		json.put("dl_limit", LegacyFormat.limit(torrent.downloadLimitBytesPerSecond()));
		json.put("time_elapsed", LegacyFormat.duration(torrent.activeSeconds()) + " (seeded for "
				+ LegacyFormat.duration(torrent.seedingSeconds()) + ")");
		json.put("nb_connections", torrent.connections() + " (" + torrent.connectionsLimit() + " max)");
		json.put("share_ratio", LegacyFormat.ratio(torrent.ratio()));
		return json;
	}

	/**
	 * {@code /json/propertiesTrackers/{hash}}.
	 * @param trackers the torrent's trackers
	 * @return url, status (Working, Updating..., Not working, Not contacted yet),
	 * num_peers (a string), msg
	 */
	public static List<Map<String, Object>> trackers(List<Tracker> trackers) {
		List<Map<String, Object>> json = new ArrayList<>();
		for (Tracker tracker : trackers) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("url", tracker.url());
			entry.put("status", switch (tracker.status()) {
				case WORKING -> "Working";
				case UPDATING -> "Updating...";
				case NOT_WORKING -> "Not working";
				case NOT_CONTACTED -> "Not contacted yet";
			});
			entry.put("num_peers", Integer.toString(Math.max(0, tracker.peers())));
			entry.put("msg", tracker.message());
			json.add(entry);
		}
		return json;
	}

	/**
	 * {@code /json/propertiesFiles/{hash}}.
	 * @param torrent the snapshot
	 * @param files its files
	 * @return name, size, progress (0..1), priority (0 skip, 1 normal, 2 high, 7
	 * maximal); the first file also has is_seed
	 */
	public static List<Map<String, Object>> files(Torrent torrent, List<TorrentFile> files) {
		List<Map<String, Object>> json = new ArrayList<>();
		for (TorrentFile file : files) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", file.path());
			entry.put("size", LegacyFormat.size(file.sizeBytes()));
			entry.put("progress", file.progress());
			entry.put("priority", priority(file.priority()));
			if (json.isEmpty()) {
				entry.put("is_seed", torrent.complete());
			}
			json.add(entry);
		}
		return json;
	}

	/**
	 * qBittorrent 3.1's file priorities.
	 * @param priority the engine's
	 * @return 0, 1, 2 or 7
	 */
	public static int priority(FilePriority priority) {
		return switch (priority) {
			case SKIP -> 0;
			case LOW, NORMAL -> 1;
			case HIGH -> 2;
			case MAXIMUM -> 7;
		};
	}

	/**
	 * {@code /json/transferInfo}: the status bar's texts.
	 * @param stats the session's statistics
	 * @return dl_info and up_info, e.g. {@code "D: 0 B/s - T: 1.2 GiB"}
	 */
	public static Map<String, Object> transfer(TransferStats stats) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("dl_info", "D: " + LegacyFormat.speed(stats.downloadRateBytesPerSecond()) + " - T: "
				+ LegacyFormat.size(stats.downloadedSessionBytes()));
		json.put("up_info", "U: " + LegacyFormat.speed(stats.uploadRateBytesPerSecond()) + " - T: "
				+ LegacyFormat.size(stats.uploadedSessionBytes()));
		return json;
	}

	/** qBittorrent 3.1 wrote paths with forward slashes on every platform. */
	static String slashes(String path) {
		return path.replace('\\', '/');
	}

}
