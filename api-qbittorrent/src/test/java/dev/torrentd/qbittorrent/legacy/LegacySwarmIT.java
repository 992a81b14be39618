package dev.torrentd.qbittorrent.legacy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.engine.libtorrent.TestEngines;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A v3.1 client downloads a real torrent: {@code /command/download} with a magnet URI
 * (Digest), the torrent comes from a seeding engine on loopback, {@code /json/torrents}
 * shows it finished with human-readable values, the bytes on disk are the seeder's, and
 * {@code /command/deletePerm} removes it with its data.
 */
@SpringBootTest(classes = QbTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegacySwarmIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration WAIT = Duration.ofSeconds(60);

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@LocalServerPort
	int port;

	@Autowired
	LibtorrentEngine engine;

	@TempDir
	Path dir;

	@Test
	void aMagnetAddedWithCommandDownloadIsFetchedFromTheSwarmAndDeletedWithItsData() throws Exception {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/episode.mkv"), 2 * 1024 * 1024, 17);
		byte[] metainfo = TestTorrents.metainfo(data, 64 * 1024);
		String hash = TestTorrents.infoHash(metainfo);
		LibtorrentEngine seeder = this.engines.start(this.dir.resolve("seeder"));
		TorrentId id = seeder
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(data.getParent()).build())
			.id();
		await().atMost(WAIT).until(() -> seeder.get(id).state() == TorrentState.SEEDING);
		var peer = TestEngines.address(seeder);
		String magnet = "magnet:?xt=urn:btih:" + hash + "&dn=episode.mkv&x.pe=127.0.0.1:" + peer.getPort();
		DigestClient client = new DigestClient(this.port, QbTestServer.USERNAME, QbTestServer.PASSWORD);

		HttpResponse<String> added = client.send("POST", "/command/download",
				"urls=" + URLEncoder.encode(magnet, StandardCharsets.UTF_8));
		assertThat(added.statusCode()).isEqualTo(200);
		this.engine.addPeers(List.of(id), List.of(peer));

		AtomicReference<JsonNode> row = new AtomicReference<>();
		await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
			for (JsonNode t : JSON.readTree(client.send("GET", "/json/torrents", null).body())) {
				if (t.get("hash").asString().equals(hash) && t.get("progress").asDouble() == 1.0) {
					row.set(t);
					return true;
				}
			}
			return false;
		});
		assertThat(row.get().get("size").asString()).isEqualTo("2.0 MiB");
		assertThat(row.get().get("state").asString()).isIn("uploading", "stalledUP", "queuedUP");
		assertThat(row.get().get("eta").asString()).isEqualTo("∞");
		Path saved = this.engine.get(id).savePath().resolve("episode.mkv");
		assertThat(saved).hasSameBinaryContentAs(data);

		assertThat(client.send("POST", "/command/deletePerm", "hashes=" + hash).statusCode()).isEqualTo(200);
		await().atMost(WAIT).until(() -> this.engine.find(id).isEmpty() && !saved.toFile().exists());
	}

}
