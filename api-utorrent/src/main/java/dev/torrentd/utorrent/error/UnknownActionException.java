package dev.torrentd.utorrent.error;

import org.jspecify.annotations.Nullable;

/**
 * An action µTorrent does not have: 400 {@code invalid request}.
 */
public class UnknownActionException extends RuntimeException {

	/**
	 * @param action the action as sent
	 */
	public UnknownActionException(@Nullable String action) {
		super("unknown action " + action, null, false, false);
	}

}
