package dev.torrentd.qbittorrent.legacy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * qBittorrent 3.1's HTTP Digest on {@code /json/*} and {@code /command/*}: the challenge,
 * {@code curl --digest}, a hand-written RFC 2617 client, and the refusals (no header, a
 * wrong password, a replayed nonce with a wrong response); then the human-readable
 * {@code /json/*} answers for a real torrent.
 */
@SpringBootTest(classes = QbTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegacyDigestIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	TorrentEngine engine;

	@TempDir
	Path dir;

	@Test
	void withoutCredentialsTheAnswerIsA401DigestChallenge() throws Exception {
		HttpResponse<String> response = send("GET", "/json/torrents", null);
		assertThat(response.statusCode()).isEqualTo(401);
		Map<String, String> challenge = challenge(response);
		assertThat(challenge).containsEntry("realm", "Web UI Access")
			.containsEntry("qop", "auth")
			.containsEntry("algorithm", "MD5")
			.containsKeys("nonce", "opaque");
		HttpResponse<String> again = send("GET", "/json/torrents", null);
		assertThat(challenge(again).get("opaque")).isNotEqualTo(challenge.get("opaque"));
		assertThat(send("POST", "/command/pauseall", null).statusCode()).isEqualTo(401);
	}

	@Test
	void curlDigestReadsTheTorrentList() throws Exception {
		ProcessBuilder builder = new ProcessBuilder("curl", "-s", "--digest", "-u",
				QbTestServer.USERNAME + ":" + QbTestServer.PASSWORD, "-w", "\n%{http_code}",
				"http://127.0.0.1:" + this.port + "/json/torrents")
			.redirectError(ProcessBuilder.Redirect.DISCARD);
		// the test JVM's libjsig preload is for Java only
		builder.environment().remove("LD_PRELOAD");
		Process curl = builder.start();
		assertThat(curl.waitFor(30, TimeUnit.SECONDS)).isTrue();
		String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(out).endsWith("\n200");
		assertThat(JSON.readTree(out.substring(0, out.lastIndexOf('\n'))).isArray()).isTrue();
	}

	@Test
	void aJavaDigestClientIsLetInAndWrongResponsesAreRefused() throws Exception {
		Map<String, String> challenge = challenge(send("GET", "/json/transferInfo", null));
		HttpResponse<String> ok = send("GET", "/json/transferInfo",
				authorization(challenge, "GET", "/json/transferInfo", QbTestServer.PASSWORD, "00000001"));
		assertThat(ok.statusCode()).isEqualTo(200);
		assertThat(ok.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/javascript"));
		assertThat(JSON.readTree(ok.body()).get("dl_info").asString()).matches("D: [0-9.]+ [KMGTPE]?i?B/s - T: .+");
		HttpResponse<String> wrong = send("GET", "/json/transferInfo",
				authorization(challenge, "GET", "/json/transferInfo", "not-the-password", "00000002"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((h) -> assertThat(h).startsWith("Digest "));
		String replayed = authorization(challenge, "GET", "/json/transferInfo", QbTestServer.PASSWORD, "00000003")
			.replaceAll("response=\"[0-9a-f]+\"", "response=\"" + "0".repeat(32) + "\"");
		assertThat(send("GET", "/json/transferInfo", replayed).statusCode()).isEqualTo(401);
		Map<String, String> forged = new LinkedHashMap<>(challenge);
		forged.put("nonce", "bm90LWEtc2VydmVyLW5vbmNl");
		assertThat(send("GET", "/json/transferInfo",
				authorization(forged, "GET", "/json/transferInfo", QbTestServer.PASSWORD, "00000004"))
			.statusCode()).isEqualTo(401);
	}

	@Test
	void aTorrentReadsAsQbittorrent31WroteIt() throws Exception {
		Path file = TestTorrents.randomFile(this.dir.resolve("legacy.bin"), 300 * 1024, 5);
		byte[] metainfo = TestTorrents.metainfo(file, 16 * 1024);
		String hash = TestTorrents.infoHash(metainfo);
		this.engine.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().stopped(true).build());
		JsonNode row = null;
		for (JsonNode t : JSON.readTree(digest("GET", "/json/torrents").body())) {
			if (t.get("hash").asString().equals(hash)) {
				row = t;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("size").asString()).isEqualTo("300.0 KiB");
		assertThat(row.get("dlspeed").asString()).isEqualTo("0 B/s");
		assertThat(row.get("num_seeds").isString()).isTrue();
		assertThat(row.get("eta").asString()).isEqualTo("∞");
		assertThat(row.get("state").asString()).isEqualTo("pausedDL");
		JsonNode general = JSON.readTree(digest("GET", "/json/propertiesGeneral/" + hash).body());
		assertThat(general.get("piece_size").asString()).isEqualTo("16.0 KiB");
		assertThat(general.get("up_limit").asString()).isEqualTo("∞");
		JsonNode files = JSON.readTree(digest("GET", "/json/propertiesFiles/" + hash).body());
		assertThat(files.get(0).get("name").asString()).isEqualTo("legacy.bin");
		assertThat(files.get(0).get("priority").asInt()).isEqualTo(1);
		assertThat(files.get(0).get("is_seed").asBoolean()).isFalse();
		assertThat(digest("GET", "/json/propertiesGeneral/" + "0".repeat(40)).body()).isEmpty();
		assertThat(digest("GET", "/json/propertiesFiles/nothex").body()).isEmpty();
		assertThat(digest("GET", "/json/propertiesTrackers/" + "0".repeat(40)).body()).isEqualTo("[]");
		assertThat(JSON.readTree(digest("GET", "/json/preferences").body()).has("save_path")).isTrue();
	}

	@Test
	void commandsAnswer200WhateverHappensAs31Did() throws Exception {
		DigestClient client = client();
		HttpResponse<String> download = client.send("POST", "/command/download", "urls=not-a-link");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEmpty();
		HttpResponse<String> pause = client.send("POST", "/command/pause", "hash=" + "0".repeat(40));
		assertThat(pause.statusCode()).isEqualTo(200);
		assertThat(pause.body()).isEmpty();
		HttpResponse<String> limit = client.send("POST", "/command/getGlobalDlLimit", "");
		assertThat(limit.statusCode()).isEqualTo(200);
		assertThat(limit.body()).matches("[0-9]+");
		String boundary = "----legacy" + System.nanoTime();
		String multipart = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\"x.torrent\"\r\n"
				+ "Content-Type: application/x-bittorrent\r\n\r\nnot bencoding\r\n--" + boundary + "--\r\n";
		java.util.Map<String, String> challenge = challenge(send("POST", "/command/upload", null));
		HttpResponse<String> upload = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/command/upload"))
				.header("Authorization",
						client.authorization(challenge, "POST", "/command/upload", QbTestServer.PASSWORD))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString(multipart))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(upload.statusCode()).isEqualTo(200);
		assertThat(upload.body()).isEqualTo(LegacyCommandReplies.UPLOAD_REPLY);
	}

	private HttpResponse<String> digest(String method, String path) throws Exception {
		HttpResponse<String> response = client().send(method, path, null);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response;
	}

	private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
		return client().send(method, path, authorization, null);
	}

	private DigestClient client() {
		return new DigestClient(this.port, QbTestServer.USERNAME, QbTestServer.PASSWORD);
	}

	private static Map<String, String> challenge(HttpResponse<String> response) {
		return DigestClient.challenge(response);
	}

	private String authorization(Map<String, String> challenge, String method, String uri, String password, String nc)
			throws Exception {
		return client().authorization(challenge, method, uri, password);
	}

}
