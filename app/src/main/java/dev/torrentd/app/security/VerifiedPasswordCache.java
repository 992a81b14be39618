package dev.torrentd.app.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A {@link PasswordEncoder} that remembers the passwords it verified, so that checking
 * the same password against the same hash again is fast. The app's encoder is bcrypt
 * (about 50–100 ms a check), and the µTorrent WebUI and the qBittorrent dialect send HTTP
 * Basic credentials with every request.
 * <p>
 * After a successful check it keeps, per encoded hash, a salted SHA-256 of the raw
 * password (the salt is random per instance, so nothing kept is a plain SHA-256 of a
 * password); a later check of that hash compares digests in constant time
 * ({@link MessageDigest#isEqual}) before falling back to the delegate. Failed checks are
 * never remembered: a wrong password always costs the delegate's full time. It holds a
 * few hashes at most (the least recently used goes first) and is thread-safe.
 */
public final class VerifiedPasswordCache implements PasswordEncoder {

	/** Enough for the server's one user, its previous hash, and a little more. */
	static final int DEFAULT_CAPACITY = 4;

	private final PasswordEncoder delegate;

	private final byte[] salt = new byte[16];

	/** Encoded hash to the salted digest of the raw password that matched it. */
	private final Map<String, byte[]> verified;

	/**
	 * A cache of {@value #DEFAULT_CAPACITY} hashes.
	 * @param delegate the encoder that encodes and really checks
	 */
	public VerifiedPasswordCache(PasswordEncoder delegate) {
		this(delegate, DEFAULT_CAPACITY);
	}

	VerifiedPasswordCache(PasswordEncoder delegate, int capacity) {
		this.delegate = delegate;
		new SecureRandom().nextBytes(this.salt);
		this.verified = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
				return size() > capacity;
			}

		};
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		byte[] digest = digest(rawPassword);
		byte[] known;
		synchronized (this.verified) {
			known = this.verified.get(encodedPassword);
		}
		if (known != null && MessageDigest.isEqual(known, digest)) {
			return true;
		}
		if (!this.delegate.matches(rawPassword, encodedPassword)) {
			return false;
		}
		synchronized (this.verified) {
			this.verified.put(encodedPassword, digest);
		}
		return true;
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private byte[] digest(CharSequence rawPassword) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(this.salt);
			ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(rawPassword));
			sha256.update(bytes);
			return sha256.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
