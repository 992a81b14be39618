package dev.torrentd.app.qbittorrent;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Real third-party qBittorrent clients from npm against the packaged jar: the
 * {@code @ctrl/qbittorrent} library and the Flood web UI, pinned in
 * {@code clients/qbittorrent/package-lock.json} and installed by {@code npm ci} in the
 * build's pre-integration-test phase. Each client is a Node script that asserts what it
 * reads back and exits non-zero on the first mismatch; this test runs it and shows its
 * output. Needs Node.js 20 or later and npm on the PATH.
 */
class NpmClientsIT {

	private static final String PASSWORD = "npm-clients-secret";

	private static final Duration CLIENT_TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	static Path dir;

	private static Process launcher;

	private static String baseUrl;

	/** The qBittorrent profile a subclass runs the clients against (default 5.1). */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	@interface Profile {

		String value();

	}

	@BeforeAll
	static void startServer(TestInfo info) throws Exception {
		Profile profile = info.getTestClass().orElseThrow().getAnnotation(Profile.class);
		start((profile != null) ? profile.value() : "5.1");
	}

	/**
	 * Starts the jar presenting a qBittorrent profile: the clients pick their endpoint
	 * names from the versions it reports.
	 * @param profile {@code 5.1} or {@code 4.6}
	 * @throws Exception when it cannot start
	 */
	static void start(String profile) throws Exception {
		int port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("torrentd.jar"),
				"--server.port=" + port, "--server.address=127.0.0.1", "--torrentd.auth.password=" + PASSWORD,
				"--torrentd.state-dir=" + dir.resolve("state"), "--torrentd.download-dir=" + dir.resolve("downloads"),
				"--torrentd.bittorrent.listen-interfaces=127.0.0.1:0", "--torrentd.bittorrent.dht=false",
				"--torrentd.bittorrent.lsd=false", "--torrentd.bittorrent.upnp=false",
				"--torrentd.bittorrent.natpmp=false", "--torrentd.qbittorrent.profile=" + profile)
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("server.log").toFile());
		// the jar relaunches itself with signal chaining, as a user's java -jar does
		builder.environment().remove("LD_PRELOAD");
		launcher = builder.start();
		baseUrl = "http://127.0.0.1:" + port;
		awaitHealthUp();
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (launcher != null) {
			launcher.destroy();
			if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
				launcher.descendants().forEach(ProcessHandle::destroyForcibly);
				launcher.destroyForcibly();
			}
		}
	}

	@Test
	void ctrlQbittorrentAddsListsStopsStartsCategorisesTagsSyncsAndRemoves() throws Exception {
		Path torrent = torrentFile("ctrl", 1);
		String magnet = "magnet:?xt=urn:btih:" + randomHash(2) + "&dn=ctrl-magnet";

		runClient("ctrl-qbittorrent.mjs", baseUrl, "admin", PASSWORD, torrent.toString(), magnet);
	}

	@Test
	void floodListsAndAddsATorrentThatTorrentdThenHas() throws Exception {
		Path torrent = torrentFile("flood", 3);

		runClient("flood.mjs", baseUrl, "admin", PASSWORD, torrent.toString());
	}

	/** A small single-file .torrent of random data, different for each seed. */
	private static Path torrentFile(String name, long seed) throws IOException {
		Path content = TestTorrents.randomFile(dir.resolve("content").resolve(name + ".bin"), 256 * 1024, seed);
		return Files.write(dir.resolve(name + ".torrent"), TestTorrents.metainfo(content, 16 * 1024));
	}

	private static String randomHash(long seed) {
		byte[] bytes = new byte[20];
		new Random(seed).nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static void runClient(String script, String... args) throws Exception {
		Path clients = clientsDirectory();
		String node = requireNode(clients);
		List<String> command = new ArrayList<>(List.of(node, script));
		command.addAll(List.of(args));
		Path output = Files.createTempFile(dir, script, ".log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(clients.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().remove("LD_PRELOAD");
		Process process = builder.start();
		if (!process.waitFor(CLIENT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			fail("node %s did not finish within %s; its output:%n%s%nserver log (tail):%n%s", script, CLIENT_TIMEOUT,
					Files.readString(output), serverLogTail());
		}
		assertThat(process.exitValue())
			.as("node %s exit code; its output:%n%s%nserver log (tail):%n%s", script, Files.readString(output),
					serverLogTail())
			.isZero();
	}

	/**
	 * The node binary, after checking what the clients need: a failing test that says
	 * what to install, not a silent skip.
	 */
	private static String requireNode(Path clients) throws Exception {
		String needed = "NpmClientsIT needs Node.js 20 or later and npm on the PATH (Debian: apt-get install nodejs npm), "
				+ "and `npm ci` run in " + clients + " (./mvnw verify does it in pre-integration-test)";
		String version;
		try {
			Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			version = new String(process.getInputStream().readAllBytes()).trim();
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				fail("`node --version` failed (%s). %s", version, needed);
			}
		}
		catch (IOException ex) {
			return fail("`node` is not on the PATH (%s). %s", ex.getMessage(), needed);
		}
		int major = Integer.parseInt(version.replaceFirst("^v(\\d+).*$", "$1"));
		assertThat(major).as("Node.js version %s. %s", version, needed).isGreaterThanOrEqualTo(20);
		assertThat(clients.resolve("node_modules/@ctrl/qbittorrent/package.json"))
			.as("the pinned clients are not installed. %s", needed)
			.isRegularFile();
		assertThat(clients.resolve("node_modules/flood/package.json"))
			.as("the pinned clients are not installed. %s", needed)
			.isRegularFile();
		return "node";
	}

	private static Path clientsDirectory() {
		String configured = System.getProperty("torrentd.clients.dir");
		assertThat(configured).as("system property torrentd.clients.dir (set by failsafe in app/pom.xml)").isNotNull();
		return Path.of(configured).toAbsolutePath().normalize();
	}

	private static void awaitHealthUp() {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
			assertThat(launcher.isAlive()).as("server alive; log:%n%s", serverLogTail()).isTrue();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		});
	}

	private static String serverLogTail() throws IOException {
		List<String> lines = Files.readAllLines(dir.resolve("server.log"));
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
