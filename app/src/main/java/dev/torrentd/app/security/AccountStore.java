package dev.torrentd.app.security;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Properties;
import java.util.regex.Pattern;

import dev.torrentd.engine.AtomicFiles;
import dev.torrentd.qbittorrent.legacy.DigestAccount;
import dev.torrentd.qbittorrent.legacy.Ha1;
import dev.torrentd.utorrent.auth.ServerAccount;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The server's one user, as every dialect sees it: Spring Security's
 * {@link UserDetailsService} (qBittorrent API v2, whose password is the encoded hash,
 * checked with the app's {@link PasswordEncoder}), {@link ServerAccount} (µTorrent, which
 * may change it) and {@link DigestAccount} (the legacy qBittorrent dialect's HTTP
 * Digest). A change is written to {@code <state-dir>/credentials.properties} before it
 * takes effect, and that file wins over the configured credentials at the next start
 * ({@link CredentialsConfiguration}), as µTorrent Server's settings.dat wins over
 * {@code admin_name}/{@code admin_password}.
 * <p>
 * The password is never stored: the file holds {@code username}, {@code password-hash}
 * (the app's {@link PasswordEncoder} encoding, {@code {bcrypt}…}) and {@code ha1} (HTTP
 * Digest's MD5 of {@code username:Web UI Access:password}, which Digest checks without
 * the password), both updated together (issue 5). HA1 is as good as the password to a
 * Digest client, so the file is still readable by its owner only (mode 0600) where the
 * file system has POSIX permissions. A file in the older format ({@code password=} in
 * clear) is rewritten in this one when read at start.
 * <p>
 * In memory the clear password is known when it came from the configuration, is a
 * temporary one, was given to {@link #replace}, or has been verified by {@link #matches}
 * since the start; after a start from the file only the hashes are known until then.
 * {@link #matches} compares a known password in constant time, else checks the hash
 * through the app's encoder (a {@link VerifiedPasswordCache}, so that only the first
 * check of a password costs bcrypt's time). {@link #rename} needs the clear password,
 * because HA1 includes the user name.
 */
public class AccountStore implements UserDetailsService, ServerAccount, DigestAccount {

	private static final Logger log = LoggerFactory.getLogger(AccountStore.class);

	/** The file's name in the state directory. */
	public static final String FILE_NAME = "credentials.properties";

	private static final String USERNAME = "username";

	private static final String PASSWORD_HASH = "password-hash";

	private static final String HA1 = "ha1";

	/** The older format's key: the password in clear, read only to migrate it. */
	private static final String PASSWORD = "password";

	private static final String UNKNOWN_ENCODING_PROBE = "\0torrentd: is this encoding known?";

	private static final Pattern HA1_FORMAT = Pattern.compile("[0-9a-f]{32}");

	private final Path file;

	private final PasswordEncoder passwords;

	private volatile Account account;

	private volatile long revision;

	/**
	 * The account, starting from the given credentials.
	 * @param initial the credentials in force at start (their hashes are computed when
	 * missing)
	 * @param file where changes are written ({@code <state-dir>/credentials.properties})
	 * @param passwords the app's encoder (a {@link VerifiedPasswordCache}), which the
	 * qBittorrent dialect checks {@link #loadUserByUsername}'s password with too
	 */
	public AccountStore(ServerCredentials initial, Path file, PasswordEncoder passwords) {
		this.file = file;
		this.passwords = passwords;
		this.account = Account.of(initial, passwords);
	}

	/**
	 * The credentials a previous run stored. A file in the older format (the password in
	 * clear) is rewritten in the current one (logged); the credentials then keep the
	 * password they were read with.
	 * @param file the credentials file
	 * @param passwords the app's encoder, for the hash of a file in the older format
	 * @return them (never temporary), or null when the file is missing or unusable
	 * (logged)
	 */
	public static @Nullable ServerCredentials load(Path file, PasswordEncoder passwords) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		}
		catch (IOException | IllegalArgumentException ex) {
			log.warn("Ignoring unreadable credentials file {}: {}", file, ex.getMessage());
			return null;
		}
		String username = properties.getProperty(USERNAME);
		if (username == null || username.isBlank()) {
			log.warn("Ignoring credentials file {}: it needs a non-blank '{}'", file, USERNAME);
			return null;
		}
		String password = properties.getProperty(PASSWORD);
		if (password != null) {
			return migrate(file, username, password, passwords);
		}
		String hash = properties.getProperty(PASSWORD_HASH);
		String ha1 = properties.getProperty(HA1);
		if (hash == null || hash.isEmpty() || ha1 == null || !HA1_FORMAT.matcher(ha1).matches()) {
			log.warn("Ignoring credentials file {}: it needs a '{}' and a '{}' (32 lower-case hex digits)", file,
					PASSWORD_HASH, HA1);
			return null;
		}
		try {
			// an encoding the encoder does not know would fail every login: refuse it now
			// (with a password nobody has: the encoder answers an empty one without
			// looking)
			passwords.matches(UNKNOWN_ENCODING_PROBE, hash);
		}
		catch (IllegalArgumentException ex) {
			log.warn("Ignoring credentials file {}: its '{}' is not an encoding this server knows ({})", file,
					PASSWORD_HASH, ex.getMessage());
			return null;
		}
		return ServerCredentials.hashed(username, hash, ha1);
	}

	/** Rewrites a file of the older format without the password. */
	private static ServerCredentials migrate(Path file, String username, String password, PasswordEncoder passwords) {
		Account account = Account.of(new ServerCredentials(username, password, false), passwords);
		try {
			write(file, account);
			log.info("Rewrote the credentials file {} with the password's hashes ({}, {}) instead of the password",
					file, PASSWORD_HASH, HA1);
		}
		catch (UncheckedIOException ex) {
			log.warn("Cannot rewrite the credentials file {} without the password in clear: {}", file, ex.getMessage());
		}
		return new ServerCredentials(username, password, account.passwordHash(), account.ha1(), false);
	}

	/**
	 * The user, whose password is the encoded hash ({@code {bcrypt}…}): check it with the
	 * app's {@link PasswordEncoder}.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
		Account current = this.account;
		if (!sameText(current.username(), username)) {
			throw new UsernameNotFoundException("no such user");
		}
		return User.withUsername(current.username()).password(current.passwordHash()).roles("USER").build();
	}

	@Override
	public String username() {
		return this.account.username();
	}

	/**
	 * Compared in constant time, so that timing tells nothing about the password; the
	 * hash is checked (through the encoder's cache) only while the clear password is not
	 * known, and a password it verifies is kept in memory (so that {@link #rename} can
	 * recompute HA1).
	 */
	@Override
	public boolean matches(String username, String password) {
		Account current = this.account;
		boolean user = sameText(current.username(), username);
		String known = current.password();
		if (known != null) {
			return user & sameText(known, password);
		}
		boolean pass = password.isEmpty()
				// Spring Security's encoders refuse every empty password (no hash is
				// checked), but
				// µTorrent Server's default user has one: HA1 tells as well
				? sameText(current.ha1(), Ha1.of(current.username(), password))
				: this.passwords.matches(password, current.passwordHash());
		if (pass) {
			remember(current, password);
		}
		return user & pass;
	}

	private synchronized void remember(Account verified, String password) {
		if (this.account == verified) {
			this.account = verified.withPassword(password);
		}
	}

	@Override
	public @Nullable String ha1(String username) {
		Account current = this.account;
		return sameText(current.username(), username) ? current.ha1() : null;
	}

	@Override
	public long revision() {
		return this.revision;
	}

	/**
	 * Replaces the credentials, hash and HA1 together, once they are written to the
	 * credentials file.
	 * @throws IllegalArgumentException for a blank user name
	 * @throws UncheckedIOException when the file cannot be written (nothing changes)
	 */
	@Override
	public synchronized void replace(String username, String password) {
		if (username.isBlank()) {
			throw new IllegalArgumentException("the user name must not be blank");
		}
		Account next = Account.of(new ServerCredentials(username, password, false), this.passwords);
		write(this.file, next);
		this.account = next;
		this.revision++;
	}

	/**
	 * Replaces the user name and keeps the password. HA1 includes the user name, so the
	 * clear password is needed: it is known when configured, temporary, set at runtime,
	 * or verified by {@link #matches} since the start (the µTorrent WebUI's Basic
	 * credentials are, before any {@code setsetting}).
	 * @throws IllegalArgumentException for a blank user name
	 * @throws IllegalStateException when the password is not known in memory (only its
	 * hashes, read from the credentials file, and not verified since): nothing changes
	 * @throws UncheckedIOException when the file cannot be written (nothing changes)
	 */
	@Override
	public synchronized void rename(String username) {
		if (username.isBlank()) {
			throw new IllegalArgumentException("the user name must not be blank");
		}
		String password = this.account.password();
		if (password == null) {
			throw new IllegalStateException("The password must be given with the new user name: only its hashes are "
					+ "stored, and they include the user name (set webui.password with webui.username)");
		}
		replace(username, password);
	}

	/**
	 * Compares in constant time for equal lengths, and compares digests so that the
	 * length does not show either.
	 */
	private static boolean sameText(String expected, String given) {
		return MessageDigest.isEqual(sha256(expected), sha256(given));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	/** Atomically ({@link AtomicFiles}), created with mode 0600. */
	private static void write(Path file, Account next) {
		Properties properties = new Properties();
		properties.setProperty(USERNAME, next.username());
		properties.setProperty(PASSWORD_HASH, next.passwordHash());
		properties.setProperty(HA1, next.ha1());
		StringWriter text = new StringWriter();
		try {
			properties.store(text,
					"torrentd's user, changed at runtime; wins over torrentd.auth.* (delete to use them)."
							+ " No password: its PasswordEncoder hash and HTTP Digest's HA1.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
		Path directory = file.toAbsolutePath().getParent();
		AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8), ownerOnly(directory));
	}

	/** Mode 0600 where the file system knows POSIX permissions; nothing elsewhere. */
	private static FileAttribute<?>[] ownerOnly(Path directory) {
		if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[] {
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
		}
		return new FileAttribute<?>[0];
	}

	/**
	 * The user as held in memory.
	 *
	 * @param username the user name
	 * @param passwordHash the encoder's encoding of the password
	 * @param ha1 HTTP Digest's HA1
	 * @param password the clear password when known, else null
	 */
	private record Account(String username, String passwordHash, String ha1, @Nullable String password) {

		static Account of(ServerCredentials credentials, PasswordEncoder passwords) {
			String password = credentials.password();
			String hash = credentials.passwordHash();
			String ha1 = credentials.ha1();
			if (hash == null || ha1 == null) {
				if (password == null) {
					throw new IllegalArgumentException("without the password, both its hash and HA1 are needed");
				}
				if (hash == null) {
					hash = passwords.encode(password);
					if (hash == null) {
						throw new IllegalStateException("the password encoder gave no hash");
					}
				}
				if (ha1 == null) {
					ha1 = Ha1.of(credentials.username(), password);
				}
			}
			return new Account(credentials.username(), hash, ha1, password);
		}

		Account withPassword(String password) {
			return new Account(this.username, this.passwordHash, this.ha1, password);
		}

		@Override
		public String toString() {
			return "Account[username=" + this.username + "]";
		}

	}

}
