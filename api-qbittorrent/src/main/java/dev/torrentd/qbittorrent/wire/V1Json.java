package dev.torrentd.qbittorrent.wire;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.Tracker;
import dev.torrentd.qbittorrent.QbProfile;

/**
 * The JSON objects of qBittorrent 3.2–4.0's API v1 ({@code /query/*}), as qBittorrent
 * 4.0.4's {@code btjson.cpp} writes them: the API v2 objects of this package with the
 * keys API v1 did not have dropped, and the few values it wrote differently.
 */
public final class V1Json {

	/** The torrent keys of qBittorrent 4.0.4's {@code query/torrents}. */
	static final Set<String> TORRENT_KEYS = Set.of("added_on", "amount_left", "auto_tmm", "category", "completed",
			"completion_on", "dl_limit", "dlspeed", "downloaded", "downloaded_session", "eta", "f_l_piece_prio",
			"force_start", "hash", "last_activity", "magnet_uri", "name", "num_complete", "num_incomplete",
			"num_leechs", "num_seeds", "priority", "progress", "ratio", "ratio_limit", "save_path", "seen_complete",
			"seq_dl", "size", "state", "super_seeding", "tags", "time_active", "total_size", "tracker", "up_limit",
			"uploaded", "uploaded_session", "upspeed");

	/** The keys of qBittorrent 4.0.4's {@code query/propertiesGeneral}. */
	static final Set<String> PROPERTIES_KEYS = Set.of("addition_date", "comment", "completion_date", "created_by",
			"creation_date", "dl_limit", "dl_speed", "dl_speed_avg", "eta", "last_seen", "nb_connections",
			"nb_connections_limit", "peers", "peers_total", "piece_size", "pieces_have", "pieces_num", "reannounce",
			"save_path", "seeding_time", "seeds", "seeds_total", "share_ratio", "time_elapsed", "total_downloaded",
			"total_downloaded_session", "total_size", "total_uploaded", "total_uploaded_session", "total_wasted",
			"up_limit", "up_speed", "up_speed_avg");

	/**
	 * The keys of qBittorrent 4.0.4's {@code query/propertiesFiles} (no {@code index}).
	 */
	static final Set<String> FILE_KEYS = Set.of("availability", "is_seed", "name", "piece_range", "priority",
			"progress", "size");

	/** qBittorrent 4.x state names: {@code pausedUP}/{@code pausedDL}. */
	private static final QbProfile PROFILE = QbProfile.of("4.6");

	private V1Json() {
	}

	/**
	 * One torrent of {@code query/torrents}: the API v2 object (see
	 * {@link TorrentJson#torrent}) reduced to 4.0.4's keys. As 4.0.4: no
	 * {@code f_l_piece_prio} before metadata, {@code last_activity} 0 while paused, 4.x
	 * state names, and {@code metaDL} for a forced metadata download (4.0 had no
	 * {@code forcedMetaDL}).
	 * @param torrent the snapshot
	 * @param global the global share limits
	 * @return the object, keys sorted, a new mutable map
	 */
	public static Map<String, Object> torrent(Torrent torrent, GlobalShareLimits global) {
		Map<String, Object> json = only(TorrentJson.torrent(torrent, PROFILE, global), TORRENT_KEYS);
		if (!torrent.hasMetadata()) {
			json.remove("f_l_piece_prio");
		}
		if (torrent.isStopped()) {
			json.put("last_activity", 0L);
		}
		json.put("state", state(QbState.of(torrent).wireName(PROFILE)));
		return json;
	}

	/**
	 * A state name as 4.0.4 knew it.
	 * @param v2Name the API v2 name (4.x profile)
	 * @return the name
	 */
	static String state(String v2Name) {
		return "forcedMetaDL".equals(v2Name) ? "metaDL" : v2Name;
	}

	/**
	 * {@code query/propertiesGeneral}: the API v2 properties reduced to 4.0.4's keys.
	 * @param torrent the snapshot
	 * @return the object, keys sorted
	 */
	public static Map<String, Object> properties(Torrent torrent) {
		return only(PropertiesJson.properties(torrent), PROPERTIES_KEYS);
	}

	/**
	 * One file of {@code query/propertiesFiles}: the API v2 file object without
	 * {@code index}, {@code is_seed} on the first file only.
	 * @param file the file
	 * @param torrent its torrent
	 * @return the object, keys sorted
	 */
	public static Map<String, Object> file(TorrentFile file, Torrent torrent) {
		return only(FileJson.file(file, torrent), FILE_KEYS);
	}

	/**
	 * One tracker of {@code query/propertiesTrackers}: {@code url}, {@code status} as
	 * 4.0.4's English text, {@code num_peers} and {@code msg}; no DHT/PeX/LSD rows (4.0
	 * listed only real trackers).
	 * @param tracker the tracker
	 * @return the object, keys sorted
	 */
	public static Map<String, Object> tracker(Tracker tracker) {
		Map<String, Object> v2 = TrackerJson.tracker(tracker);
		Map<String, Object> json = new TreeMap<>();
		json.put("msg", v2.get("msg"));
		json.put("num_peers", v2.get("num_peers"));
		json.put("status", trackerStatus(((Number) v2.get("status")).intValue()));
		json.put("url", v2.get("url"));
		return json;
	}

	/**
	 * 4.0.4's tracker status text for an API v2 status number.
	 * @param status 0 disabled, 1 not contacted, 2 working, 3 updating, 4 not working
	 * @return the text
	 */
	static String trackerStatus(int status) {
		return switch (status) {
			case 2 -> "Working";
			case 3 -> "Updating...";
			case 4 -> "Not working";
			default -> "Not contacted yet";
		};
	}

	/**
	 * A file priority of {@code command/setFilePrio}: 4.0 passed libtorrent's 0–7
	 * through, its WebUI sending 0 (skip), 1 (normal), 2 (high) and 7 (maximum).
	 * @param number the number sent
	 * @return the priority: 0 skip, 1 normal, 2–6 high, 7 maximum
	 * @throws IllegalArgumentException outside 0–7
	 */
	public static FilePriority filePriority(int number) {
		if (number >= 2 && number <= 6) {
			return FilePriority.HIGH;
		}
		return FileJson.priority(number);
	}

	private static Map<String, Object> only(Map<String, Object> json, Set<String> keys) {
		Map<String, Object> kept = new TreeMap<>(json);
		kept.keySet().retainAll(keys);
		return kept;
	}

	/**
	 * The web seeds of {@code query/propertiesWebSeeds}.
	 * @param torrent the snapshot
	 * @return {@code [{url}]}
	 */
	public static List<Map<String, Object>> webSeeds(Torrent torrent) {
		return torrent.webSeeds().stream().map((url) -> Map.<String, Object>of("url", url)).toList();
	}

}
