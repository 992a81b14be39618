package dev.torrentd.utorrent.wire;

import dev.torrentd.engine.Torrent;

/**
 * The STATUS column (1) of a torrent row: µTorrent's bit field (µTorrent Server manual,
 * "Torrent/labels/RSS/Filters List").
 */
public final class StatusFlags {

	public static final int STARTED = 1;

	public static final int CHECKING = 2;

	public static final int START_AFTER_CHECK = 4;

	public static final int CHECKED = 8;

	public static final int ERROR = 16;

	public static final int PAUSED = 32;

	public static final int QUEUED = 64;

	public static final int LOADED = 128;

	private StatusFlags() {
	}

	/**
	 * The status bits of a torrent.
	 * @param torrent the engine's snapshot
	 * @param queueingEnabled whether the engine's queue is on (QUEUED marks auto-managed
	 * torrents)
	 * @return the bit field
	 */
	public static int of(Torrent torrent, boolean queueingEnabled) {
		throw new UnsupportedOperationException("TODO");
	}

}
