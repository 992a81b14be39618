package dev.torrentd.qbittorrent.wire;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentFile;

/**
 * The items of {@code torrents/files} (spec §4.4) and qBittorrent's file priority
 * numbers.
 */
public final class FileJson {

	private FileJson() {
	}

	/**
	 * One file object: {@code index, name, size, progress, priority, piece_range,
	 * availability}, plus {@code is_seed} on the file with index 0 only (as qBittorrent).
	 * @param file the file
	 * @param torrent its torrent, for {@code is_seed}
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> file(TorrentFile file, Torrent torrent) {
		Map<String, Object> json = new TreeMap<>();
		json.put("availability", file.availability());
		json.put("index", file.index());
		if (file.index() == 0) {
			json.put("is_seed", torrent.complete());
		}
		json.put("name", file.path());
		json.put("piece_range", List.of(file.firstPiece(), file.lastPiece()));
		json.put("priority", priority(file.priority()));
		json.put("progress", file.progress());
		json.put("size", file.sizeBytes());
		return json;
	}

	/**
	 * qBittorrent's number for a priority: 0 do not download, 1 normal, 6 high, 7 maximum
	 * ({@link FilePriority#LOW} shows as normal: qBittorrent has no low).
	 * @param priority the priority
	 * @return the number
	 */
	public static int priority(FilePriority priority) {
		return switch (priority) {
			case SKIP -> 0;
			case LOW, NORMAL -> 1;
			case HIGH -> 6;
			case MAXIMUM -> 7;
		};
	}

	/**
	 * The priority for a qBittorrent number ({@code isValidDownloadPriority}).
	 * @param number 0, 1, 6 or 7
	 * @return the priority
	 * @throws IllegalArgumentException for any other number
	 */
	public static FilePriority priority(int number) {
		return switch (number) {
			case 0 -> FilePriority.SKIP;
			case 1 -> FilePriority.NORMAL;
			case 6 -> FilePriority.HIGH;
			case 7 -> FilePriority.MAXIMUM;
			default -> throw new IllegalArgumentException("Priority is not valid");
		};
	}

}
