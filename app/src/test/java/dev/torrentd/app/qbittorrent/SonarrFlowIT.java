package dev.torrentd.app.qbittorrent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.torrentd.app.LoopbackServer;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sonarr driving torrentd's qBittorrent API over real HTTP, request for request as
 * Sonarr's {@code QBittorrentProxyV2} does (spec arr-clients.md §1, §3, §4.a–4.e): no
 * Accept, no Referer, a pre-emptive {@code Authorization: Basic} on every request, .NET
 * booleans ({@code False}), RFC 3986 form encoding, a hand-built multipart upload. The
 * torrents come from a real swarm: a second libtorrent engine on 127.0.0.1 seeds a
 * single-file episode (added as a .torrent) and a multi-file season pack (added as a
 * magnet, whose metadata must arrive from that peer).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SonarrFlowIT {

	private static final String PASSWORD = "sonarr-flow-secret";

	private static final String CATEGORY = "tv-sonarr";

	/** The states Sonarr maps to "Completed" (arr-clients.md §4.c). */
	private static final List<String> COMPLETED = List.of("uploading", "stalledUP", "queuedUP", "forcedUP", "stoppedUP",
			"pausedUP");

	private static final JsonMapper JSON = JsonMapper.shared();

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	/** Only to tell the seeder where to dial: there is no tracker or DHT on loopback. */
	@Autowired
	LibtorrentEngine engine;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** The cookie cached from the login, reduced to {@code name=value} as Sonarr does. */
	private @Nullable String cookie;

	@DynamicPropertySource
	static void loopbackServer(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
		registry.add("torrentd.auth.password", () -> PASSWORD);
	}

	@Test
	void sonarrTestsTheClientGrabsATorrentFileAndAMagnetImportsBothFromTheSwarmAndRemovesThem(@TempDir Path work)
			throws Exception {
		Path episode = TestTorrents.randomFile(work.resolve("seed/Show.Name.S01E01.1080p.mkv"), 1536 * 1024 + 321, 11);
		Path pack = work.resolve("seed/Show.Name.S01E02-E03.1080p");
		TestTorrents.randomFile(pack.resolve("Show.Name.S01E02.mkv"), 700 * 1024 + 5, 12);
		TestTorrents.randomFile(pack.resolve("Extras/Show.Name.S01E03.mkv"), 900 * 1024 + 77, 13);
		byte[] episodeTorrent = TestTorrents.metainfo(episode, 32 * 1024);
		byte[] packTorrent = TestTorrents.metainfo(pack, 32 * 1024);
		String episodeHash = TestTorrents.infoHash(episodeTorrent);
		String packHash = TestTorrents.infoHash(packTorrent);

		try (LibtorrentEngine seeder = TestEngines.open(work.resolve("seeder"))) {
			List<TorrentId> ids = List.of(seed(seeder, episodeTorrent, episode.getParent()),
					seed(seeder, packTorrent, pack.getParent()));

			String stoppedField = sonarrTestsTheClient();

			// a .torrent: multipart, file part first, then the text fields
			HttpResponse<String> addFile = postMultipart("/api/v2/torrents/add", "Show.Name.S01E01.1080p.torrent",
					episodeTorrent, "category", CATEGORY, stoppedField, "False");
			assertThat(addFile.statusCode()).isLessThan(400);
			assertThat(addFile.body()).isNotEqualTo("Fails.");
			awaitLoaded(episodeHash);

			// a magnet: Sonarr refuses one without &tr= while DHT is off, and reads the
			// preferences and version again first
			String magnet = "magnet:?xt=urn:btih:" + packHash + "&dn=" + rfc3986(pack.getFileName().toString()) + "&tr="
					+ rfc3986("http://127.0.0.1:1/announce") + "&x.pe=" + TestEngines.address(seeder).getHostString()
					+ ":" + TestEngines.address(seeder).getPort();
			assertThat(json(get("/api/v2/app/preferences")).get("dht").asBoolean())
				.as("dht off: Sonarr sends the magnet only because it has &tr=")
				.isFalse();
			assertThat(get("/api/v2/app/webapiVersion").statusCode()).isEqualTo(200);
			HttpResponse<String> addMagnet = postForm("/api/v2/torrents/add", "urls", magnet, "category", CATEGORY,
					stoppedField, "False");
			assertThat(addMagnet.statusCode()).isLessThan(400);
			assertThat(addMagnet.body()).isNotEqualTo("Fails.");
			awaitLoaded(packHash);

			// the queue poll (§4.c) until Sonarr sees both as Completed; the seeder dials
			// torrentd (again on each poll: harmless once connected)
			JsonNode completed = await().atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> {
					seeder.addPeers(ids, List.of(TestEngines.address(this.engine)));
					return json(get("/api/v2/torrents/info?category=" + CATEGORY));
				}, (list) -> list.size() == 2
						&& stream(list).allMatch((t) -> COMPLETED.contains(t.get("state").asString())));
			assertThat(stream(completed).map((t) -> t.get("hash").asString())).containsExactlyInAnyOrder(episodeHash,
					packHash);

			for (JsonNode torrent : completed) {
				readsAsSonarrsModel(torrent);
				String savePath = torrent.get("save_path").asString();
				String contentPath = torrent.get("content_path").asString();
				// equal paths would make Sonarr refuse the import (§4.c "Output path")
				assertThat(contentPath).isNotEqualTo(savePath).startsWith(savePath + "/");
				String hash = torrent.get("hash").asString();
				JsonNode properties = json(get("/api/v2/torrents/properties?hash=" + hash));
				hasType(properties, "seeding_time", JsonNode::isIntegralNumber, "an integer");
				assertThat(properties.get("save_path").asString()).isEqualTo(savePath);
				if (hash.equals(episodeHash)) {
					assertThat(Path.of(contentPath)).hasSameBinaryContentAs(episode);
					assertThat(fileNames(hash)).containsExactly("Show.Name.S01E01.1080p.mkv");
				}
				else {
					assertThat(Path.of(contentPath)).isDirectory().hasFileName(pack.getFileName().toString());
					assertThat(Path.of(contentPath, "Show.Name.S01E02.mkv"))
						.hasSameBinaryContentAs(pack.resolve("Show.Name.S01E02.mkv"));
					assertThat(Path.of(contentPath, "Extras/Show.Name.S01E03.mkv"))
						.hasSameBinaryContentAs(pack.resolve("Extras/Show.Name.S01E03.mkv"));
					assertThat(fileNames(hash)).containsExactlyInAnyOrder(
							"Show.Name.S01E02-E03.1080p/Show.Name.S01E02.mkv",
							"Show.Name.S01E02-E03.1080p/Extras/Show.Name.S01E03.mkv");
				}
			}
			// Sonarr's "is it loaded yet" probe relies on this 404
			assertThat(get("/api/v2/torrents/properties?hash=" + "0".repeat(40)).statusCode()).isEqualTo(404);

			// removal after import (§4.e): one call per torrent, deleteFiles=true
			// literally
			List<Path> contentPaths = stream(completed).map((t) -> Path.of(t.get("content_path").asString())).toList();
			for (String hash : List.of(episodeHash, packHash)) {
				assertThat(postForm("/api/v2/torrents/delete", "hashes", hash, "deleteFiles", "true").statusCode())
					.isEqualTo(200);
			}
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(get("/api/v2/torrents/info?category=" + CATEGORY).body()).isEqualTo("[]");
				assertThat(contentPaths).allSatisfy((path) -> assertThat(path).doesNotExist());
			});
		}
	}

	@Test
	void removingWithoutDeleteFilesIsABadRequestAsOnTheRealServer(@TempDir Path work) throws Exception {
		byte[] torrent = TestTorrents
			.metainfo(TestTorrents.randomFile(work.resolve("Other.Show.S02E05.mkv"), 96 * 1024, 21), 16 * 1024);
		String hash = TestTorrents.infoHash(torrent);
		login();
		HttpResponse<String> added = postMultipart("/api/v2/torrents/add", "Other.Show.S02E05.torrent", torrent,
				"stopped", "True");
		assertThat(added.body()).isEqualTo("Ok.");

		// Sonarr omits deleteFiles when it keeps the data; qBittorrent requires the key
		HttpResponse<String> withoutDeleteFiles = postForm("/api/v2/torrents/delete", "hashes", hash);

		assertThat(withoutDeleteFiles.statusCode()).isEqualTo(400);
		assertThat(json(get("/api/v2/torrents/info?hashes=" + hash))).hasSize(1);
		assertThat(postForm("/api/v2/torrents/delete", "hashes", hash, "deleteFiles", "false").statusCode())
			.isEqualTo(200);
	}

	/**
	 * The "Test" button (§4.a), fresh process: probe, login, versions, preferences,
	 * categories (created when missing), the category's torrent list.
	 * @return the add field Sonarr will use for the initial state ({@code stopped} from
	 * WebAPI 2.11.0, else {@code paused})
	 */
	private String sonarrTestsTheClient() throws Exception {
		// the V2 probe: real qBittorrent (before 5.2, which accepts Basic) answers 403
		// without a session; Sonarr takes 403 and any 2xx as "API v2", 401/404 as not
		HttpResponse<String> probe = send(request("/api/v2/app/webapiVersion", false).GET().build());
		assertThat(probe.statusCode()).isEqualTo(403);
		assertThat(probe.body()).isEqualTo("Forbidden");
		HttpResponse<String> probeWithBasic = send(request("/api/v2/app/webapiVersion", true).GET().build());
		assertThat(probeWithBasic.statusCode()).satisfiesAnyOf((s) -> assertThat(s).isEqualTo(403),
				(s) -> assertThat(s).isBetween(200, 299));

		login();
		String version = get("/api/v2/app/webapiVersion").body();
		// .NET Version.Parse: two to four dot-separated integers
		assertThat(version).matches("\\d+(\\.\\d+){1,3}");
		int[] parts = Stream.of(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
		assertThat(parts[0]).as("WebAPI major (categories need 2.0)").isGreaterThanOrEqualTo(2);
		assertThat(get("/api/v2/app/webapiVersion").body()).isEqualTo(version);

		JsonNode preferences = json(get("/api/v2/app/preferences"));
		readsAsSonarrsPreferences(preferences);
		assertThat(preferences.get("dht").asBoolean()).as("dht, configured off").isFalse();

		assertThat(get("/api/v2/torrents/categories").body()).isEqualTo("{}");
		assertThat(postForm("/api/v2/torrents/createCategory", "category", CATEGORY).statusCode()).isEqualTo(200);
		JsonNode categories = json(get("/api/v2/torrents/categories"));
		assertThat(categories.get(CATEGORY)).as("the created category").isNotNull();
		assertThat(categories.get(CATEGORY).get("name").asString()).isEqualTo(CATEGORY);
		hasType(categories.get(CATEGORY), "savePath", JsonNode::isString, "a string");
		assertThat(get("/api/v2/torrents/info?category=" + CATEGORY).body()).isEqualTo("[]");

		boolean stopped = parts[0] > 2 || (parts[0] == 2 && parts[1] >= 11);
		return stopped ? "stopped" : "paused";
	}

	private void login() throws Exception {
		HttpResponse<String> login = postForm("/api/v2/auth/login", "username", "admin", "password", PASSWORD);
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).isEqualTo("Ok.");
		String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
		assertThat(setCookie).startsWith("SID=");
		int end = setCookie.indexOf(';');
		this.cookie = (end < 0) ? setCookie : setCookie.substring(0, end);
	}

	/**
	 * Sonarr's post-add wait: up to 10 properties calls, 100 ms apart, until one is <
	 * 400.
	 */
	private void awaitLoaded(String hash) throws Exception {
		int status = 0;
		for (int i = 0; i < 10 && (status == 0 || status >= 400); i++) {
			if (i > 0) {
				Thread.sleep(100);
			}
			status = get("/api/v2/torrents/properties?hash=" + hash).statusCode();
		}
		assertThat(status).as("torrents/properties right after the add").isLessThan(400);
	}

	/** The fields of QBittorrentTorrent, with the types Newtonsoft needs (§4.c). */
	private static void readsAsSonarrsModel(JsonNode torrent) {
		for (String text : List.of("hash", "name", "state", "category", "save_path", "content_path")) {
			hasType(torrent, text, JsonNode::isString, "a string");
		}
		for (String integer : List.of("size", "eta", "seeding_time", "seeding_time_limit",
				"inactive_seeding_time_limit", "last_activity")) {
			hasType(torrent, integer, JsonNode::isIntegralNumber, "an integer");
		}
		for (String number : List.of("progress", "ratio", "ratio_limit")) {
			hasType(torrent, number, JsonNode::isNumber, "a number");
		}
		assertThat(torrent.get("category").asString()).isEqualTo(CATEGORY);
		assertThat(torrent.get("progress").asDouble()).isEqualTo(1.0);
	}

	/** The fields of QBittorrentPreferences (§4.g) and the "removes completed" check. */
	private static void readsAsSonarrsPreferences(JsonNode preferences) {
		hasType(preferences, "save_path", JsonNode::isString, "a string");
		for (String flag : List.of("dht", "queueing_enabled", "max_ratio_enabled", "max_seeding_time_enabled",
				"max_inactive_seeding_time_enabled")) {
			hasType(preferences, flag, JsonNode::isBoolean, "a boolean");
		}
		for (String integer : List.of("max_seeding_time", "max_inactive_seeding_time", "max_ratio_act")) {
			hasType(preferences, integer, JsonNode::isIntegralNumber, "an integer");
		}
		hasType(preferences, "max_ratio", JsonNode::isNumber, "a number");
		boolean limits = preferences.get("max_ratio_enabled").asBoolean()
				|| (preferences.get("max_seeding_time_enabled").asBoolean()
						&& preferences.get("max_seeding_time").asLong() < 20160);
		int action = preferences.get("max_ratio_act").asInt();
		assertThat(limits && (action == 1 || action == 3)).as("qBittorrent removes completed downloads").isFalse();
	}

	private static void hasType(JsonNode object, String key, Predicate<JsonNode> type, String description) {
		JsonNode value = object.get(key);
		assertThat(value != null && type.test(value)).as("%s is %s (got %s)", key, description, value).isTrue();
	}

	private List<String> fileNames(String hash) throws Exception {
		return stream(json(get("/api/v2/torrents/files?hash=" + hash))).map((f) -> f.get("name").asString()).toList();
	}

	private static TorrentId seed(LibtorrentEngine seeder, byte[] metainfo, Path savePath) {
		TorrentId id = seeder
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(savePath).build())
			.id();
		await().atMost(Duration.ofSeconds(30)).until(() -> seeder.get(id).state() == TorrentState.SEEDING);
		return id;
	}

	private HttpResponse<String> get(String pathAndQuery) throws Exception {
		return send(request(pathAndQuery, true).GET().build());
	}

	/** Sonarr's form body: application/x-www-form-urlencoded, values RFC 3986-encoded. */
	private HttpResponse<String> postForm(String path, String... fields) throws Exception {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < fields.length; i += 2) {
			pairs.add(fields[i] + "=" + rfc3986(fields[i + 1]));
		}
		return send(request(path, true).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
			.build());
	}

	/**
	 * Sonarr's upload (HttpRequestBuilder.ApplyFormData): boundary of dashes and hex
	 * ticks, the file part {@code torrents} first as application/octet-stream, then text
	 * parts with only a Content-Disposition.
	 */
	private HttpResponse<String> postMultipart(String path, String filename, byte[] file, String... fields)
			throws Exception {
		String boundary = "-----------------------------" + Long.toHexString(System.nanoTime());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.write(file);
		write(body, "\r\n");
		for (int i = 0; i < fields.length; i += 2) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return send(request(path, true).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** No Accept, no Referer; User-Agent, Basic and the cached cookie as Sonarr. */
	private HttpRequest.Builder request(String pathAndQuery, boolean basic) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.header("User-Agent", "Sonarr/4.0.15.2941 (ubuntu 24.04)");
		if (basic) {
			builder.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.ISO_8859_1)));
			if (this.cookie != null) {
				builder.header("Cookie", this.cookie);
			}
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + " status").isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		List<JsonNode> elements = new ArrayList<>();
		array.forEach(elements::add);
		return elements.stream();
	}

	/** .NET's Uri.EscapeDataString: only A-Z a-z 0-9 - . _ ~ stay as they are. */
	private static String rfc3986(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

	private static void write(ByteArrayOutputStream out, String text) {
		try {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
