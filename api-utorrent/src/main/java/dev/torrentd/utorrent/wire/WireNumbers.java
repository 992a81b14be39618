package dev.torrentd.utorrent.wire;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Conversions of the engine's numbers to the integers µTorrent's columns carry: clients
 * read most columns as 32-bit ints (Sonarr casts them, Transdroid calls {@code getInt})
 * and break on JSON floats (utorrent-webui spec §2.4).
 */
final class WireNumbers {

	/**
	 * Headroom for a product like {@code 0.29 * 1000} landing just below the whole per
	 * mille it stands for.
	 */
	private static final double EPSILON = 1e-9;

	private WireNumbers() {
	}

	/**
	 * A fraction in whole per mille, rounded down so that only a full 1 reads 1000.
	 * @param fraction in [0, 1]; NaN and negatives read 0, above 1 reads 1000
	 * @return 0..1000
	 */
	static int perMille(double fraction) {
		if (!(fraction > 0)) {
			return 0;
		}
		return (int) Math.min(1000, Math.floor(fraction * 1000 + EPSILON));
	}

	/**
	 * A part of a whole in whole per mille, rounded down and exact in integer arithmetic:
	 * 1000 only when the part is the whole.
	 * @param part bytes done
	 * @param whole bytes in all, &gt; 0
	 * @return 0..1000
	 */
	static int perMille(long part, long whole) {
		if (part <= 0) {
			return 0;
		}
		if (part >= whole) {
			return 1000;
		}
		// part * 1000 overflows only above 9 PB; a double's precision is plenty there
		long perMille = (part <= Long.MAX_VALUE / 1000) ? part * 1000 / whole : (long) ((double) part / whole * 1000);
		return (int) Math.min(999, perMille);
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
