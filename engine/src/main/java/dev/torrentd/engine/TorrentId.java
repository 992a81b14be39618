package dev.torrentd.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A torrent's ID as qBittorrent defines it: the v1 info hash (SHA-1) of a v1 torrent, or
 * the v2 info hash (SHA-256) truncated to 20 bytes for v2-only and hybrid torrents.
 * Always 40 lower-case hex digits.
 *
 * @param hex 40 lower-case hexadecimal digits
 */
public record TorrentId(String hex) implements Comparable<TorrentId> {

	private static final Pattern HEX40 = Pattern.compile("[0-9a-fA-F]{40}");

	public TorrentId {
		if (!HEX40.matcher(hex).matches()) {
			throw new IllegalArgumentException("not a torrent ID (40 hex digits): " + abbreviate(hex));
		}
		hex = hex.toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses an ID in either case.
	 * @param text 40 hex digits
	 * @return the ID
	 * @throws IllegalArgumentException if {@code text} is not 40 hex digits
	 */
	public static TorrentId parse(String text) {
		return new TorrentId(text);
	}

	/**
	 * Parses an ID in either case, or gives nothing for anything else.
	 * @param text any text
	 * @return the ID, or empty when {@code text} is not 40 hex digits
	 */
	public static Optional<TorrentId> tryParse(String text) {
		return HEX40.matcher(text).matches() ? Optional.of(new TorrentId(text)) : Optional.empty();
	}

	@Override
	public int compareTo(TorrentId other) {
		return this.hex.compareTo(other.hex);
	}

	@Override
	public String toString() {
		return this.hex;
	}

	private static String abbreviate(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "…" : text;
	}

}
