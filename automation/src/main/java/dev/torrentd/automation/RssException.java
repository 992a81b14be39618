package dev.torrentd.automation;

/**
 * An RSS request that cannot be done, with a one-line reason for the user: qBittorrent
 * answers 409 with the message as its body, µTorrent {@code {"build":N,"error":"…"}}.
 */
public class RssException extends RuntimeException {

	/**
	 * The failure.
	 * @param message the one-line reason, e.g. {@code "Feed doesn't exist: TV\\Show"}
	 */
	public RssException(String message) {
		super(message);
	}

}
