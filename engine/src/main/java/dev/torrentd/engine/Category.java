package dev.torrentd.engine;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A category (qBittorrent) or label (µTorrent).
 *
 * @param name the name; '/' separates subcategories
 * @param savePath the save path of its automatically managed torrents, or null for
 * {@code <default save path>/<name>}
 */
public record Category(String name, @Nullable Path savePath) {

	public Category {
		if (name.isBlank()) {
			throw new IllegalArgumentException("a category needs a name");
		}
	}

}
