package dev.torrentd.qbittorrent.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.ConnectionStatus;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TransferStats;

/**
 * The {@code transfer/info} object and {@code sync/maindata}'s {@code server_state} (spec
 * §4.9, §4.10), as qBittorrent 5.1.4's {@code TransferController::infoAction} and
 * {@code SyncController}'s {@code getTransferInfo}. Speeds are bytes/s, amounts bytes.
 */
public final class TransferJson {

	/** qBittorrent's default {@code refresh_interval} (ms) that WebUIs poll at. */
	static final int REFRESH_INTERVAL_MS = 1500;

	private TransferJson() {
	}

	/**
	 * The {@code transfer/info} object. The engine does not report the external addresses
	 * it learnt, so {@code last_external_address_v4/v6} are empty, as qBittorrent's
	 * before it has learnt one.
	 * @param stats the engine's transfer statistics
	 * @param altSpeedLimits whether the alternative speed limits are in force (the
	 * engine's limits are then the alternative ones already)
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> info(TransferStats stats, boolean altSpeedLimits) {
		Map<String, Object> json = new TreeMap<>();
		json.put("connection_status", connectionStatus(stats.connectionStatus()));
		json.put("dht_nodes", stats.dhtNodes());
		json.put("dl_info_data", stats.downloadedSessionBytes());
		json.put("dl_info_speed", stats.downloadRateBytesPerSecond());
		json.put("dl_rate_limit", stats.downloadLimitBytesPerSecond());
		json.put("last_external_address_v4", "");
		json.put("last_external_address_v6", "");
		json.put("up_info_data", stats.uploadedSessionBytes());
		json.put("up_info_speed", stats.uploadRateBytesPerSecond());
		json.put("up_rate_limit", stats.uploadLimitBytesPerSecond());
		return json;
	}

	/**
	 * The {@code transfer/info} object with the limits of the settings in force: the
	 * statistics are a snapshot taken once a second, the settings change at once.
	 * @param stats the engine's transfer statistics
	 * @param settings the engine settings ({@code dl_rate_limit}, {@code up_rate_limit})
	 * @param altSpeedLimits whether the alternative speed limits are in force
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> info(TransferStats stats, EngineSettings settings, boolean altSpeedLimits) {
		Map<String, Object> json = info(stats, altSpeedLimits);
		json.put("dl_rate_limit", settings.downloadLimitBytesPerSecond());
		json.put("up_rate_limit", settings.uploadLimitBytesPerSecond());
		return json;
	}

	/**
	 * The {@code server_state} object: every {@code transfer/info} key and the rest of
	 * §4.10. libtorrent 2's disk cache has no statistics, so the cache and I/O queue
	 * figures are those of an idle cache ({@code "0"}, 0), as qBittorrent 5 shows them
	 * with libtorrent 2.
	 * @param stats the engine's transfer statistics
	 * @param settings the engine settings ({@code queueing}, the limits in force)
	 * @param altSpeedLimits whether the alternative speed limits are in force
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> serverState(TransferStats stats, EngineSettings settings,
			boolean altSpeedLimits) {
		Map<String, Object> json = info(stats, settings, altSpeedLimits);
		json.put("alltime_dl", stats.downloadedAllTimeBytes());
		json.put("alltime_ul", stats.uploadedAllTimeBytes());
		json.put("average_time_queue", 0);
		json.put("free_space_on_disk", stats.freeSpaceOnDiskBytes());
		json.put("global_ratio", globalRatio(stats.downloadedAllTimeBytes(), stats.uploadedAllTimeBytes()));
		json.put("queued_io_jobs", 0);
		json.put("queueing", settings.queueingEnabled());
		json.put("read_cache_hits", "0");
		json.put("read_cache_overload", "0");
		json.put("refresh_interval", REFRESH_INTERVAL_MS);
		json.put("total_buffers_size", 0);
		json.put("total_peer_connections", stats.peerConnections());
		json.put("total_queued_size", 0);
		json.put("total_wasted_session", stats.wastedSessionBytes());
		json.put("use_alt_speed_limits", altSpeedLimits);
		json.put("use_subcategories", false);
		json.put("write_cache_overload", "0");
		return json;
	}

	/**
	 * All-time uploaded / downloaded with two decimals rounded down (qBittorrent's
	 * {@code Utils::String::fromDouble}), {@code -} unless both are positive.
	 * @param downloaded all-time downloaded bytes
	 * @param uploaded all-time uploaded bytes
	 * @return e.g. {@code 1.33}
	 */
	public static String globalRatio(long downloaded, long uploaded) {
		if (downloaded <= 0 || uploaded <= 0) {
			return "-";
		}
		return BigDecimal.valueOf(uploaded)
			.divide(BigDecimal.valueOf(downloaded), 2, RoundingMode.FLOOR)
			.toPlainString();
	}

	/**
	 * qBittorrent's {@code connection_status}.
	 * @param status the engine's reachability
	 * @return {@code connected}, {@code firewalled} or {@code disconnected}
	 */
	public static String connectionStatus(ConnectionStatus status) {
		return switch (status) {
			case CONNECTED -> "connected";
			case FIREWALLED -> "firewalled";
			case DISCONNECTED -> "disconnected";
		};
	}

}
