package dev.torrentd.utorrent.wire;

import java.util.List;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.TorrentFile;

/**
 * One row of {@code getfiles}: 13 columns (µTorrent Server manual, "Files List").
 *
 * <p>
 * Columns: 0 name (path relative to the save path, '/'-separated), 1 size (bytes), 2
 * downloaded (verified bytes), 3 priority (0..3, {@link #priority(FilePriority)}), 4
 * first piece, 5 number of pieces, 6 streamable ({@code false}: torrentd does not
 * stream-encode), 7 encoded rate, 8 duration, 9 width, 10 height, 11 stream ETA, 12
 * streamability (all 0, the media columns of µTorrent 3.x's streaming). Clients read 0–3
 * (utorrentctl, Cleanuparr, Transdroid) and the reference WebUI 0–5 (utorrent-webui spec
 * §2.8).
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
		// an empty file spans no piece, whatever piece index the engine gives it
		int pieces = (file.sizeBytes() == 0) ? 0 : file.lastPiece() - file.firstPiece() + 1;
		return List.of(file.path(), file.sizeBytes(), file.doneBytes(), priority(file.priority()), file.firstPiece(),
				pieces, false, 0, 0, 0, 0, 0, 0);
	}

	/**
	 * µTorrent's file priority: 0 don't download, 1 low, 2 normal, 3 high.
	 * @param priority the engine's priority
	 * @return 0..3 (qBittorrent's "maximum" has no µTorrent level above high and reads 3)
	 */
	public static int priority(FilePriority priority) {
		return switch (priority) {
			case SKIP -> 0;
			case LOW -> 1;
			case NORMAL -> 2;
			case HIGH, MAXIMUM -> 3;
		};
	}

	/**
	 * The engine's priority for µTorrent's 0..3.
	 * @param priority 0..3
	 * @return the engine's priority
	 * @throws IllegalArgumentException outside 0..3
	 */
	public static FilePriority priority(int priority) {
		return switch (priority) {
			case 0 -> FilePriority.SKIP;
			case 1 -> FilePriority.LOW;
			case 2 -> FilePriority.NORMAL;
			case 3 -> FilePriority.HIGH;
			default -> throw new IllegalArgumentException("a µTorrent file priority is 0..3: " + priority);
		};
	}

}
