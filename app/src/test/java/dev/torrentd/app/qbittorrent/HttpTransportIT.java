package dev.torrentd.app.qbittorrent;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import dev.torrentd.app.LoopbackServer;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that real qBittorrent takes and Tomcat's defaults refuse: one
 * {@code torrents/add} with a hundred .torrent parts (Tomcat stops at 10 parts with a
 * 413), and a raw {@code |} in a query string (Tomcat answers 400).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HttpTransportIT {

	private static final String PASSWORD = "many-files-secret";

	private static final int FILES = 100;

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@Autowired
	TorrentEngine engine;

	@DynamicPropertySource
	static void loopbackServer(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
		registry.add("torrentd.auth.password", () -> PASSWORD);
	}

	@Test
	void aHundredTorrentFilesInOneAddAreAllAdded() throws Exception {
		String boundary = "----torrentd" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			Path data = TestTorrents.randomFile(dir.resolve("data/t" + i + ".bin"), 16 * 1024, i);
			hashes.add(TestTorrents.infoHash(TestTorrents.metainfo(data, 16 * 1024)));
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\"t" + i
					+ ".torrent\"\r\nContent-Type: application/x-bittorrent\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(TestTorrents.metainfo(data, 16 * 1024));
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"stopped\"\r\n\r\ntrue\r\n--"
				+ boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> added = send(
				request("/api/v2/torrents/add").header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

		assertThat(added.statusCode()).isEqualTo(200);
		assertThat(added.body()).isEqualTo("Ok.");
		HttpResponse<String> info = send(request("/api/v2/torrents/info").GET());
		assertThat(JsonMapper.shared().readTree(info.body()).findValuesAsString("hash")).containsAll(hashes);
	}

	@Test
	void aTruncatedMultipartBodyIsAPlainBadRequest() throws Exception {
		HttpResponse<String> answer = send(request("/api/v2/torrents/add")
			.header("Content-Type", "multipart/form-data; boundary=----cut")
			.POST(HttpRequest.BodyPublishers.ofString(
					"------cut\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\"x.torrent\"\r\n\r\nd8:ann")));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		assertThat(answer.body()).isEqualTo("Bad Request");
	}

	@Test
	void largeAnswersAreGzippedForClientsThatAskAndPlainForTheOthers() throws Exception {
		HttpResponse<byte[]> gzipped = HttpClient.newHttpClient()
			.send(request("/api/v2/app/preferences").header("Accept-Encoding", "gzip").build(),
					HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<String> plain = send(request("/api/v2/app/preferences").GET());

		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
		}
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body()).startsWith("{").contains("\"save_path\"");
	}

	@Test
	void aHashListWithARawPipeInTheQueryIsAccepted() throws Exception {
		Path data = TestTorrents.randomFile(dir.resolve("data/piped.bin"), 16 * 1024, 4242);
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		String known = TestTorrents.infoHash(metainfo);
		this.engine.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().stopped(true).build());
		// java.net.URI refuses a raw '|', so the request is written by hand as curl and
		// scripts send it
		String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.getOutputStream()
				.write(("GET /api/v2/torrents/info?hashes=" + known + "|" + "1".repeat(40)
						+ " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + auth
						+ "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 200").contains("\"hash\":\"" + known + "\"");
			assertThat(answer.split("\"hash\":", -1)).as("one torrent listed").hasSize(2);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
