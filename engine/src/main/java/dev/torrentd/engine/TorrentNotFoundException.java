package dev.torrentd.engine;

/**
 * No torrent with the given ID is in the engine. Each dialect maps it to its own status.
 */
public class TorrentNotFoundException extends RuntimeException {

	private final TorrentId id;

	public TorrentNotFoundException(TorrentId id) {
		super("no torrent " + id);
		this.id = id;
	}

	public TorrentId id() {
		return this.id;
	}

}
