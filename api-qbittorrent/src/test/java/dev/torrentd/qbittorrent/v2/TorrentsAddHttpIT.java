package dev.torrentd.qbittorrent.v2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code torrents/add} over real HTTP, so that the servlet container and Spring parse the
 * multipart body as they will in production (MockMvc skips that).
 */
@SpringBootTest(classes = QbTestServer.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class TorrentsAddHttpIT {

	private static final String BOUNDARY = "----torrentdBoundary7MA4YWxkTrZu0gW";

	@LocalServerPort
	int port;

	@Autowired
	TorrentEngine engine;

	@TempDir
	Path content;

	@Test
	@DisplayName("every file part is a .torrent whatever its field name (Sonarr: torrents, @ctrl/qbittorrent: file)")
	void everyFilePartIsATorrentWhateverItsFieldName() throws Exception {
		byte[] first = TestTorrents.metainfo(TestTorrents.randomFile(this.content.resolve("one.bin"), 50_000, 1),
				32768);
		byte[] second = TestTorrents.metainfo(TestTorrents.randomFile(this.content.resolve("two.bin"), 50_000, 2),
				32768);
		Multipart body = new Multipart().file("torrents", "one.torrent", first)
			.file("file", "two.torrent", second)
			.text("stopped", "True")
			.text("category", "http-it")
			.text("foo", "bar");

		HttpResponse<String> response = send(body);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("Ok.");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
		for (byte[] metainfo : new byte[][] { first, second }) {
			var torrent = this.engine.get(TorrentId.parse(TestTorrents.infoHash(metainfo)));
			assertThat(torrent.isStopped()).isTrue();
			assertThat(torrent.category()).isEqualTo("http-it");
		}
	}

	@Test
	void anInvalidUploadedFileIsUnsupportedMediaType() throws Exception {
		HttpResponse<String> response = send(
				new Multipart().file("torrents", "bad.torrent", "not bencode".getBytes(StandardCharsets.US_ASCII)));
		assertThat(response.statusCode()).isEqualTo(415);
		assertThat(response.body()).isEqualTo("Error: 'bad.torrent' is not a valid torrent file.");
	}

	private HttpResponse<String> send(Multipart body) throws IOException, InterruptedException {
		String basic = Base64.getEncoder()
			.encodeToString((QbTestServer.USERNAME + ":" + QbTestServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v2/torrents/add"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A multipart/form-data body as HTTP clients write it. */
	private static final class Multipart {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Multipart file(String field, String filename, byte[] bytes) {
			write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
					+ "\"\r\nContent-Type: application/x-bittorrent\r\n\r\n");
			this.out.writeBytes(bytes);
			write("\r\n");
			return this;
		}

		Multipart text(String field, String value) {
			write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		byte[] bytes() {
			write("--" + BOUNDARY + "--\r\n");
			return this.out.toByteArray();
		}

		private void write(String text) {
			this.out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
