package dev.torrentd.qbittorrent.legacy;

import org.jspecify.annotations.Nullable;

/**
 * The server's user as HTTP Digest needs it: HA1 = MD5(username:realm:password), so that
 * the password itself is not needed to check a Digest response. The app implements it
 * over its credentials, which every dialect shares.
 */
public interface DigestAccount {

	/** The realm qBittorrent 3.1 used. */
	String REALM = "Web UI Access";

	/**
	 * HA1 for the realm {@value #REALM}.
	 * @param username the user name a request gives
	 * @return 32 lower-case hex digits, or null when there is no such user
	 */
	@Nullable String ha1(String username);

}
