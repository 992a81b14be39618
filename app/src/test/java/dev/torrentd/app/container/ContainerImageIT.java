package dev.torrentd.app.container;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import dev.torrentd.app.QbWebClient;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.engine.libtorrent.TestEngines;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.images.builder.Transferable;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The image users run, built from {@code docker/Dockerfile} ({@code --target prebuilt}:
 * the same stages as the default target, with the jar this build packaged) and run as the
 * README's compose file runs it, with a read-only root file system: PUID, PGID, UMASK,
 * TZ, WEBUI_PORT and TORRENTING_PORT set, the password from a secret file. Through the
 * qBittorrent API it logs in, downloads a torrent from a real libtorrent seeder in this
 * JVM (the seeder dials the published peer port on 127.0.0.1), and the files belong to
 * PUID:PGID with UMASK's mode; {@code docker stop} (SIGTERM) then start keeps the
 * torrent, complete, and the image's HEALTHCHECK turns the container healthy.
 * <p>
 * Needs a Docker engine (Testcontainers' {@code DOCKER_HOST}); on machines without one,
 * {@code docker/ci/podman-setup.sh} provides podman's and the local base images given as
 * build arguments by {@code TORRENTD_IMAGE_BUILD_IMAGE} and
 * {@code TORRENTD_IMAGE_RUNTIME_IMAGE} (unset: the Dockerfile's public defaults).
 */
class ContainerImageIT {

	private static final String PASSWORD = "container-image-secret";

	private static final int PUID = 1234;

	private static final int PGID = 2345;

	/** Not the defaults, so that the test sees WEBUI_PORT and TORRENTING_PORT applied. */
	private static final int WEBUI_PORT = 9090;

	private static final int TORRENTING_PORT = 6991;

	/** No daylight saving time: the log's offset is always +05:30. */
	private static final String TZ = "Asia/Kolkata";

	private static final String NAME = "Container.Test.2024.1080p.mkv";

	private static final int SIZE = 3 * 1024 * 1024 + 12345;

	private static final Logger log = LoggerFactory.getLogger(ContainerImageIT.class);

	@Test
	void theImageDownloadsAsPuidWithItsUmaskKeepsTorrentsAcrossARestartAndTurnsHealthy(@TempDir Path work)
			throws Exception {
		assertThat(DockerClientFactory.instance().isDockerAvailable())
			.as("a Docker engine (Testcontainers' DOCKER_HOST); without Docker: eval \"$(docker/ci/podman-setup.sh)\"")
			.isTrue();
		Path content = TestTorrents.randomFile(work.resolve("seed").resolve(NAME), SIZE, 2024);
		byte[] metainfo = TestTorrents.metainfo(content, 64 * 1024);
		String hash = TestTorrents.infoHash(metainfo);
		long started = System.nanoTime();

		try (GenericContainer<?> torrentd = container()) {
			torrentd.start();
			log.info("image built and container started in {} ms", millisSince(started));
			DockerClient docker = torrentd.getDockerClient();
			String id = torrentd.getContainerId();
			assertThat(torrentd.getLogs()).as("TZ applies to the log").contains("+05:30");

			// logs in with the secret file's password, adds the torrent, gets it from the
			// seeder
			QbWebClient qb = new QbWebClient(baseUrl(docker, id)).login("admin", PASSWORD);
			assertThat(qb.addTorrentFile(NAME + ".torrent", metainfo).body()).isEqualTo("Ok.");
			long downloading = System.nanoTime();
			try (LibtorrentEngine seeder = TestEngines.open(work.resolve("seeder"))) {
				TorrentId seeded = seeder
					.add(new TorrentSource.MetainfoFile(metainfo),
							AddOptions.builder().savePath(content.getParent()).build())
					.id();
				await().atMost(Duration.ofSeconds(30)).until(() -> seeder.get(seeded).state() == TorrentState.SEEDING);
				// the seeder dials torrentd's published peer port: no tracker, no DHT
				InetSocketAddress peerPort = new InetSocketAddress("127.0.0.1",
						hostPort(docker.inspectContainerCmd(id).exec(), TORRENTING_PORT));
				await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
					seeder.addPeers(List.of(seeded), List.of(peerPort));
					assertThat(torrent(qb, hash).get("progress").asDouble()).isEqualTo(1.0);
				});
			}
			log.info("downloaded in {} ms", millisSince(downloading));

			// the seeder's bytes, owned by PUID:PGID, mode 0666 & ~UMASK
			String file = "/downloads/" + NAME;
			assertThat(exec(torrentd, "sha256sum", file)).startsWith(sha256(content) + " ");
			String owner = PUID + ":" + PGID;
			assertThat(exec(torrentd, "stat", "-c", "%u:%g %a", file, "/downloads", "/config"))
				.isEqualTo(owner + " 664\n" + owner + " 755\n" + owner + " 755\n");
			assertThat(exec(torrentd, "find", "/config", "/downloads", "!", "-user", Integer.toString(PUID), "-o", "!",
					"-group", Integer.toString(PGID)))
				.as("files of the volumes not owned by PUID:PGID")
				.isEmpty();

			// docker stop (SIGTERM) saves the resume data; the same container starts
			// again
			long restarting = System.nanoTime();
			docker.stopContainerCmd(id).withTimeout(60).exec();
			log.info("stopped in {} ms", millisSince(restarting));
			String firstRun = torrentd.getLogs();
			assertThat(firstRun).contains("libtorrent session stopped").doesNotContain("did not return resume data");
			docker.startContainerCmd(id).exec();
			QbWebClient again = awaitLogin(baseUrl(docker, id));
			log.info("restarted in {} ms", millisSince(restarting));
			JsonNode restored = torrent(again, hash);
			assertThat(restored.get("progress").asDouble()).as("progress after the restart").isEqualTo(1.0);
			assertThat(restored.get("save_path").asString()).isIn("/downloads", "/downloads/");
			assertThat(torrentd.getLogs()).as("both runs' log").containsOnlyOnce("restored 1 of 1 torrents");

			// the image's HEALTHCHECK, run by the engine, turns the container healthy
			HealthCheck healthcheck = docker.inspectContainerCmd(id).exec().getConfig().getHealthcheck();
			assertThat(healthcheck).as("the container's HEALTHCHECK, from the image").isNotNull();
			assertThat(healthcheck.getTest()).containsExactly("CMD", "/usr/local/bin/torrentd-healthcheck");
			long checking = System.nanoTime();
			await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofSeconds(1))
				.untilAsserted(() -> assertThat(docker.inspectContainerCmd(id).exec().getState().getHealth())
					.extracting((health) -> health.getStatus())
					.isEqualTo("healthy"));
			log.info("healthy {} ms after the restart's login", millisSince(checking));
			docker.stopContainerCmd(id).withTimeout(60).exec();
		}
		log.info("all in {} ms", millisSince(started));
	}

	/**
	 * The image run as a compose file runs it, with a read-only root file system and
	 * every variable docker/README.md lists set to something else than its default.
	 */
	private static GenericContainer<?> container() {
		return new GenericContainer<>(image()).withEnv("PUID", Integer.toString(PUID))
			.withEnv("PGID", Integer.toString(PGID))
			.withEnv("UMASK", "002")
			.withEnv("TZ", TZ)
			.withEnv("WEBUI_PORT", Integer.toString(WEBUI_PORT))
			.withEnv("TORRENTING_PORT", Integer.toString(TORRENTING_PORT))
			.withEnv("TORRENTD_AUTH_PASSWORD_FILE", "/run/secrets/torrentd_password")
			// no traffic beyond the container network and loopback
			.withEnv("TORRENTD_BITTORRENT_DHT", "false")
			.withEnv("TORRENTD_BITTORRENT_LSD", "false")
			.withEnv("TORRENTD_BITTORRENT_PEX", "false")
			// a secret readable by root only, as compose mounts them; in a volume, since
			// a read-only root file system takes no copied file
			.withCopyToContainer(Transferable.of(PASSWORD + "\n", 0400), "/run/secrets/torrentd_password")
			.withCreateContainerCmdModifier((create) -> {
				create.withVolumes(new Volume("/run/secrets"));
				create.getHostConfig().withReadonlyRootfs(true);
			})
			.withLogConsumer(new Slf4jLogConsumer(log).withPrefix("torrentd"))
			.withExposedPorts(WEBUI_PORT, TORRENTING_PORT)
			.waitingFor(Wait.forHttp("/actuator/health").forPort(WEBUI_PORT).forStatusCode(200))
			.withStartupTimeout(Duration.ofMinutes(3));
	}

	/**
	 * docker/Dockerfile's "prebuilt" target, its context the files it copies: the docker
	 * folder and the packaged jar.
	 */
	private static ImageFromDockerfile image() {
		Path dockerDir = Path.of(property("torrentd.docker.dir"));
		ImageFromDockerfile image = new ImageFromDockerfile("localhost/torrentd-container-it", true)
			.withFileFromPath("Dockerfile", dockerDir.resolve("Dockerfile"))
			.withFileFromPath("docker", dockerDir)
			.withFileFromPath("app/target/torrentd.jar", Path.of(property("torrentd.jar")))
			.withTarget("prebuilt");
		for (Map.Entry<String, String> arg : Map
			.of("BUILD_IMAGE", "TORRENTD_IMAGE_BUILD_IMAGE", "RUNTIME_IMAGE", "TORRENTD_IMAGE_RUNTIME_IMAGE")
			.entrySet()) {
			String value = System.getenv(arg.getValue());
			if (value != null && !value.isBlank()) {
				image.withBuildArg(arg.getKey(), value);
			}
		}
		return image;
	}

	private static String property(String name) {
		String value = System.getProperty(name);
		assertThat(value).as("system property %s (set by failsafe in app/pom.xml)", name).isNotNull();
		return value;
	}

	/** Where the WebUI port is published now: a restart may publish it elsewhere. */
	private static String baseUrl(DockerClient docker, String id) {
		return "http://127.0.0.1:" + hostPort(docker.inspectContainerCmd(id).exec(), WEBUI_PORT);
	}

	private static int hostPort(InspectContainerResponse container, int containerPort) {
		Ports.Binding[] bindings = container.getNetworkSettings()
			.getPorts()
			.getBindings()
			.get(ExposedPort.tcp(containerPort));
		assertThat(bindings).as("published %s", containerPort).isNotEmpty();
		return Integer.parseInt(bindings[0].getHostPortSpec());
	}

	private static QbWebClient awaitLogin(String baseUrl) {
		return await().atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.until(() -> new QbWebClient(baseUrl).login("admin", PASSWORD), (client) -> true);
	}

	private static JsonNode torrent(QbWebClient qb, String hash) throws Exception {
		JsonNode info = qb.json("/api/v2/torrents/info?hashes=" + hash);
		assertThat(info).as("torrents/info?hashes=%s", hash).hasSize(1);
		return info.get(0);
	}

	private static String exec(GenericContainer<?> container, String... command)
			throws IOException, InterruptedException {
		ExecResult result = container.execInContainer(StandardCharsets.UTF_8, command);
		assertThat(result.getExitCode()).as("%s: %s", String.join(" ", command), result.getStderr()).isZero();
		return result.getStdout();
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
