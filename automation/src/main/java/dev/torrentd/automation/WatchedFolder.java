package dev.torrentd.automation;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A folder whose new .torrent files are added: one entry of qBittorrent's
 * {@code scan_dirs}, or µTorrent's {@code dir_autoload}.
 *
 * @param path the watched folder (absolute)
 * @param destination where the added torrents download
 * @param savePath the save path when {@code destination} is
 * {@link Destination#SAVE_PATH}, else {@code null}
 * @param deleteLoaded after adding, delete the .torrent file (qBittorrent; µTorrent
 * {@code dir_autoload_delete=true}); else rename it to {@code <name>.loaded} (µTorrent's
 * default)
 */
public record WatchedFolder(Path path, Destination destination, @Nullable Path savePath, boolean deleteLoaded) {

	/**
	 * Where a watched folder's torrents download (qBittorrent's {@code scan_dirs}
	 * values).
	 */
	public enum Destination {

		/** Into the watched folder itself ({@code 0}). */
		WATCHED_FOLDER,

		/** Into the default save path ({@code 1}; µTorrent's autoload). */
		DEFAULT_SAVE_PATH,

		/** Into {@link WatchedFolder#savePath()} (a path string). */
		SAVE_PATH

	}

}
