package dev.torrentd.app.security;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Properties;

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

/**
 * The server's one user, as every dialect sees it: Spring Security's
 * {@link UserDetailsService} (qBittorrent) and {@link ServerAccount} (µTorrent, which may
 * change it). A change is written to {@code <state-dir>/credentials.properties} before it
 * takes effect, and that file wins over the configured credentials at the next start
 * ({@link CredentialsConfiguration}), as µTorrent Server's settings.dat wins over
 * {@code admin_name}/{@code admin_password}.
 * <p>
 * The password is kept as given, not hashed: the legacy qBittorrent dialect's HTTP Digest
 * needs it in clear (or its HA1, which is as good as the password to an attacker). The
 * file is therefore readable by its owner only (mode 0600) where the file system has
 * POSIX permissions.
 */
public class AccountStore implements UserDetailsService, ServerAccount, DigestAccount {

	private static final Logger log = LoggerFactory.getLogger(AccountStore.class);

	/** The file's name in the state directory. */
	public static final String FILE_NAME = "credentials.properties";

	private static final String USERNAME = "username";

	private static final String PASSWORD = "password";

	private final Path file;

	private volatile ServerCredentials credentials;

	private volatile long revision;

	/**
	 * The account, starting from the given credentials.
	 * @param initial the credentials in force at start
	 * @param file where changes are written ({@code <state-dir>/credentials.properties})
	 */
	public AccountStore(ServerCredentials initial, Path file) {
		this.credentials = initial;
		this.file = file;
	}

	/**
	 * The credentials a previous run stored.
	 * @param file the credentials file
	 * @return them (never temporary), or null when the file is missing or unusable
	 * (logged)
	 */
	public static @Nullable ServerCredentials load(Path file) {
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
		String password = properties.getProperty(PASSWORD);
		if (username == null || username.isBlank() || password == null) {
			log.warn("Ignoring credentials file {}: it needs a non-blank '{}' and a '{}'", file, USERNAME, PASSWORD);
			return null;
		}
		return new ServerCredentials(username, password, false);
	}

	/**
	 * The credentials in force.
	 * @return the current credentials
	 */
	public ServerCredentials credentials() {
		return this.credentials;
	}

	@Override
	public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
		ServerCredentials current = this.credentials;
		if (!current.username().equals(username)) {
			throw new UsernameNotFoundException("no such user");
		}
		return User.withUsername(current.username()).password("{noop}" + current.password()).roles("USER").build();
	}

	@Override
	public String username() {
		return this.credentials.username();
	}

	/** Compared in constant time, so that timing tells nothing about the password. */
	@Override
	public boolean matches(String username, String password) {
		ServerCredentials current = this.credentials;
		boolean user = MessageDigest.isEqual(current.username().getBytes(StandardCharsets.UTF_8),
				username.getBytes(StandardCharsets.UTF_8));
		boolean pass = MessageDigest.isEqual(current.password().getBytes(StandardCharsets.UTF_8),
				password.getBytes(StandardCharsets.UTF_8));
		return user & pass;
	}

	@Override
	public @Nullable String ha1(String username) {
		ServerCredentials current = this.credentials;
		return current.username().equals(username) ? Ha1.of(current.username(), current.password()) : null;
	}

	@Override
	public long revision() {
		return this.revision;
	}

	/**
	 * Replaces the credentials once they are written to the credentials file.
	 * @throws IllegalArgumentException for a blank user name
	 * @throws UncheckedIOException when the file cannot be written (nothing changes)
	 */
	@Override
	public synchronized void replace(String username, String password) {
		if (username.isBlank()) {
			throw new IllegalArgumentException("the user name must not be blank");
		}
		ServerCredentials next = new ServerCredentials(username, password, false);
		write(next);
		this.credentials = next;
		this.revision++;
	}

	@Override
	public synchronized void rename(String username) {
		replace(username, this.credentials.password());
	}

	private void write(ServerCredentials next) {
		Properties properties = new Properties();
		properties.setProperty(USERNAME, next.username());
		properties.setProperty(PASSWORD, next.password());
		StringWriter text = new StringWriter();
		try {
			properties.store(text,
					"torrentd's user, changed at runtime; wins over torrentd.auth.* (delete to use them)");
			Path directory = this.file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			Path temp = Files.createTempFile(directory, FILE_NAME, ".tmp", ownerOnly(directory));
			try {
				try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
					ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
					while (bytes.hasRemaining()) {
						channel.write(bytes);
					}
					channel.force(true);
				}
				move(temp, this.file);
				syncDirectory(directory);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + this.file, ex);
		}
	}

	/** Makes the rename durable (Linux fsyncs a directory opened for reading). */
	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// the new file is in place; only its durability across a power loss is weaker
		}
	}

	/** Mode 0600 where the file system knows POSIX permissions; nothing elsewhere. */
	private static FileAttribute<?>[] ownerOnly(Path directory) {
		if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[] {
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
		}
		return new FileAttribute<?>[0];
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// same directory, so only an exotic file system gets here
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
