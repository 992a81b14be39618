package dev.torrentd.utorrent.auth;

/**
 * The server's one user, shared by every dialect, which the µTorrent dialect may change
 * ({@code setsetting webui.username/webui.password}, the {@code c.utmr} maintenance
 * file). The app implements it over its persisted credentials.
 */
public interface ServerAccount {

	/**
	 * The user name.
	 * @return the current user name
	 */
	String username();

	/**
	 * Whether the credentials are the server's.
	 * @param username the user name
	 * @param password the password (may be empty: µTorrent Server's default is admin with
	 * a blank password)
	 * @return true when both match
	 */
	boolean matches(String username, String password);

	/**
	 * Replaces the user name and password, persisted before this returns.
	 * @param username the new user name (not empty)
	 * @param password the new password (may be empty)
	 */
	void replace(String username, String password);

	/**
	 * Replaces the user name and keeps the password ({@code setsetting} with
	 * {@code webui.username} and no {@code webui.password}: the WebUI sends only the
	 * settings it changed), persisted before this returns.
	 * @param username the new user name (not empty)
	 * @throws IllegalStateException when the account cannot keep the password under a new
	 * name: the app stores only hashes that include the user name (HTTP Digest's HA1), so
	 * it needs the clear password, known once a request's credentials matched since the
	 * start; nothing changes
	 */
	void rename(String username);

	/**
	 * A number that changes whenever the credentials change, so that the WebUI's sessions
	 * made with the old ones end.
	 * @return the current revision
	 */
	long revision();

}
