package dev.torrentd.qbittorrent.legacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * HTTP Digest's HA1 (RFC 2617 §3.2.2.2): MD5 of {@code username:realm:password}, for the
 * realm {@value DigestAccount#REALM}.
 */
public final class Ha1 {

	private Ha1() {
	}

	/**
	 * HA1 of a user.
	 * @param username the user name
	 * @param password the password
	 * @return 32 lower-case hex digits
	 */
	public static String of(String username, String password) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5")
				.digest((username + ":" + DigestAccount.REALM + ":" + password).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has MD5", ex);
		}
	}

}
