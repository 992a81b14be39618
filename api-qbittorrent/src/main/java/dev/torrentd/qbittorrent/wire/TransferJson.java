package dev.torrentd.qbittorrent.wire;

import java.util.Map;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TransferStats;

/**
 * The {@code transfer/info} object and {@code sync/maindata}'s {@code server_state} (spec
 * §4.9, §4.10).
 */
public final class TransferJson {

	private TransferJson() {
	}

	/**
	 * The {@code transfer/info} object.
	 * @param stats the engine's transfer statistics
	 * @param altSpeedLimits whether the alternative speed limits are in force
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> info(TransferStats stats, boolean altSpeedLimits) {
		throw new UnsupportedOperationException("written in the app/transfer change");
	}

	/**
	 * The {@code server_state} object: every {@code transfer/info} key and the rest of
	 * §4.10.
	 * @param stats the engine's transfer statistics
	 * @param settings the engine settings ({@code queueing})
	 * @param altSpeedLimits whether the alternative speed limits are in force
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> serverState(TransferStats stats, EngineSettings settings,
			boolean altSpeedLimits) {
		throw new UnsupportedOperationException("written in the app/transfer change");
	}

}
