package dev.torrentd.engine;

/** State of one tracker of one torrent, as qBittorrent's tracker status 1–4. */
public enum TrackerStatus {

	/** Not announced to yet. */
	NOT_CONTACTED,

	/** Last announce succeeded. */
	WORKING,

	/** An announce is in flight. */
	UPDATING,

	/** Last announce failed (see the message). */
	NOT_WORKING

}
