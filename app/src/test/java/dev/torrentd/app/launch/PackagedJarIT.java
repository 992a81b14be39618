package dev.torrentd.app.launch;

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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code java -jar app/target/torrentd.jar} as a user runs it: no flag, no LD_PRELOAD.
 * The jar relaunches itself with HotSpot's signal chaining, answers health UP, and both
 * processes stop together.
 */
class PackagedJarIT {

	@TempDir
	Path dir;

	private Process launcher;

	@AfterEach
	void stop() {
		if (this.launcher != null) {
			this.launcher.descendants().forEach(ProcessHandle::destroyForcibly);
			this.launcher.destroyForcibly();
		}
	}

	@Test
	void javaJarWithoutFlagsRelaunchesWithSignalChainingAndAnswersHealthUp() throws Exception {
		int port = freePort();
		this.launcher = startJar(port);

		awaitHealthUp(port);

		ProcessHandle server = onlyChild();
		assertThat(Files.readString(Path.of("/proc/" + server.pid() + "/maps"))).contains("/libjsig.so");
		assertThat(Files.readString(Path.of("/proc/" + this.launcher.pid() + "/maps"))).doesNotContain("/libjsig.so");
		assertThat(log()).contains("A temporary password is provided for this session");
		assertThat(this.dir.resolve("state/torrents")).isDirectory();

		this.launcher.destroy(); // SIGTERM, as systemd or docker stop send
		assertThat(this.launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
		assertThat(log()).contains("libtorrent session stopped");
	}

	@Test
	void theServerStopsByItselfWhenItsLauncherIsKilled() throws Exception {
		int port = freePort();
		this.launcher = startJar(port);
		awaitHealthUp(port);
		ProcessHandle server = onlyChild();

		this.launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs in the launcher

		assertThat(server.onExit().get(60, TimeUnit.SECONDS).isAlive()).isFalse();
	}

	@Test
	void usagePrintsTheArgumentsAndExitsWithoutStartingTheServer() throws Exception {
		Process usage = new ProcessBuilder(java(), "-jar", System.getProperty("torrentd.jar"), "-usage")
			.redirectErrorStream(true)
			.start();

		String output = new String(usage.getInputStream().readAllBytes());
		assertThat(usage.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(usage.exitValue()).isZero();
		assertThat(output).contains("-configfile <path>", "-settingspath <dir>", "-pidfile <path>");
	}

	@Test
	void utserversArgumentsWorkAndSighupToTheLauncherReloadsUtserverConfInTheServer() throws Exception {
		Path requests = Files.createDirectories(this.dir.resolve("requests"));
		Path conf = this.dir.resolve("utserver.conf");
		Files.writeString(conf, "dir_request: " + requests + "\nlow_cpu: 1\n");
		Path pidFile = this.dir.resolve("ut.pid");
		int port = freePort();
		this.launcher = startJar(port, "-ConfigFile", conf.toString(), "-pidfile", pidFile.toString(), "-daemon");
		awaitHealthUp(port);
		ProcessHandle server = onlyChild();
		assertThat(Files.readString(pidFile).strip()).isEqualTo(Long.toString(server.pid()));
		assertThat(log()).contains("utserver.conf: low_cpu has no effect in torrentd",
				"-daemon: torrentd does not fork");

		// what systemd's ExecReload=kill -HUP $MAINPID does
		assertThat(new ProcessBuilder("kill", "-HUP", Long.toString(this.launcher.pid())).start().waitFor()).isZero();

		await().atMost(Duration.ofSeconds(30)).until(() -> log().contains("SIGHUP: reloading " + conf));
		assertThat(this.launcher.isAlive()).isTrue();
		assertThat(server.isAlive()).isTrue();

		Files.createFile(requests.resolve("sp.utmr"));
		assertThat(this.launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(this.launcher.exitValue()).isZero();
		assertThat(log()).contains("libtorrent session stopped");
		assertThat(requests.resolve("sp.utmr")).doesNotExist();
		assertThat(pidFile).doesNotExist();
	}

	@Test
	void aCurlDigestShutdownStopsTheServerAsQbittorrent31Did() throws Exception {
		int port = freePort();
		this.launcher = startJar(port, "--torrentd.auth.password=shutdown-secret");
		awaitHealthUp(port);
		ProcessBuilder curl = new ProcessBuilder("curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--digest",
				"-u", "admin:shutdown-secret", "http://127.0.0.1:" + port + "/command/shutdown")
			.redirectError(ProcessBuilder.Redirect.DISCARD);
		curl.environment().remove("LD_PRELOAD");
		Process answer = curl.start();
		assertThat(new String(answer.getInputStream().readAllBytes())).isEqualTo("200");
		assertThat(this.launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(this.launcher.exitValue()).isZero();
		assertThat(log()).contains("Shutting down: asked through /command/shutdown", "libtorrent session stopped");
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private Process startJar(int port, String... extra) throws IOException {
		List<String> command = new ArrayList<>(List.of(java(), "-jar", System.getProperty("torrentd.jar")));
		command.addAll(List.of(extra));
		command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
				"--torrentd.state-dir=" + this.dir.resolve("state"),
				"--torrentd.download-dir=" + this.dir.resolve("downloads"),
				"--torrentd.bittorrent.listen-interfaces=127.0.0.1:0", "--torrentd.bittorrent.dht=false",
				"--torrentd.bittorrent.lsd=false", "--torrentd.bittorrent.upnp=false",
				"--torrentd.bittorrent.natpmp=false"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("server.log").toFile());
		builder.environment().remove("LD_PRELOAD");
		return builder.start();
	}

	private void awaitHealthUp(int port) {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(2))
			.build();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
			assertThat(this.launcher.isAlive()).as("launcher alive; log:\n%s", log()).isTrue();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
		});
	}

	private ProcessHandle onlyChild() {
		List<ProcessHandle> children = this.launcher.children().toList();
		assertThat(children).hasSize(1);
		Optional<String> command = children.get(0).info().command();
		assertThat(command).hasValueSatisfying((c) -> assertThat(c).endsWith("java"));
		return children.get(0);
	}

	private String log() throws IOException {
		return Files.readString(this.dir.resolve("server.log"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
