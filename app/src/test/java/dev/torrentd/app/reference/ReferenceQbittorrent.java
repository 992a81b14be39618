package dev.torrentd.app.reference;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A real qBittorrent ({@code qbittorrent-nox}, Debian's 4.5.2) started for a test as a
 * loopback-only reference Web API v2 server: a fresh profile folder with its own
 * {@code qBittorrent.conf}, the WebUI on 127.0.0.1 at a free port, libtorrent bound to
 * {@code lo}, DHT, LSD, PeX, UPnP and NAT-PMP off, the legal notice accepted (4.5.2 has
 * no {@code --confirm-legal-notice}: it asks on the terminal unless the profile says
 * {@code [LegalNotice] Accepted=true}), and no ban after failed logins
 * ({@code WebUI\MaxAuthenticationFailCount=0}; qBittorrent's default bans an IP for an
 * hour after 5). CSRF protection and Host-header validation stay on, as qBittorrent
 * ships.
 * <p>
 * Fails with a message naming {@code apt-get install qbittorrent-nox} when the program is
 * not installed: the fidelity test must never pass by running nothing.
 */
public final class ReferenceQbittorrent implements AutoCloseable {

	/** Where Debian's package puts the program. */
	private static final List<String> PROGRAMS = List.of("/usr/bin/qbittorrent-nox", "/usr/local/bin/qbittorrent-nox");

	/** qBittorrent's PBKDF2 parameters (Utils::Password::PBKDF2, since 4.2). */
	private static final int ITERATIONS = 100_000;

	private static final int SALT_BYTES = 16;

	private static final int KEY_BYTES = 64;

	private static final Duration STARTUP = Duration.ofSeconds(60);

	private final String program;

	private final Process process;

	private final Path profile;

	private final int port;

	private ReferenceQbittorrent(String program, Process process, Path profile, int port) {
		this.program = program;
		this.process = process;
		this.profile = profile;
		this.port = port;
	}

	/**
	 * Writes a fresh profile and starts qBittorrent on it; returns once
	 * {@code /api/v2/app/version} answers (403 without a cookie counts).
	 * @param profile an empty folder for the profile ({@code qBittorrent/config},
	 * {@code downloads/}, the program's output in {@code stdout.log})
	 * @param username the WebUI user name
	 * @param password the WebUI password
	 * @return the running reference
	 * @throws IllegalStateException when the program is missing or does not come up
	 */
	public static ReferenceQbittorrent start(Path profile, String username, String password) {
		String program = PROGRAMS.stream()
			.filter((candidate) -> Files.isExecutable(Path.of(candidate)))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"qbittorrent-nox is not installed: the qBittorrent fidelity test needs the real one "
							+ "(apt-get install qbittorrent-nox; .ci/run installs it)"));
		int port = freePort();
		int torrentPort = freePort();
		try {
			Files.createDirectories(profile.resolve("qBittorrent/config"));
			Files.createDirectories(profile.resolve("downloads"));
			Files.writeString(profile.resolve("qBittorrent/config/qBittorrent.conf"),
					configuration(profile, port, torrentPort, username, password), StandardCharsets.UTF_8);
			File log = profile.resolve("stdout.log").toFile();
			Process process = new ProcessBuilder(program, "--profile=" + profile.toAbsolutePath(),
					"--webui-port=" + port, "--torrenting-port=" + torrentPort)
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectErrorStream(true)
				.redirectOutput(log)
				.start();
			ReferenceQbittorrent reference = new ReferenceQbittorrent(program, process, profile, port);
			reference.awaitWebUi();
			return reference;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The profile's {@code qBittorrent.conf}: an INI file that Qt's QSettings reads,
	 * where a backslash separates a key's groups.
	 * @param profile the profile folder
	 * @param port the WebUI port
	 * @param torrentPort the BitTorrent listen port
	 * @param username the WebUI user name
	 * @param password the WebUI password, stored as its PBKDF2 hash
	 * @return the file's text
	 */
	static String configuration(Path profile, int port, int torrentPort, String username, String password) {
		Path root = profile.toAbsolutePath();
		return String.join("\n", "[Application]", "FileLogger\\Enabled=true",
				"FileLogger\\Path=" + root.resolve("qBittorrent/data/logs"), "", "[BitTorrent]",
				"Session\\AddTrackersEnabled=false", "Session\\AnonymousModeEnabled=false", "Session\\DHTEnabled=false",
				"Session\\DefaultSavePath=" + root.resolve("downloads"), "Session\\Interface=lo",
				"Session\\InterfaceAddress=127.0.0.1", "Session\\InterfaceName=lo", "Session\\LSDEnabled=false",
				"Session\\PeXEnabled=false", "Session\\Port=" + torrentPort, "Session\\TempPathEnabled=false",
				"Session\\UseRandomPort=false", "", "[LegalNotice]", "Accepted=true", "", "[Network]",
				"PortForwardingEnabled=false", "", "[Preferences]", "Connection\\ResolvePeerCountries=false",
				"Connection\\ResolvePeerHostNames=false", "DynDNS\\Enabled=false", "General\\Locale=en",
				"WebUI\\Address=127.0.0.1", "WebUI\\CSRFProtection=true", "WebUI\\Enabled=true",
				"WebUI\\HostHeaderValidation=true", "WebUI\\LocalHostAuth=true", "WebUI\\MaxAuthenticationFailCount=0",
				"WebUI\\Password_PBKDF2=\"" + passwordHash(password, salt()) + "\"", "WebUI\\Port=" + port,
				"WebUI\\UseUPnP=false", "WebUI\\Username=" + username, "");
	}

	/**
	 * qBittorrent's stored password: {@code @ByteArray(base64(salt):base64(key))}, the
	 * key PBKDF2-HMAC-SHA512 of the UTF-8 password, 100,000 iterations, 64 bytes.
	 * @param password the password
	 * @param salt 16 random bytes
	 * @return the value of {@code WebUI\Password_PBKDF2}
	 */
	static String passwordHash(String password, byte[] salt) {
		try {
			PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, KEY_BYTES * 8);
			byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
			Base64.Encoder base64 = Base64.getEncoder();
			return "@ByteArray(" + base64.encodeToString(salt) + ":" + base64.encodeToString(key) + ")";
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] salt() {
		byte[] salt = new byte[SALT_BYTES];
		new SecureRandom().nextBytes(salt);
		return salt;
	}

	/**
	 * A port free on 127.0.0.1 now (the program binds it a moment later).
	 * @return the port
	 */
	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitWebUi() {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest version = HttpRequest.newBuilder(base().resolve("/api/v2/app/version"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("qbittorrent-nox exited with " + this.process.exitValue()
						+ " before its WebUI answered: " + log());
			}
			try {
				int status = http.send(version, HttpResponse.BodyHandlers.discarding()).statusCode();
				if (status == 200 || status == 403) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				close();
				throw new IllegalStateException(ex);
			}
			sleep(100);
		}
		close();
		throw new IllegalStateException("qbittorrent-nox's WebUI did not answer on 127.0.0.1:" + this.port + " within "
				+ STARTUP.toSeconds() + " s: " + log());
	}

	private String log() {
		try {
			return Files.readString(this.profile.resolve("stdout.log"));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * What {@code qbittorrent-nox --version} prints.
	 * @return e.g. {@code qBittorrent v4.5.2}
	 */
	public String version() {
		try {
			Process version = new ProcessBuilder(this.program, "--version").redirectErrorStream(true).start();
			String output = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			version.waitFor(10, TimeUnit.SECONDS);
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The WebUI's address.
	 * @return e.g. {@code http://127.0.0.1:40123}
	 */
	public URI base() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/**
	 * The WebUI's port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Stops the program: SIGTERM (qBittorrent saves its state and quits), then SIGKILL
	 * after 15 s.
	 */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(15, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
