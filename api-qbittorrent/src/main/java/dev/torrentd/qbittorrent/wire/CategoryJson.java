package dev.torrentd.qbittorrent.wire;

import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.Category;

/**
 * A category object of {@code torrents/categories} and {@code sync/maindata}:
 * {@code {name, savePath}} (spec §4.7). {@code download_path} is left out (torrentd has
 * no download path, and absent means "follow the global setting").
 */
public final class CategoryJson {

	private CategoryJson() {
	}

	/**
	 * The category object.
	 * @param category the category
	 * @return the object, a new mutable map; {@code savePath} is "" when the category has
	 * no own save path (as qBittorrent)
	 */
	public static Map<String, Object> category(Category category) {
		Map<String, Object> json = new TreeMap<>();
		json.put("name", category.name());
		json.put("savePath", (category.savePath() != null) ? category.savePath().toString() : "");
		return json;
	}

	/**
	 * Whether qBittorrent accepts a category name: not blank, no {@code \}, no leading or
	 * trailing {@code /}, no {@code //}.
	 * @param name the name
	 * @return true when valid
	 */
	public static boolean isValidName(String name) {
		return !name.isBlank() && !name.contains("\\") && !name.startsWith("/") && !name.endsWith("/")
				&& !name.contains("//");
	}

}
