package dev.torrentd.utorrent.error;

/**
 * A request µTorrent answers with HTTP 200 and {@code {"build":N,"error":"…"}}.
 */
public class GuiException extends RuntimeException {

	/**
	 * @param message the one-line reason shown to the user
	 */
	public GuiException(String message) {
		super(message);
	}

}
