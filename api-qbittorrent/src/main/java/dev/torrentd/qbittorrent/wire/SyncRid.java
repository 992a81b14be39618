package dev.torrentd.qbittorrent.wire;

import org.jspecify.annotations.Nullable;

/** The response IDs ({@code rid}) of qBittorrent's {@code sync} scope. */
public final class SyncRid {

	/** The largest rid; the next one after it is 1 again (as qBittorrent). */
	public static final int MAX = 1_000_000;

	private SyncRid() {
	}

	/**
	 * The {@code rid} parameter as Qt's {@code toInt} reads it.
	 * @param rid the parameter, or null when absent
	 * @return the number; 0 (= "send everything") when absent or not an integer
	 */
	public static int parse(@Nullable String rid) {
		return QbValues.intValue(rid);
	}

	/**
	 * The rid of the next response.
	 * @param last the rid last sent, 0 if none
	 * @return {@code last % 1000000 + 1}, cycling through 1…1000000
	 */
	public static int next(int last) {
		return (last % MAX) + 1;
	}

}
