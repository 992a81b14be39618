package dev.torrentd.utorrent.settings;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.engine.ShareLimits;

import org.jspecify.annotations.Nullable;

/**
 * Conversions between µTorrent's setting values and the engine's: how {@code setsetting}
 * values are read, and the unit and enum mappings.
 */
public final class SettingValues {

	/** {@code bt.transp_disposition} bit: outgoing TCP (reference WebUI constants.js). */
	static final int OUT_TCP = 1;

	/** {@code bt.transp_disposition} bit: outgoing uTP. */
	static final int OUT_UTP = 2;

	/** {@code bt.transp_disposition} bit: incoming TCP. */
	static final int IN_TCP = 4;

	/** {@code bt.transp_disposition} bit: incoming uTP. */
	static final int IN_UTP = 8;

	/**
	 * One {@code listen_interfaces} entry: address, port, optional flags ("s" SSL, "l"
	 * local).
	 */
	private static final Pattern LISTEN_ENTRY = Pattern.compile("^(.*):(\\d+)([a-z]*)$");

	private SettingValues() {
	}

	/**
	 * A boolean as {@code setsetting} sends it: {@code 1}/{@code 0} (the manual's form,
	 * the reference WebUI's) or {@code true}/{@code false} in any case.
	 * @param value the value as sent
	 * @return the boolean, or null when it is neither
	 */
	public static @Nullable Boolean parseBoolean(String value) {
		String v = value.trim().toLowerCase(Locale.ROOT);
		return switch (v) {
			case "1", "true" -> Boolean.TRUE;
			case "0", "false" -> Boolean.FALSE;
			default -> null;
		};
	}

	/**
	 * An integer read leniently: surrounding blanks and a leading {@code +} are allowed,
	 * and a decimal number is truncated ({@code "10.7"} is 10), as JavaScript clients may
	 * send numbers they computed.
	 * @param value the value as sent
	 * @return the integer, or null when it is not a finite number
	 */
	public static @Nullable Long parseInteger(String value) {
		String v = value.trim();
		if (v.startsWith("+")) {
			v = v.substring(1);
		}
		if (v.isEmpty()) {
			return null;
		}
		try {
			return Long.parseLong(v);
		}
		catch (NumberFormatException ex) {
			// not an integer literal: maybe a decimal
		}
		try {
			BigDecimal decimal = new BigDecimal(v);
			return decimal.longValue();
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A long clamped into the int range.
	 * @param value the value
	 * @return the nearest int
	 */
	static int toInt(long value) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
	}

	/**
	 * An engine rate limit in µTorrent's unit: KiB/s, 0 for none. A limit below 1 KiB/s
	 * shows as 1 so that it does not read as "unlimited".
	 * @param bytesPerSecond the limit, 0 for none
	 * @return KiB/s, 0 for none
	 */
	static long toKibibytes(long bytesPerSecond) {
		if (bytesPerSecond <= 0) {
			return 0;
		}
		return Math.max(1, bytesPerSecond / 1024);
	}

	/**
	 * A µTorrent rate limit as the engine's: 0 and negative values (the manual's -1) are
	 * "none".
	 * @param kibibytesPerSecond the limit in KiB/s
	 * @return bytes/s, 0 for none
	 */
	static long toBytesPerSecond(long kibibytesPerSecond) {
		if (kibibytesPerSecond <= 0) {
			return 0;
		}
		return (kibibytesPerSecond > Long.MAX_VALUE / 1024) ? Long.MAX_VALUE : kibibytesPerSecond * 1024;
	}

	/**
	 * A count limit as the engine keeps it: negative is "none" (-1).
	 * @param value the value as sent
	 * @return the limit, -1 for none
	 */
	static int toLimit(long value) {
		return (value < 0) ? -1 : toInt(value);
	}

	/**
	 * A connection or slot limit as the engine keeps it: µTorrent has no "none" for
	 * these, so anything below 1 (which would stop all traffic) is taken as "none".
	 * @param value the value as sent
	 * @return the limit, -1 for none
	 */
	static int toPositiveLimit(long value) {
		return (value < 1) ? -1 : toInt(value);
	}

	/**
	 * The engine's global ratio limit as {@code seed_ratio}: per mille, 0 for none (the
	 * reference WebUI 0.388 shows {@code seed_ratio / 10} as a percentage and writes
	 * {@code % × 10}).
	 * @param ratioLimit the ratio, or {@link ShareLimits#NO_LIMIT}
	 * @return per mille, 0 for none
	 */
	static long toPerMille(double ratioLimit) {
		return (ratioLimit < 0) ? 0 : Math.round(ratioLimit * 1000);
	}

	/**
	 * {@code seed_ratio} as the engine's ratio limit.
	 * @param perMille per mille, 0 or negative for none
	 * @return the ratio, or {@link ShareLimits#NO_LIMIT}
	 */
	static double toRatio(long perMille) {
		return (perMille <= 0) ? ShareLimits.NO_LIMIT : perMille / 1000.0;
	}

	/**
	 * The engine's seeding time limit as {@code seed_time}: seconds, 0 for none.
	 * @param minutes minutes, or {@link ShareLimits#NO_LIMIT}
	 * @return seconds, 0 for none
	 */
	static long toSeconds(long minutes) {
		return (minutes < 0) ? 0 : minutes * 60;
	}

	/**
	 * {@code seed_time} as the engine's seeding time limit; a part of a minute counts as
	 * a whole one, so that a short limit never becomes "none".
	 * @param seconds seconds, 0 or negative for none
	 * @return minutes, or {@link ShareLimits#NO_LIMIT}
	 */
	static long toMinutes(long seconds) {
		return (seconds <= 0) ? ShareLimits.NO_LIMIT : (seconds + 59) / 60;
	}

	/**
	 * {@code encryption_mode}: 0 disabled, 1 enabled, 2 forced.
	 * @param mode the engine's policy
	 * @return µTorrent's value
	 */
	static int encryptionMode(EncryptionMode mode) {
		return switch (mode) {
			case DISABLE -> 0;
			case PREFER -> 1;
			case REQUIRE -> 2;
		};
	}

	/**
	 * {@code encryption_mode} as the engine's policy.
	 * @param value 0 disabled, 1 enabled, 2 forced
	 * @return the policy, or null for another value
	 */
	static @Nullable EncryptionMode encryptionMode(long value) {
		if (value == 0) {
			return EncryptionMode.DISABLE;
		}
		if (value == 1) {
			return EncryptionMode.PREFER;
		}
		if (value == 2) {
			return EncryptionMode.REQUIRE;
		}
		return null;
	}

	/**
	 * {@code bt.transp_disposition}: which transports are allowed each way. The engine's
	 * "both" accepts uTP and dials TCP (EngineSettings), but allows both, as µTorrent's
	 * 15 does.
	 * @param protocols the engine's transports
	 * @return TCP only 5, uTP only 10, both 15
	 */
	static int transportDisposition(PeerProtocols protocols) {
		return switch (protocols) {
			case TCP -> OUT_TCP | IN_TCP;
			case UTP -> OUT_UTP | IN_UTP;
			case TCP_AND_UTP -> OUT_TCP | IN_TCP | OUT_UTP | IN_UTP;
		};
	}

	/**
	 * {@code bt.transp_disposition} as the engine's transports: a TCP bit in either
	 * direction allows TCP, a uTP bit allows uTP (the reference WebUI toggles uTP with
	 * {@code 2|8}); other bits (16, uTP's new header) are ignored.
	 * @param value the bits
	 * @return the transports, or null when neither is allowed
	 */
	static @Nullable PeerProtocols protocols(long value) {
		boolean tcp = (value & (OUT_TCP | IN_TCP)) != 0;
		boolean utp = (value & (OUT_UTP | IN_UTP)) != 0;
		if (tcp && utp) {
			return PeerProtocols.TCP_AND_UTP;
		}
		if (tcp) {
			return PeerProtocols.TCP;
		}
		return utp ? PeerProtocols.UTP : null;
	}

	/**
	 * The first port of a libtorrent {@code listen_interfaces} list.
	 * @param listenInterfaces e.g. {@code 0.0.0.0:6881,[::]:6881}
	 * @return the port, or 0 when no entry has one
	 */
	static int firstPort(String listenInterfaces) {
		for (String entry : listenInterfaces.split(",")) {
			Matcher m = LISTEN_ENTRY.matcher(entry.trim());
			if (m.matches()) {
				try {
					return Integer.parseInt(m.group(2));
				}
				catch (NumberFormatException ex) {
					// too many digits: not a port, look further
				}
			}
		}
		return 0;
	}

	/**
	 * A libtorrent {@code listen_interfaces} list with every entry's port replaced,
	 * keeping addresses and flags ({@code 0.0.0.0:6881s} stays SSL); an empty list
	 * becomes every interface on that port.
	 * @param listenInterfaces e.g. {@code 0.0.0.0:6881,[::]:6881}
	 * @param port the new port
	 * @return e.g. {@code 0.0.0.0:7000,[::]:7000}
	 */
	static String withPort(String listenInterfaces, int port) {
		StringBuilder result = new StringBuilder();
		for (String entry : listenInterfaces.split(",")) {
			String trimmed = entry.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			Matcher m = LISTEN_ENTRY.matcher(trimmed);
			if (result.length() > 0) {
				result.append(',');
			}
			result.append(m.matches() ? m.group(1) + ":" + port + m.group(3) : trimmed);
		}
		if (result.length() == 0) {
			// nothing to keep: every interface, as the engine's default
			return "0.0.0.0:" + port + ",[::]:" + port;
		}
		return result.toString();
	}

}
