package dev.torrentd.utorrent.wire;

import java.util.List;
import java.util.Map;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.Tracker;

/**
 * The object of {@code getprops} (µTorrent Server manual, "Torrent Job Properties") and
 * the reading of {@code setprops} values.
 */
public final class TorrentProps {

	private TorrentProps() {
	}

	/**
	 * The properties of a torrent: hash, trackers, ulrate, dlrate, superseed, dht, pex,
	 * seed_override, seed_ratio, seed_time, ulslots (integers; -1 = not allowed).
	 * @param torrent the snapshot
	 * @param trackers its trackers
	 * @param settings the engine's settings (DHT/PEX on or off)
	 * @return the object, keys in the manual's order
	 */
	public static Map<String, Object> of(Torrent torrent, List<Tracker> trackers, EngineSettings settings) {
		throw new UnsupportedOperationException("TODO");
	}

	/**
	 * The {@code trackers} text: URLs separated by CR LF, tiers by an empty line.
	 * @param trackers the trackers
	 * @return the text
	 */
	public static String trackersText(List<Tracker> trackers) {
		throw new UnsupportedOperationException("TODO");
	}

	/**
	 * Reads a {@code trackers} text back into tiers of URLs (CR LF or LF; empty lines
	 * separate tiers).
	 * @param text the text
	 * @return the tiers, each a non-empty list of URLs
	 */
	public static List<List<String>> parseTrackers(String text) {
		throw new UnsupportedOperationException("TODO");
	}

}
