package dev.torrentd.utorrent.wire;

import java.util.List;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.TorrentFile;

/**
 * One row of {@code getfiles}: 13 columns (µTorrent Server manual, "Files List").
 */
public final class FileRow {

	private FileRow() {
	}

	/**
	 * The row of a file.
	 * @param file the engine's file
	 * @return 13 values
	 */
	public static List<Object> of(TorrentFile file) {
		throw new UnsupportedOperationException("TODO");
	}

	/**
	 * µTorrent's file priority: 0 don't download, 1 low, 2 normal, 3 high.
	 * @param priority the engine's priority
	 * @return 0..3
	 */
	public static int priority(FilePriority priority) {
		throw new UnsupportedOperationException("TODO");
	}

	/**
	 * The engine's priority for µTorrent's 0..3.
	 * @param priority 0..3
	 * @return the engine's priority
	 * @throws IllegalArgumentException outside 0..3
	 */
	public static FilePriority priority(int priority) {
		throw new UnsupportedOperationException("TODO");
	}

}
