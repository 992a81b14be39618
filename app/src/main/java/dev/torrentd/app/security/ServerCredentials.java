package dev.torrentd.app.security;

import org.jspecify.annotations.Nullable;

/**
 * The one user name and password that every dialect checks, as the server starts with
 * them: the password in clear when it comes from the configuration
 * ({@code torrentd.auth.*}) or is a temporary one, only its hashes when it comes from
 * {@code <state-dir>/credentials.properties} (which never holds the password).
 *
 * @param username the user name
 * @param password the password in clear (never logged, except a generated temporary one),
 * or null when only its hashes are known
 * @param passwordHash the app's {@code PasswordEncoder} encoding of the password (e.g.
 * {@code {bcrypt}$2a$10$…}), or null when not computed yet (then {@code password} is
 * given)
 * @param ha1 HTTP Digest's HA1, MD5 of {@code username:Web UI Access:password} as 32
 * lower-case hex digits, or null when not computed yet (then {@code password} is given)
 * @param temporary whether the password was generated for this run because none is
 * configured
 */
public record ServerCredentials(String username, @Nullable String password, @Nullable String passwordHash,
		@Nullable String ha1, boolean temporary) {

	public ServerCredentials {
		if (password == null && (passwordHash == null || ha1 == null)) {
			throw new IllegalArgumentException("without the password, both its hash and HA1 are needed");
		}
	}

	/**
	 * Credentials whose password is known in clear (configured or temporary).
	 * @param username the user name
	 * @param password the password
	 * @param temporary whether the password was generated for this run
	 */
	public ServerCredentials(String username, String password, boolean temporary) {
		this(username, password, null, null, temporary);
	}

	/**
	 * Credentials known only by the password's hashes, as the credentials file stores
	 * them.
	 * @param username the user name
	 * @param passwordHash the {@code PasswordEncoder}'s encoding of the password
	 * @param ha1 HTTP Digest's HA1 (32 lower-case hex digits)
	 * @return the credentials, not temporary
	 */
	public static ServerCredentials hashed(String username, String passwordHash, String ha1) {
		return new ServerCredentials(username, null, passwordHash, ha1, false);
	}

	/** Without the password or its hashes: HA1 is as good as the password to a client. */
	@Override
	public String toString() {
		return "ServerCredentials[username=" + this.username + ", temporary=" + this.temporary + "]";
	}

}
