package dev.torrentd.engine;

/**
 * How a torrent's files are laid out under its save path, as qBittorrent's
 * {@code torrent_content_layout}.
 */
public enum ContentLayout {

	/** As the torrent names them (multi-file torrents have their root folder). */
	ORIGINAL,

	/**
	 * Always in a folder: a single-file torrent gets one named after the file without
	 * extension.
	 */
	SUBFOLDER,

	/** Never in a folder: a multi-file torrent's root folder is dropped. */
	NO_SUBFOLDER

}
