package dev.torrentd.engine.libtorrent;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.torrentd.engine.InvalidMetainfoException;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import org.jspecify.annotations.Nullable;
import org.libtorrent4j.AddTorrentParams;
import org.libtorrent4j.InfoHash;
import org.libtorrent4j.TorrentInfo;

/**
 * Parses what a user adds with libtorrent's own parsers (bdecode, parse_magnet_uri) into
 * add parameters, turning every parse failure into an {@link InvalidTorrentException}
 * with a one-line reason.
 */
final class Sources {

	private Sources() {
	}

	/**
	 * A parsed torrent, ready to be added.
	 *
	 * @param id its ID
	 * @param params libtorrent's add parameters (torrent info or magnet fields set)
	 * @param info the torrent info, or null for a magnet
	 * @param metainfo the .torrent bytes to persist, or null for a magnet
	 * @param magnet the magnet URI to persist, or null
	 * @param infoHashV1 v1 hash or ""
	 */
	record Parsed(TorrentId id, AddTorrentParams params, @Nullable TorrentInfo info, byte @Nullable [] metainfo,
			@Nullable String magnet, String infoHashV1) {
	}

	static Parsed parse(TorrentSource source) {
		if (source instanceof TorrentSource.MetainfoFile file) {
			return metainfo(file.bytes());
		}
		if (source instanceof TorrentSource.Magnet magnet) {
			return magnet(magnet.uri());
		}
		throw new IllegalArgumentException("fetch remote sources first: " + source);
	}

	static Parsed metainfo(byte[] bytes) {
		if (bytes.length == 0) {
			throw new InvalidMetainfoException("not a valid torrent file: it is empty");
		}
		TorrentInfo ti;
		try {
			ti = TorrentInfo.bdecode(bytes);
		}
		catch (RuntimeException ex) {
			throw new InvalidMetainfoException("not a valid torrent file: " + oneLine(ex.getMessage()), ex);
		}
		if (!ti.isValid() || ti.numFiles() == 0) {
			throw new InvalidMetainfoException("not a valid torrent file: it has no files");
		}
		AddTorrentParams params = new AddTorrentParams();
		params.setTorrentInfo(ti);
		org.libtorrent4j.swig.info_hash_t hashes = ti.swig().info_hashes();
		String v1 = hashes.has_v1() ? hashes.getV1().to_hex() : "";
		return new Parsed(TorrentId.parse(hashes.get_best().to_hex()), params, ti, bytes, null, v1);
	}

	static Parsed magnet(String uri) {
		String trimmed = uri.trim();
		if (!trimmed.toLowerCase(Locale.ROOT).startsWith("magnet:?")) {
			throw new InvalidMetainfoException("not a magnet URI: " + abbreviate(trimmed));
		}
		AddTorrentParams params;
		try {
			params = AddTorrentParams.parseMagnetUri(trimmed);
		}
		catch (RuntimeException ex) {
			throw new InvalidMetainfoException(oneLine(ex.getMessage()) + ": " + abbreviate(trimmed), ex);
		}
		InfoHash hashes = params.getInfoHashes();
		if (!hashes.hasV1() && !hashes.hasV2()) {
			throw new InvalidMetainfoException("the magnet URI has no info hash: " + abbreviate(trimmed));
		}
		String best = hashes.getBest().toHex();
		if (best.chars().allMatch((c) -> c == '0')) {
			throw new InvalidMetainfoException("the magnet URI's info hash is all zeros: " + abbreviate(trimmed));
		}
		String v1 = hashes.hasV1() ? hashes.getV1().toHex() : "";
		return new Parsed(TorrentId.parse(best), params, null, null, trimmed, v1);
	}

	private static String oneLine(@Nullable String text) {
		return (text == null) ? "unreadable" : text.replaceAll("\\s+", " ").trim();
	}

	private static String abbreviate(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		return (bytes.length > 200) ? text.substring(0, Math.min(text.length(), 200)) + "…" : text;
	}

}
