package dev.torrentd.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import dev.torrentd.app.security.ServerCredentials;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on a real engine (loopback, temp dirs). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TorrentServerApplicationTests {

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	TorrentEngine engine;

	@Autowired
	ServerCredentials credentials;

	@DynamicPropertySource
	static void loopbackEngineInTempDirs(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
	}

	@Test
	void healthAnswersUpWithoutAuthentication() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
	}

	@Test
	void theEngineIsLibtorrentWithTheConfiguredDirectories() {
		assertThat(this.engine).isInstanceOf(LibtorrentEngine.class);
		assertThat(this.engine.settings().defaultSavePath()).isEqualTo(dir.resolve("downloads"));
		assertThat(this.engine.settings().dht()).isFalse();
		assertThat(dir.resolve("state/torrents")).isDirectory();
	}

	@Test
	void withoutAConfiguredPasswordATemporaryOneIsGenerated() {
		assertThat(this.credentials.username()).isEqualTo("admin");
		assertThat(this.credentials.temporary()).isTrue();
		assertThat(this.credentials.password()).hasSize(9);
	}

}
