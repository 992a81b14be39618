package dev.torrentd.engine;

/**
 * When a torrent added with a stop condition stops by itself, as qBittorrent's
 * {@code stopCondition}.
 */
public enum StopCondition {

	NONE,

	/** Stop once a magnet's metadata has arrived. */
	METADATA_RECEIVED,

	/** Stop once the files have been checked. */
	FILES_CHECKED

}
