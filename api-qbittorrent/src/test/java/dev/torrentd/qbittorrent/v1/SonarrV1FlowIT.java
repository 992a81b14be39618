package dev.torrentd.qbittorrent.v1;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sonarr's "V1" qBittorrent client against a server with API v2 switched off (arr-clients
 * §2 and §5): the v2 probe gets 404, the v1 probe succeeds, then login, test, add by file
 * and by magnet, poll, properties and files, category, priority (403 without queueing),
 * force start and removal with data, on a real engine.
 */
@SpringBootTest(classes = QbTestServer.class, properties = "torrentd.qbittorrent.v2.enabled=false")
@AutoConfigureMockMvc
class SonarrV1FlowIT {

	private static final String BASIC = "Basic YWRtaW46YWRtaW5hZG1pbg==";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TorrentEngine engine;

	@TempDir
	Path content;

	@Test
	void sonarrV1Flow() throws Exception {
		// probe 1: API v2 is off, 404 with or without a session
		assertThat(this.mvc.get().uri("/api/v2/app/webapiVersion").header("Authorization", BASIC)).hasStatus(404);
		// probe 2: API v1
		assertThat(this.mvc.get().uri("/version/api").header("Authorization", BASIC)).hasStatusOk();
		// a call without session is refused, then Sonarr logs in
		assertThat(this.mvc.get().uri("/query/preferences").header("Authorization", BASIC)).hasStatus(403);
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.param("username", QbTestServer.USERNAME)
			.param("password", QbTestServer.PASSWORD)
			.exchange();
		assertThat(login).hasStatusOk().bodyText().isEqualTo("Ok.");
		String setCookie = login.getResponse().getHeader("Set-Cookie");
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));
		assertThat(this.mvc.get().uri("/api/v2/app/webapiVersion").header("Cookie", cookie)).hasStatus(404);

		// test: version twice, preferences, the category's torrents
		for (int i = 0; i < 2; i++) {
			assertThat(this.mvc.get().uri("/version/api").header("Cookie", cookie)).hasStatusOk()
				.bodyText()
				.isEqualTo("17");
		}
		assertThat(this.mvc.get().uri("/query/preferences").header("Cookie", cookie)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.queueing_enabled")
			.isNotNull();
		assertThat(get("/query/torrents?label=tv&category=tv", cookie)).isEqualTo("[]");

		// add by file (multipart "torrents") and by magnet
		byte[] file = TestTorrents.metainfo(TestTorrents.randomFile(this.content.resolve("show.mkv"), 100_000, 7),
				32768);
		String fileHash = TestTorrents.infoHash(file);
		assertThat(this.mvc.post()
			.uri("/command/upload")
			.multipart()
			.file(new MockMultipartFile("torrents", "show.torrent", "application/x-bittorrent", file))
			.param("category", "tv")
			.param("paused", "False")
			.header("Cookie", cookie)).hasStatusOk().bodyText().isEmpty();
		byte[] other = TestTorrents.metainfo(TestTorrents.randomFile(this.content.resolve("other.mkv"), 50_000, 8),
				32768);
		String magnetHash = TestTorrents.infoHash(other);
		assertThat(this.mvc.post()
			.uri("/command/download")
			.param("urls", "magnet:?xt=urn:btih:" + magnetHash + "&dn=other")
			.param("category", "tv")
			.param("paused", "True")
			.header("Cookie", cookie)).hasStatusOk().bodyText().isEqualTo("Ok.");

		// poll until both are listed under the category
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<String> hashes = JsonPath.read(get("/query/torrents?label=tv&category=tv", cookie), "$[*].hash");
			assertThat(hashes).containsExactlyInAnyOrder(fileHash, magnetHash);
		});
		String torrents = get("/query/torrents?category=tv&sort=name", cookie);
		List<Map<String, Object>> matching = JsonPath.read(torrents, "$[?(@.hash == '" + fileHash + "')]");
		assertThat(matching).hasSize(1);
		Map<String, Object> show = matching.get(0);
		assertThat(show).containsEntry("category", "tv")
			.containsEntry("name", "show.mkv")
			.containsEntry("size", 100_000)
			.containsKeys("state", "eta", "progress", "ratio", "save_path", "priority", "num_seeds", "seq_dl")
			.doesNotContainKeys("content_path", "infohash_v1", "stopped", "has_metadata");
		assertThat(this.engine.categories()).containsKey("tv");

		// properties and files of the added file; an unknown hash is an empty 200
		String properties = get("/query/propertiesGeneral/" + fileHash, cookie);
		assertThat((String) JsonPath.read(properties, "$.save_path")).isNotEmpty();
		assertThat((Integer) JsonPath.read(properties, "$.piece_size")).isEqualTo(32768);
		String files = get("/query/propertiesFiles/" + fileHash, cookie);
		assertThat((List<String>) JsonPath.read(files, "$[*].name")).containsExactly("show.mkv");
		assertThat((List<Integer>) JsonPath.read(files, "$[*].size")).containsExactly(100_000);
		assertThat(get("/query/propertiesGeneral/" + "0".repeat(40), cookie)).isEmpty();

		// after import: category, priority, force start
		assertThat(post("/command/setCategory", cookie, "hashes", fileHash, "category", "tv-imported")).hasStatusOk();
		assertThat(this.engine.get(TorrentId.parse(fileHash)).category()).isEqualTo("tv-imported");
		EngineSettings settings = this.engine.settings();
		this.engine.applySettings(settings.toBuilder().queueingEnabled(false).build());
		assertThat(post("/command/topPrio", cookie, "hashes", fileHash)).hasStatus(403);
		this.engine.applySettings(settings.toBuilder().queueingEnabled(true).build());
		assertThat(post("/command/topPrio", cookie, "hashes", magnetHash)).hasStatusOk();
		assertThat(post("/command/setForceStart", cookie, "hashes", fileHash, "value", "true")).hasStatusOk();
		assertThat(this.engine.get(TorrentId.parse(fileHash)).forceStart()).isTrue();

		// removal with data
		assertThat(post("/command/deletePerm", cookie, "hashes", fileHash + "|" + magnetHash)).hasStatusOk();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(get("/query/torrents?category=tv", cookie)).isEqualTo("[]"));
		assertThat(this.engine.find(TorrentId.parse(fileHash))).isEmpty();
		assertThat(this.engine.find(TorrentId.parse(magnetHash))).isEmpty();
	}

	private String get(String uri, String cookie) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).header("Cookie", cookie).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private MvcTestResult post(String uri, String cookie, String... params) {
		var request = this.mvc.post().uri(uri).header("Cookie", cookie);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

}
