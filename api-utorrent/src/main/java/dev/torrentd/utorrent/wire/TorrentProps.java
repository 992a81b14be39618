package dev.torrentd.utorrent.wire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.Tracker;

/**
 * The object of {@code getprops} (µTorrent Server manual, "Torrent Job Properties") and
 * the reading of {@code setprops} values.
 */
public final class TorrentProps {

	/**
	 * Between two URLs of one tier (µTorrent Server manual: "carriage return, newline").
	 */
	private static final String LINE = "\r\n";

	/** Between two tiers: an empty line (reference WebUI 0.388 {@code setProperties}). */
	private static final String TIER = LINE + LINE;

	private TorrentProps() {
	}

	/**
	 * The properties of a torrent: hash, trackers, ulrate, dlrate, superseed, dht, pex,
	 * seed_override, seed_ratio, seed_time, ulslots (integers; -1 = not allowed).
	 *
	 * <p>
	 * {@code hash} upper case; {@code trackers} as {@link #trackersText}; {@code ulrate}
	 * and {@code dlrate} the torrent's own limits in B/s (0 = none); {@code superseed}
	 * 0/1; {@code dht} and {@code pex} -1 for a private torrent (Cleanuparr derives
	 * "private" from it), else the engine's setting as 1/0; {@code seed_override} 1 when
	 * the torrent has its own ratio or seeding-time limit; {@code seed_ratio} that ratio
	 * in per mille and {@code seed_time} that time in seconds, 0 when it has none (no
	 * limit, or the global one); {@code ulslots} 0 (the engine keeps no per-torrent
	 * upload slots).
	 * @param torrent the snapshot
	 * @param trackers its trackers
	 * @param settings the engine's settings (DHT/PEX on or off)
	 * @return the object, keys in the manual's order
	 */
	public static Map<String, Object> of(Torrent torrent, List<Tracker> trackers, EngineSettings settings) {
		boolean isPrivate = Boolean.TRUE.equals(torrent.isPrivate());
		ShareLimits limits = torrent.shareLimits();
		boolean ownRatio = limits.ratioLimit() != ShareLimits.USE_GLOBAL;
		boolean ownTime = limits.seedingTimeLimitMinutes() != ShareLimits.USE_GLOBAL;
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("hash", TorrentRow.hash(torrent.id()));
		props.put("trackers", trackersText(trackers));
		props.put("ulrate", WireNumbers.rate(torrent.uploadLimitBytesPerSecond()));
		props.put("dlrate", WireNumbers.rate(torrent.downloadLimitBytesPerSecond()));
		props.put("superseed", torrent.superSeeding() ? 1 : 0);
		props.put("dht", isPrivate ? -1 : (settings.dht() ? 1 : 0));
		props.put("pex", isPrivate ? -1 : (settings.pex() ? 1 : 0));
		props.put("seed_override", (ownRatio || ownTime) ? 1 : 0);
		props.put("seed_ratio", seedRatioPerMille(limits.ratioLimit()));
		props.put("seed_time", seedTimeSeconds(limits.seedingTimeLimitMinutes()));
		props.put("ulslots", 0);
		return props;
	}

	/**
	 * The {@code trackers} text: URLs separated by CR LF, tiers by an empty line. Tiers
	 * in ascending order, URLs of a tier in the given order, no trailing newline.
	 * @param trackers the trackers
	 * @return the text
	 */
	public static String trackersText(List<Tracker> trackers) {
		Map<Integer, List<String>> tiers = trackers.stream()
			.sorted(Comparator.comparingInt(Tracker::tier))
			.collect(Collectors.groupingBy(Tracker::tier, LinkedHashMap::new,
					Collectors.mapping(Tracker::url, Collectors.toList())));
		return tiers.values().stream().map((urls) -> String.join(LINE, urls)).collect(Collectors.joining(TIER));
	}

	/**
	 * Reads a {@code trackers} text back into tiers of URLs (CR LF or LF; empty lines
	 * separate tiers).
	 *
	 * <p>
	 * Lines are trimmed; blank lines at the start or end are ignored and a run of blank
	 * lines separates two tiers once.
	 * @param text the text
	 * @return the tiers, each a non-empty list of URLs
	 */
	public static List<List<String>> parseTrackers(String text) {
		List<List<String>> tiers = new ArrayList<>();
		List<String> tier = new ArrayList<>();
		for (String line : text.split("\r?\n", -1)) {
			String url = line.strip();
			if (!url.isEmpty()) {
				tier.add(url);
			}
			else if (!tier.isEmpty()) {
				tiers.add(List.copyOf(tier));
				tier.clear();
			}
		}
		if (!tier.isEmpty()) {
			tiers.add(List.copyOf(tier));
		}
		return List.copyOf(tiers);
	}

	/** The torrent's own ratio limit in per mille, 0 for none or the global one. */
	private static int seedRatioPerMille(double ratioLimit) {
		if (!(ratioLimit >= 0)) {
			return 0;
		}
		return WireNumbers.toInt(Math.round(ratioLimit * 1000));
	}

	/** The torrent's own seeding time limit in seconds, 0 for none or the global one. */
	private static int seedTimeSeconds(long minutes) {
		if (minutes < 0) {
			return 0;
		}
		// saturate before multiplying so a huge limit cannot wrap around
		return WireNumbers.toInt(Math.min(minutes, Integer.MAX_VALUE) * 60);
	}

}
