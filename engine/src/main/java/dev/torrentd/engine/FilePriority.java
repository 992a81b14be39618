package dev.torrentd.engine;

/** Download priority of one file; each dialect maps its own numbers to these. */
public enum FilePriority {

	/** Do not download. */
	SKIP,

	LOW,

	NORMAL,

	HIGH,

	/** qBittorrent's "maximum" (7). */
	MAXIMUM

}
