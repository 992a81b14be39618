package dev.torrentd.qbittorrent.legacy;

import java.util.Locale;

import dev.torrentd.engine.Torrent;
import dev.torrentd.qbittorrent.wire.QbState;

/**
 * The human-readable values of qBittorrent 3.1's {@code /json/*} answers (the v3.1 Web UI
 * API document; English, as qBittorrent with the {@code en} locale): sizes and speeds as
 * {@code misc::friendlyUnit} wrote them ({@code "0 B"}, {@code "1.8 GiB"},
 * {@code "0 B/s"}), ETAs as {@code userFriendlyDuration} ({@code "∞"}, {@code "< 1m"},
 * {@code "5h 3m"}), ratios with one decimal and {@code "∞"} above 100.
 */
public final class LegacyFormat {

	/** What qBittorrent 3.1 writes for "no limit", "no end" and huge ratios. */
	public static final String INFINITY = "∞";

	private static final String[] UNITS = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };

	private LegacyFormat() {
	}

	/**
	 * A byte count: bytes without decimals, larger units with one.
	 * @param bytes the count, negative for unknown
	 * @return e.g. {@code "0 B"}, {@code "70.4 MiB"}, {@code "Unknown"}
	 */
	public static String size(long bytes) {
		if (bytes < 0) {
			return "Unknown";
		}
		double value = bytes;
		int unit = 0;
		while (value >= 1024 && unit < UNITS.length - 1) {
			value /= 1024;
			unit++;
		}
		if (unit == 0) {
			return bytes + " " + UNITS[0];
		}
		return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
	}

	/**
	 * A rate.
	 * @param bytesPerSecond bytes/s
	 * @return e.g. {@code "0 B/s"}, {@code "209.9 KiB/s"}
	 */
	public static String speed(long bytesPerSecond) {
		return size(bytesPerSecond) + "/s";
	}

	/**
	 * A duration as qBittorrent 3.1's ETA column.
	 * @param seconds the duration; negative or {@link Torrent#ETA_INFINITE} and beyond
	 * for none
	 * @return {@code "∞"}, {@code "0"}, {@code "< 1m"}, {@code "MMm"}, {@code "HHh MMm"}
	 * or {@code "DDd HHh"}
	 */
	public static String duration(long seconds) {
		if (seconds < 0 || seconds >= Torrent.ETA_INFINITE) {
			return INFINITY;
		}
		if (seconds == 0) {
			return "0";
		}
		if (seconds < 60) {
			return "< 1m";
		}
		long minutes = seconds / 60;
		if (minutes < 60) {
			return minutes + "m";
		}
		long hours = minutes / 60;
		minutes -= hours * 60;
		if (hours < 24) {
			return hours + "h " + minutes + "m";
		}
		long days = hours / 24;
		hours -= days * 24;
		if (days < 100) {
			return days + "d " + hours + "h";
		}
		return INFINITY;
	}

	/**
	 * A share ratio.
	 * @param ratio uploaded/downloaded
	 * @return one decimal, or {@code "∞"} above 100 (and for a non-finite ratio)
	 */
	public static String ratio(double ratio) {
		if (!Double.isFinite(ratio) || ratio > 100) {
			return INFINITY;
		}
		return String.format(Locale.ROOT, "%.1f", Math.floor(Math.max(0, ratio) * 10) / 10);
	}

	/**
	 * A rate limit.
	 * @param bytesPerSecond bytes/s, 0 or less for none
	 * @return {@code "∞"} or the speed
	 */
	public static String limit(long bytesPerSecond) {
		return (bytesPerSecond <= 0) ? INFINITY : speed(bytesPerSecond);
	}

	/**
	 * The state names qBittorrent 3.1 knew: later states map to the nearest of them.
	 * @param torrent the snapshot
	 * @return one of error, pausedUP, pausedDL, queuedUP, queuedDL, uploading, stalledUP,
	 * checkingUP, checkingDL, downloading, stalledDL
	 */
	public static String state(Torrent torrent) {
		return switch (QbState.of(torrent)) {
			case ERROR, MISSING_FILES -> "error";
			case STOPPED_UP -> "pausedUP";
			case STOPPED_DL -> "pausedDL";
			case QUEUED_UP -> "queuedUP";
			case QUEUED_DL -> "queuedDL";
			case UPLOADING, FORCED_UP -> "uploading";
			case STALLED_UP -> "stalledUP";
			case CHECKING_UP, MOVING -> "checkingUP";
			case CHECKING_DL -> "checkingDL";
			case CHECKING_RESUME_DATA -> torrent.complete() ? "checkingUP" : "checkingDL";
			case DOWNLOADING, FORCED_DL -> "downloading";
			case STALLED_DL, META_DL, FORCED_META_DL -> "stalledDL";
		};
	}

}
