package dev.torrentd.utorrent.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.utorrent.UtTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * utserver.conf settings as a client sees them over HTTP:
 * {@code localhost_authentication: 0} (loopback needs no credentials),
 * {@code token_auth_filter: remote} (nor a token), the {@code dir_download} list and
 * {@code download_dir}/{@code path} of an add, copies in {@code dir_torrent_files} that
 * {@code removetorrent} deletes, and {@code wipl.utmr} clearing an IP restriction that
 * locked the user out.
 */
@SpringBootTest(classes = UtTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UtserverOverHttpIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	TorrentEngine engine;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void utserverConf(DynamicPropertyRegistry registry) throws Exception {
		Files.createDirectories(dir.resolve("requests"));
		Files.writeString(dir.resolve("utserver.conf"), """
				localhost_authentication: 0
				token_auth_filter: remote
				dir_download: %s
				dir_download: %s
				dir_torrent_files: %s
				dir_request: %s
				""".formatted(dir.resolve("movies"), dir.resolve("tv"), dir.resolve("torrents"),
				dir.resolve("requests")));
		registry.add("torrentd.utorrent.config-file", () -> dir.resolve("utserver.conf").toString());
	}

	@Test
	void loopbackNeedsNeitherCredentialsNorAToken() throws Exception {
		HttpResponse<String> token = get("/gui/token.html");
		assertThat(token.statusCode()).isEqualTo(200);
		HttpResponse<String> list = get("/gui/?list=1");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(list.body()).has("torrents")).isTrue();
	}

	@Test
	void addsGoToTheChosenDownloadDirAndSubPathAndKeepACopyUntilRemovetorrent() throws Exception {
		JsonNode dirs = JSON.readTree(get("/gui/?action=list-dirs").body()).get("download-dirs");
		assertThat(dirs.size()).isEqualTo(3);
		assertThat(dirs.get(2).get("path").asString()).isEqualTo(dir.resolve("tv").toString());
		Path content = TestTorrents.randomFile(dir.resolve("src/Show.S01E01.mkv"), 30_000, 11);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		String hash = TestTorrents.infoHash(metainfo);
		assertThat(addFile(metainfo,
				"?action=add-file&download_dir=2&path=" + URLEncoder.encode("Show/Season 1", StandardCharsets.UTF_8))
			.body()).isEqualTo("{\"build\":30470}");
		assertThat(this.engine.get(TorrentId.parse(hash)).savePath()).isEqualTo(dir.resolve("tv/Show/Season 1"));
		Path copy = dir.resolve("torrents/Show.S01E01.mkv.torrent");
		assertThat(copy).hasBinaryContent(metainfo);
		get("/gui/?action=removetorrent&hash=" + hash.toUpperCase(Locale.ROOT));
		assertThat(copy).doesNotExist();
		assertThat(this.engine.find(TorrentId.parse(hash))).isEmpty();
	}

	@Test
	void wiplUtmrClearsARestrictionThatLockedTheUserOut() throws Exception {
		get("/gui/?action=setsetting&s=webui.restrict&v=10.9.8.7");
		assertThat(get("/gui/?list=1").statusCode()).isEqualTo(403);
		Files.writeString(dir.resolve("requests/wipl.utmr"), "");
		await().atMost(Duration.ofSeconds(15)).until(() -> get("/gui/?list=1").statusCode() == 200);
		assertThat(dir.resolve("requests/wipl.utmr")).doesNotExist();
	}

	private HttpResponse<String> addFile(byte[] metainfo, String query) throws Exception {
		String boundary = "----ut" + System.nanoTime();
		byte[] head = ("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"torrent_file\"; filename=\"a.torrent\"\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + metainfo.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(metainfo, 0, body, head.length, metainfo.length);
		System.arraycopy(tail, 0, body, head.length + metainfo.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/gui/" + query))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
