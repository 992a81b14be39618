package dev.torrentd.utorrent.wire;

import java.util.List;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;

/**
 * One row of {@code torrents} / {@code torrentp} in {@code list=1}: 29 columns in
 * µTorrent 3.x order (µTorrent Server manual, list=1, plus the 3.x columns 25–28).
 * Numbers are integers, strings are never null.
 */
public final class TorrentRow {

	/** The number of columns (Sonarr reads at least 28, Cleanuparr 27). */
	public static final int COLUMNS = 29;

	private TorrentRow() {
	}

	/**
	 * The row of a torrent.
	 * @param torrent the engine's snapshot
	 * @param queueingEnabled whether the engine's queue is on
	 * @return 29 values
	 */
	public static List<Object> of(Torrent torrent, boolean queueingEnabled) {
		throw new UnsupportedOperationException("TODO");
	}

	/**
	 * The hash as µTorrent writes it: 40 upper-case hex digits.
	 * @param id the torrent
	 * @return the upper-case info hash
	 */
	public static String hash(TorrentId id) {
		return id.toString().toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * The STREAM ID column (22), which {@code /proxy?sid=} takes: 8 hex digits derived
	 * from the info hash.
	 * @param id the torrent
	 * @return the stream id
	 */
	public static String streamId(TorrentId id) {
		return id.toString().substring(0, 8);
	}

}
