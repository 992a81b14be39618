package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import org.jspecify.annotations.Nullable;

/**
 * How qBittorrent reads request values ({@code Utils::String::parseBool}, the {@code |}
 * hash lists with {@code all}).
 */
public final class QbValues {

	private QbValues() {
	}

	/**
	 * A boolean as qBittorrent parses it: {@code true}/{@code false} in any case
	 * ({@code True} from .NET clients); anything else ({@code 1}, {@code yes}) counts as
	 * absent.
	 * @param value the parameter, or null
	 * @return the value, empty when absent or not a boolean
	 */
	public static Optional<Boolean> bool(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.trim();
		if (v.equalsIgnoreCase("true")) {
			return Optional.of(Boolean.TRUE);
		}
		if (v.equalsIgnoreCase("false")) {
			return Optional.of(Boolean.FALSE);
		}
		return Optional.empty();
	}

	/**
	 * A boolean with a default for absent or unparsable values.
	 * @param value the parameter, or null
	 * @param fallback the default
	 * @return the value
	 */
	public static boolean bool(@Nullable String value, boolean fallback) {
		return bool(value).orElse(fallback);
	}

	/**
	 * The torrents a {@code hashes} parameter names: {@code all} (exactly, lower case)
	 * for every torrent, else {@code |}-separated IDs in any case; malformed and unknown
	 * IDs are skipped, as qBittorrent does for its action endpoints.
	 * @param hashes the parameter
	 * @param engine the engine, for {@code all} and for skipping unknown IDs
	 * @return the IDs, in the order given, without duplicates
	 */
	public static List<TorrentId> hashes(String hashes, TorrentEngine engine) {
		if (hashes.trim().equals("all")) {
			return engine.torrents().stream().map(Torrent::id).toList();
		}
		return ids(hashes).stream().filter((id) -> engine.find(id).isPresent()).toList();
	}

	/**
	 * The well-formed IDs of a {@code |}-separated list, unknown ones included.
	 * @param hashes the parameter
	 * @return the IDs in order, without duplicates
	 */
	public static List<TorrentId> ids(String hashes) {
		Set<TorrentId> ids = new LinkedHashSet<>();
		for (String part : hashes.split("\\|")) {
			TorrentId.tryParse(part.trim()).ifPresent(ids::add);
		}
		return new ArrayList<>(ids);
	}

	/**
	 * One torrent ID, as the single-torrent endpoints take it ({@code hash=}).
	 * @param hash the parameter
	 * @return the ID, empty when malformed (qBittorrent then answers 404)
	 */
	public static Optional<TorrentId> id(String hash) {
		return TorrentId.tryParse(hash.trim());
	}

	/**
	 * An integer as Qt's {@code toLongLong}: surrounding spaces allowed, anything else
	 * unparsable is 0 (qBittorrent then applies "no limit" rather than refusing).
	 * @param value the parameter, or null when absent
	 * @return the number, 0 when absent or not an integer
	 */
	public static long longValue(@Nullable String value) {
		if (value == null) {
			return 0;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/**
	 * An integer as Qt's {@code toInt}: as {@link #longValue}, 0 when out of range too.
	 * @param value the parameter, or null when absent
	 * @return the number, 0 when absent or not an integer
	 */
	public static int intValue(@Nullable String value) {
		long number = longValue(value);
		return (number == (int) number) ? (int) number : 0;
	}

	/**
	 * A number as Qt's {@code toDouble}: unparsable, infinite or NaN is 0.
	 * @param value the parameter
	 * @return the number, 0 when not a finite number
	 */
	public static double doubleValue(String value) {
		try {
			double number = Double.parseDouble(value.trim());
			return Double.isFinite(number) ? number : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
