package dev.torrentd.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged jar ({@code app/target/torrentd.jar}, system property {@code torrentd.jar}
 * set by failsafe) started as a user starts it, {@code java -jar}, on a free port of
 * 127.0.0.1 with its state and downloads in a temporary folder and an engine that talks
 * to loopback only. The jar relaunches itself with signal chaining; {@link #close()} ends
 * both JVMs.
 */
public final class PackagedJar implements AutoCloseable {

	private final Process launcher;

	private final String baseUrl;

	private final Path log;

	private PackagedJar(Process launcher, String baseUrl, Path log) {
		this.launcher = launcher;
		this.baseUrl = baseUrl;
		this.log = log;
	}

	/**
	 * Starts the jar and waits until {@code /actuator/health} answers 200.
	 * @param dir the folder for {@code state/}, {@code downloads/} and {@code server.log}
	 * @param password the administrator's password ({@code torrentd.auth.password})
	 * @param extraArguments more {@code --name=value} arguments
	 * @return the running server
	 * @throws Exception when it cannot start
	 */
	public static PackagedJar start(Path dir, String password, String... extraArguments) throws Exception {
		int port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String jar = System.getProperty("torrentd.jar");
		assertThat(jar).as("system property torrentd.jar (set by failsafe in app/pom.xml)").isNotNull();
		List<String> command = new ArrayList<>(List.of(java, "-jar", jar, "--server.port=" + port,
				"--server.address=127.0.0.1", "--torrentd.auth.password=" + password,
				"--torrentd.state-dir=" + dir.resolve("state"), "--torrentd.download-dir=" + dir.resolve("downloads"),
				"--torrentd.bittorrent.listen-interfaces=127.0.0.1:0", "--torrentd.bittorrent.dht=false",
				"--torrentd.bittorrent.lsd=false", "--torrentd.bittorrent.upnp=false",
				"--torrentd.bittorrent.natpmp=false"));
		command.addAll(List.of(extraArguments));
		Path log = dir.resolve("server.log");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		// the jar relaunches itself with signal chaining, as a user's java -jar does
		builder.environment().remove("LD_PRELOAD");
		PackagedJar server = new PackagedJar(builder.start(), "http://127.0.0.1:" + port, log);
		try {
			server.awaitHealthUp();
		}
		catch (Throwable ex) {
			server.close();
			throw ex;
		}
		return server;
	}

	/**
	 * Where it listens.
	 * @return {@code http://127.0.0.1:<port>}, no trailing slash
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	/**
	 * The end of the server's log, for failure messages.
	 * @return its last 60 lines
	 */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no server log: " + ex.getMessage() + ")";
		}
	}

	/** Stops the server: SIGTERM, and after a minute SIGKILL for it and its child. */
	@Override
	public void close() throws InterruptedException {
		this.launcher.destroy();
		if (!this.launcher.waitFor(60, TimeUnit.SECONDS)) {
			this.launcher.descendants().forEach(ProcessHandle::destroyForcibly);
			this.launcher.destroyForcibly();
		}
	}

	private void awaitHealthUp() {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + "/actuator/health"))
			.timeout(Duration.ofSeconds(2))
			.build();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
			assertThat(this.launcher.isAlive()).as("server alive; log:%n%s", logTail()).isTrue();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200;
		});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
