package dev.torrentd.engine;

/**
 * What was given cannot be added or applied: malformed .torrent bytes, an invalid magnet
 * URI, a link that does not lead to a torrent, a file index out of range, a torrent
 * without metadata yet. The message is one line for the user. Nothing in the engine
 * changed.
 */
public class InvalidTorrentException extends RuntimeException {

	public InvalidTorrentException(String message) {
		super(message);
	}

	public InvalidTorrentException(String message, Throwable cause) {
		super(message, cause);
	}

}
