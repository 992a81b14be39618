package dev.torrentd.utorrent.wire;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Conversions of the engine's numbers to the integers µTorrent's columns carry: clients
 * read most columns as 32-bit ints (Sonarr casts them, Transdroid calls {@code getInt})
 * and break on JSON floats (utorrent-webui spec §2.4).
 */
final class WireNumbers {

	private WireNumbers() {
	}

	/**
	 * A count or duration clamped into a 32-bit int.
	 * @param value any value
	 * @return the value, or the nearest int
	 */
	static int toInt(long value) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
	}

	/**
	 * A rate or limit clamped into [0, {@link Integer#MAX_VALUE}].
	 * @param bytesPerSecond bytes/s
	 * @return the rate as a non-negative int
	 */
	static int rate(long bytesPerSecond) {
		return (int) Math.max(0, Math.min(Integer.MAX_VALUE, bytesPerSecond));
	}

	/**
	 * A moment as the unix time µTorrent's columns carry.
	 * @param instant the moment, or {@code null}
	 * @return seconds since the epoch, 0 for {@code null} or a moment before 1970
	 */
	static long unixSeconds(@Nullable Instant instant) {
		return (instant != null) ? Math.max(0, instant.getEpochSecond()) : 0L;
	}

}
