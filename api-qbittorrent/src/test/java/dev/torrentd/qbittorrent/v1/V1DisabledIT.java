package dev.torrentd.qbittorrent.v1;

import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code torrentd.qbittorrent.legacy.enabled=false}: no API v1 path is served. */
@SpringBootTest(classes = QbTestServer.class, properties = "torrentd.qbittorrent.legacy.enabled=false")
@AutoConfigureMockMvc
class V1DisabledIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyApiV1PathIsNotFoundWhileApiV2Stays() {
		assertThat(this.mvc.get().uri("/version/api")).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", QbTestServer.USERNAME)
			.param("password", QbTestServer.PASSWORD)).hasStatus(404);
		assertThat(this.mvc.get().uri("/query/torrents")).hasStatus(404);
		assertThat(this.mvc.post().uri("/command/pauseAll")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v2/app/webapiVersion")).hasStatus(403);
	}

}
