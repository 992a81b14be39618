package dev.torrentd.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import dev.torrentd.app.utorrent.SonarrGuiClient;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.torrentd.app.utorrent.SonarrGuiClient.rfc3986;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One engine behind both dialects: a torrent added through the µTorrent WebUI API with a
 * label is the same torrent in the qBittorrent Web API, its label a category; a category
 * set through qBittorrent is the µTorrent label; a torrent removed through one is gone
 * from the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class BothDialectsIT {

	private static final String PASSWORD = "both-dialects-secret";

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void loopbackServer(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
		registry.add("torrentd.auth.password", () -> PASSWORD);
	}

	@Test
	void aTorrentLabelledThroughTheGuiIsCategorisedInQbittorrentAndBack(@TempDir Path work) throws Exception {
		// the content stays outside the server's folders: the torrent just waits for
		// peers
		byte[] metainfo = TestTorrents
			.metainfo(TestTorrents.randomFile(work.resolve("Some.Movie.2019.1080p.mkv"), 200 * 1024, 81), 16 * 1024);
		String hash = TestTorrents.infoHash(metainfo).toLowerCase(Locale.ROOT);
		String upper = hash.toUpperCase(Locale.ROOT);
		SonarrGuiClient gui = new SonarrGuiClient(baseUrl(), "admin", PASSWORD);
		gui.authenticate();
		QbWebClient qb = new QbWebClient(baseUrl()).login("admin", PASSWORD);

		gui.addFile("Some.Movie.2019.1080p", metainfo);
		gui.json("action=setprops&hash=" + upper + "&s=label&v=movies");

		// qBittorrent sees it, with the label as its category
		JsonNode info = qb.json("/api/v2/torrents/info?category=movies");
		assertThat(info).hasSize(1);
		JsonNode torrent = info.get(0);
		assertThat(torrent.get("hash").asString()).isEqualTo(hash);
		assertThat(torrent.get("category").asString()).isEqualTo("movies");
		JsonNode row = row(gui, upper);
		assertThat(torrent.get("name").asString()).isEqualTo(row.get(2).asString())
			.isEqualTo("Some.Movie.2019.1080p.mkv");
		assertThat(torrent.get("size").asLong()).isEqualTo(row.get(3).asLong()).isEqualTo(200 * 1024);
		assertThat(Path.of(torrent.get("save_path").asString())).isEqualTo(Path.of(row.get(26).asString()));

		// a category set through qBittorrent is the µTorrent label
		assertThat(qb.post("/api/v2/torrents/createCategory", "category=tv-shows").statusCode()).isEqualTo(200);
		assertThat(qb.post("/api/v2/torrents/setCategory", "hashes=" + hash + "&category=tv-shows").statusCode())
			.isEqualTo(200);
		JsonNode list = gui.json("list=1");
		assertThat(row(list, upper).get(11).asString()).isEqualTo("tv-shows");
		assertThat(list.get("label").toString()).as("the label list").contains("[\"tv-shows\",1]");
		assertThat(qb.json("/api/v2/torrents/info?category=movies")).isEmpty();

		// removed through qBittorrent: gone from the µTorrent list
		assertThat(qb.post("/api/v2/torrents/delete", "hashes=" + hash + "&deleteFiles=true").statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(gui.json("list=1").get("torrents")).isEmpty());
	}

	private static JsonNode row(SonarrGuiClient gui, String hash) throws Exception {
		return row(gui.json("list=1"), hash);
	}

	private static JsonNode row(JsonNode list, String hash) {
		for (JsonNode row : list.get("torrents")) {
			if (row.get(0).asString().equals(hash)) {
				return row;
			}
		}
		throw new AssertionError("no row " + hash + " in " + list);
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}
