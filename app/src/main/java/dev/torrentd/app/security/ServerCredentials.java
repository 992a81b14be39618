package dev.torrentd.app.security;

/**
 * The one user name and password that every dialect checks ({@code torrentd.auth.*}).
 *
 * @param username the user name
 * @param password the password (never logged, except a generated temporary one)
 * @param temporary whether the password was generated for this run because none is
 * configured
 */
public record ServerCredentials(String username, String password, boolean temporary) {

	@Override
	public String toString() {
		return "ServerCredentials[username=" + this.username + ", temporary=" + this.temporary + "]";
	}

}
