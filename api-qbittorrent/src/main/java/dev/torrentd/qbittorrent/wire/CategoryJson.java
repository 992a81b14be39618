package dev.torrentd.qbittorrent.wire;

import java.util.Map;

import dev.torrentd.engine.Category;

/**
 * A category object of {@code torrents/categories} and {@code sync/maindata}:
 * {@code {name, savePath}} (spec §4.7).
 */
public final class CategoryJson {

	private CategoryJson() {
	}

	/**
	 * The category object.
	 * @param category the category
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> category(Category category) {
		throw new UnsupportedOperationException("written in the torrents change");
	}

}
