package dev.torrentd.utorrent;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.engine.libtorrent.TestEngines;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The µTorrent dialect on a real swarm: a second libtorrent engine on 127.0.0.1 seeds a
 * file (upload-limited, so that the download lasts long enough to see the seeder in
 * {@code getpeers}); a client does what the reference WebUI and utorrentctl do — the
 * token handshake, {@code add-file}, {@code setprops label}, polling {@code list=1} with
 * the cache id until the torrent is finished and seeding — and then reads the file back
 * through {@code /proxy} with a Range request, checks the getfiles/getpeers/getprops
 * shapes (µTorrent Server manual, utorrent-webui spec §2.8, §2.9, §2.5) and removes the
 * torrent with its data.
 */
@SpringBootTest(classes = UtTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GuiSwarmIT {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final Pattern TOKEN = Pattern.compile(">([^<]+)<");

	private static final int FILE_SIZE = 1024 * 1024 + 4321;

	/** The seeder's upload limit: the 1 MiB file takes about four seconds. */
	private static final long SEEDER_LIMIT = 256 * 1024;

	private static final int CHECKED = 8;

	private static final int LOADED = 128;

	private static final int STARTED = 1;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@LocalServerPort
	int port;

	/** Only to tell the seeder where to dial: there is no tracker or DHT on loopback. */
	@Autowired
	LibtorrentEngine engine;

	private @Nullable String token;

	private @Nullable String guid;

	@Test
	void aTorrentAddedThroughTheGuiDownloadsFromTheSwarmIsReadThroughTheProxyAndRemovedWithItsData(@TempDir Path work)
			throws Exception {
		Path content = TestTorrents.randomFile(work.resolve("seed/Swarm.Episode.mkv"), FILE_SIZE, 71);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		String hash = TestTorrents.infoHash(metainfo).toUpperCase(Locale.ROOT);
		byte[] expected = Files.readAllBytes(content);

		try (LibtorrentEngine seeder = TestEngines.open(work.resolve("seeder"),
				TestEngines.loopbackSettings(work.resolve("seeder/downloads"))
					.toBuilder()
					.uploadLimit(SEEDER_LIMIT)
					.rateLimitLocalPeers(true)
					.build())) {
			TorrentId seeded = seeder
				.add(new TorrentSource.MetainfoFile(metainfo),
						AddOptions.builder().savePath(content.getParent()).build())
				.id();
			await().atMost(Duration.ofSeconds(30)).until(() -> seeder.get(seeded).state() == TorrentState.SEEDING);

			handshake();
			JsonNode first = json("list=1");
			assertThat(first.get("torrents")).isEmpty();
			String cid = first.get("torrentc").asString();

			JsonNode added = addFile("Swarm.Episode.torrent", metainfo);
			assertThat(added.toString()).as("add-file answers exactly {\"build\":N}").matches("\\{\"build\":\\d+\\}");
			json("action=setprops&hash=" + hash + "&s=label&v=swarm");

			// the poll, as the reference WebUI does it: list=1&cid=<last torrentc>,
			// merging torrentp/torrentm into the rows it has; getpeers on the way
			Map<String, JsonNode> rows = new LinkedHashMap<>();
			AtomicReference<String> lastCid = new AtomicReference<>(cid);
			AtomicReference<@Nullable JsonNode> peerSeen = new AtomicReference<>();
			JsonNode finished = await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(300))
				.until(() -> {
					seeder.addPeers(List.of(seeded), List.of(TestEngines.address(this.engine)));
					JsonNode answer = json("list=1&cid=" + lastCid.get());
					merge(rows, answer);
					lastCid.set(answer.get("torrentc").asString());
					JsonNode row = rows.get(hash);
					if (row != null && row.get(4).asInt() < 1000) {
						JsonNode peers = json("action=getpeers&hash=" + hash).get("peers");
						if (peers.size() == 2 && !peers.get(1).isEmpty() && peerSeen.get() == null) {
							peerSeen.set(peers);
						}
					}
					return row;
				}, (row) -> row != null && finishedAndSeeding(row));

			// the row: 29 columns, the label, the save path of the data
			assertThat(finished.size()).isEqualTo(29);
			assertThat(finished.get(0).asString()).isEqualTo(hash);
			assertThat(finished.get(2).asString()).isEqualTo("Swarm.Episode.mkv");
			assertThat(finished.get(3).asLong()).isEqualTo(FILE_SIZE);
			assertThat(finished.get(11).asString()).isEqualTo("swarm");
			assertThat(finished.get(18).asLong()).as("remaining").isZero();
			Path savePath = Path.of(finished.get(26).asString());
			Path onDisk = savePath.getFileName().toString().equals("Swarm.Episode.mkv") ? savePath
					: savePath.resolve("Swarm.Episode.mkv");
			assertThat(onDisk).hasSameBinaryContentAs(content);

			peersHaveTheirShape(peerSeen.get(), hash);
			// the engine refreshes file progress every 1.5 s at most: getfiles may lag
			// the list by that much
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(300))
				.untilAsserted(() -> filesHaveTheirShape(hash));
			propsHaveTheirShape(hash);
			proxyServesRanges(hash, expected);

			// the byte counters follow the engine's once-a-second statistics: the
			// downloaded column catches up with the completed download
			await().atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(300))
				.untilAsserted(() -> assertThat(json("list=1").get("torrents").get(0).get(5).asLong())
					.as("downloaded (column 5)")
					.isGreaterThanOrEqualTo(FILE_SIZE));

			// removedata: gone from the next list, and the data from the disk
			json("action=removedata&hash=" + hash);
			assertThat(json("list=1").get("torrents")).isEmpty();
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(onDisk).doesNotExist());
		}
	}

	/** The seeder as torrentd saw it while downloading: 22 columns per row. */
	private static void peersHaveTheirShape(@Nullable JsonNode peers, String hash) {
		assertThat(peers).as("getpeers listed the seeder at least once during the download").isNotNull();
		assertThat(peers.get(0).asString()).isEqualTo(hash);
		JsonNode seeder = null;
		for (JsonNode peer : peers.get(1)) {
			assertThat(peer.size()).as("columns of peer %s", peer).isEqualTo(22);
			for (int i : List.of(0, 1, 2, 5, 6)) {
				assertThat(peer.get(i).isString()).as("peer column %d of %s is a string", i, peer).isTrue();
			}
			for (int i = 7; i < 22; i++) {
				assertThat(peer.get(i).isIntegralNumber()).as("peer column %d of %s is an integer", i, peer).isTrue();
			}
			assertThat(peer.get(3).isIntegralNumber()).as("utp of %s", peer).isTrue();
			assertThat(peer.get(4).isIntegralNumber()).as("port of %s", peer).isTrue();
			if (peer.get(1).asString().equals("127.0.0.1")) {
				seeder = peer;
			}
		}
		assertThat(seeder).as("the seeder at 127.0.0.1 in %s", peers).isNotNull();
		assertThat(seeder.get(7).asInt()).as("the seeder's progress, per mille").isEqualTo(1000);
	}

	/** getfiles: the hash, then one 13-column row, downloaded = size, priority normal. */
	private void filesHaveTheirShape(String hash) throws Exception {
		JsonNode files = json("action=getfiles&hash=" + hash.toLowerCase(Locale.ROOT)).get("files");
		assertThat(files.size()).isEqualTo(2);
		assertThat(files.get(0).asString()).as("the hash echoed upper-case").isEqualTo(hash);
		assertThat(files.get(1)).hasSize(1);
		JsonNode file = files.get(1).get(0);
		assertThat(file.size()).as("columns of %s", file).isEqualTo(13);
		assertThat(file.get(0).asString()).isEqualTo("Swarm.Episode.mkv");
		for (int i = 1; i <= 5; i++) {
			assertThat(file.get(i).isIntegralNumber()).as("file column %d of %s is an integer", i, file).isTrue();
		}
		assertThat(file.get(1).asLong()).isEqualTo(FILE_SIZE);
		assertThat(file.get(2).asLong()).isEqualTo(FILE_SIZE);
		assertThat(file.get(3).asInt()).as("priority normal").isEqualTo(2);
		assertThat(file.get(4).asInt()).as("first piece").isZero();
		assertThat(file.get(5).asInt()).as("pieces").isEqualTo((FILE_SIZE + 16 * 1024 - 1) / (16 * 1024));
	}

	/** getprops: one object per hash with µTorrent's keys, integers but for two. */
	private void propsHaveTheirShape(String hash) throws Exception {
		JsonNode props = json("action=getprops&hash=" + hash).get("props");
		assertThat(props).hasSize(1);
		JsonNode p = props.get(0);
		assertThat(p.get("hash").asString()).isEqualTo(hash);
		assertThat(p.get("trackers").isString()).as("trackers in %s", p).isTrue();
		for (String key : List.of("ulrate", "dlrate", "superseed", "dht", "pex", "seed_override", "seed_ratio",
				"seed_time", "ulslots")) {
			assertThat(p.get(key)).as("%s in %s", key, p).isNotNull();
			assertThat(p.get(key).isIntegralNumber()).as("%s in %s is an integer", key, p).isTrue();
		}
	}

	/**
	 * {@code /proxy?id=<hash>&file=0}: whole, a Range (206 with Content-Range and exactly
	 * those bytes), a Range past the end (416), and nothing without credentials (401).
	 */
	private void proxyServesRanges(String hash, byte[] expected) throws Exception {
		String path = "/proxy?id=" + hash + "&file=0";
		HttpResponse<byte[]> whole = bytes(request(path, true).GET().build());
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo(expected);

		HttpResponse<byte[]> range = bytes(request(path, true).header("Range", "bytes=10-99").GET().build());
		assertThat(range.statusCode()).isEqualTo(206);
		assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 10-99/" + expected.length);
		assertThat(range.body()).isEqualTo(Arrays.copyOfRange(expected, 10, 100));

		HttpResponse<byte[]> beyond = bytes(
				request(path, true).header("Range", "bytes=" + (expected.length + 10) + "-" + (expected.length + 99))
					.GET()
					.build());
		assertThat(beyond.statusCode()).isEqualTo(416);

		HttpResponse<byte[]> anonymous = bytes(request(path, false).GET().build());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"uTorrent\"");
	}

	/** Finished (progress 1000, nothing remaining), loaded and checked, and started. */
	private static boolean finishedAndSeeding(JsonNode row) {
		int status = row.get(1).asInt();
		return row.get(4).asInt() == 1000 && row.get(18).asLong() == 0 && (status & LOADED) != 0
				&& (status & CHECKED) != 0 && (status & STARTED) != 0;
	}

	private static void merge(Map<String, JsonNode> rows, JsonNode answer) {
		if (answer.has("torrents")) {
			rows.clear();
			answer.get("torrents").forEach((row) -> rows.put(row.get(0).asString(), row));
		}
		else {
			assertThat(answer.get("torrentp")).as("torrentp in %s", answer).isNotNull();
			assertThat(answer.get("torrentm")).as("torrentm in %s", answer).isNotNull();
			answer.get("torrentp").forEach((row) -> rows.put(row.get(0).asString(), row));
			answer.get("torrentm").forEach((removed) -> rows.remove(removed.asString()));
		}
	}

	/** token.html: the token by the WebUI's regex, the GUID cookie kept. */
	private void handshake() throws Exception {
		HttpResponse<String> page = this.http.send(
				request("/gui/token.html?t=" + System.currentTimeMillis(), true).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher matcher = TOKEN.matcher(page.body());
		assertThat(matcher.find()).as("a token in %s", page.body()).isTrue();
		this.token = matcher.group(1);
		String cookie = page.headers().firstValue("Set-Cookie").orElse("");
		assertThat(cookie).startsWith("GUID=");
		this.guid = cookie.substring(0, (cookie.indexOf(';') < 0) ? cookie.length() : cookie.indexOf(';'));
	}

	private JsonNode json(String query) throws Exception {
		HttpResponse<String> response = this.http.send(
				request("/gui/?token=" + this.token + "&" + query, true).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return json(response);
	}

	/**
	 * The WebUI's add form: POST multipart, part torrent_file, token and action in the
	 * query.
	 */
	private JsonNode addFile(String filename, byte[] metainfo) throws Exception {
		String boundary = "----torrentdGuiSwarm" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrent_file\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/x-bittorrent\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(metainfo);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http
			.send(request("/gui/?token=" + this.token + "&action=add-file&download_dir=0&path=", true)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		return json(response);
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(200);
		assertThat(response.body()).as("%s", response.uri()).startsWith("{\"build\":");
		return JSON.readTree(response.body());
	}

	private HttpResponse<byte[]> bytes(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest.Builder request(String pathAndQuery, boolean credentials) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.timeout(Duration.ofSeconds(30));
		if (credentials) {
			builder.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(
						(UtTestServer.USERNAME + ":" + UtTestServer.PASSWORD).getBytes(StandardCharsets.UTF_8)));
			if (this.guid != null) {
				builder.header("Cookie", this.guid);
			}
		}
		return builder;
	}

}
