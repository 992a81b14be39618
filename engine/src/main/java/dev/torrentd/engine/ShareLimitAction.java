package dev.torrentd.engine;

/**
 * What happens to a finished torrent when it reaches a share limit (ratio, seeding time
 * or inactive seeding time), as qBittorrent's {@code max_ratio_act} /
 * {@code shareLimitAction}.
 */
public enum ShareLimitAction {

	/** Per torrent only: use the global action. */
	DEFAULT,

	/** Stop the torrent. */
	STOP,

	/** Remove the torrent, keep its files. */
	REMOVE,

	/** Remove the torrent and delete its files. */
	REMOVE_WITH_CONTENT,

	/** Keep seeding in super-seeding mode. */
	ENABLE_SUPER_SEEDING

}
