package dev.torrentd.engine;

/**
 * The source itself is not a torrent: .torrent bytes that do not decode, or a magnet URI
 * without a usable info hash. Other add failures (a save path that cannot be created, a
 * state directory that cannot be written) are plain {@link InvalidTorrentException}s, so
 * that a dialect can tell "not a torrent" (qBittorrent's 415) from "could not add it".
 */
public class InvalidMetainfoException extends InvalidTorrentException {

	public InvalidMetainfoException(String message) {
		super(message);
	}

	public InvalidMetainfoException(String message, Throwable cause) {
		super(message, cause);
	}

}
