package dev.torrentd.app.reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import dev.torrentd.app.LoopbackServer;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.qbittorrent.JsonShapes;
import dev.torrentd.qbittorrent.JsonShapes.Rules;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Side by side with the real qBittorrent: Debian's {@code qbittorrent-nox} 4.5.2 (started
 * by {@link ReferenceQbittorrent}) and torrentd with the 4.6 profile get the same
 * torrents (a single-file and a multi-file .torrent added stopped, a magnet whose
 * metadata never comes) and the same requests: every endpoint of the golden capture
 * ({@code api-qbittorrent/src/test/resources/qbittorrent/golden-4.5.2}), its error table,
 * and a {@code sync/maindata} sequence with changes and removals.
 * <p>
 * Each answer pair is compared: status code; Content-Type's media type and charset;
 * whether a session cookie was set; and the body, either exactly (errors, {@code Ok.},
 * {@code Fails.}) or by shape: the same JSON keys with the same JSON types, recursively
 * ({@link JsonShapes}). torrentd may send more keys (its API is newer: 2.9.3 against
 * 2.8.19) but may lack none. Arrays of torrents are matched by hash; other arrays by
 * index and length.
 * <p>
 * Numbers: qBittorrent writes a double that happens to be integral without a fraction
 * ({@code "progress":0}, {@code "ratio":0}), so one answer cannot tell an integer key
 * from a floating-point one by its literal; every number is a number, except that
 * torrentd may not write a fraction or exponent ({@code 1.0}) where qBittorrent writes an
 * integer literal, unless the key is a double in qBittorrent ({@link #DOUBLES}): a client
 * that reads an integer key into an int (Go's encoding/json, for one) fails on
 * {@code 1.0}.
 * <p>
 * The deliberate differences are listed once, in {@link #KNOWN} (and in
 * docs/qbittorrent-api.md, "Differences from qBittorrent 4.5.2 (fidelity test)"); any
 * other fails the test, which reports them all at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "torrentd.qbittorrent.profile=4.6", "torrentd.qbittorrent.max-auth-fail-count=0" })
@DirtiesContext
class QbittorrentFidelityIT {

	private static final String USER = "admin";

	private static final String PASSWORD = "fidelity-secret";

	private static final String ZERO = "0".repeat(40);

	private static final JsonMapper JSON = JsonMapper.shared();

	/**
	 * A deliberate difference.
	 *
	 * @param endpoint the step's name (as in the report), or {@code *} for every step
	 * @param where {@code status}, {@code content-type}, {@code charset}, {@code cookie},
	 * {@code body}, or a JSON path pattern ({@code $[*].state},
	 * {@code $.torrents.*.name})
	 * @param reason why torrentd answers otherwise
	 * @param always whether it must occur in every run (a known difference that stops
	 * occurring fails the test, so that the list stays true); false for one that depends
	 * on the reference's timing
	 */
	record Known(String endpoint, String where, String reason, boolean always) {

		Known(String endpoint, String where, String reason) {
			this(endpoint, where, reason, true);
		}

		boolean matches(Difference difference) {
			return (this.endpoint.equals("*") || this.endpoint.equals(difference.endpoint()))
					&& this.where.equals(difference.where());
		}

	}

	/**
	 * Every deliberate difference: the one place (mirrored in docs/qbittorrent-api.md).
	 */
	static final List<Known> KNOWN = List.of(
			new Known("GET / (WebUI index) without cookie", "status", "torrentd serves no WebUI of its own"),
			new Known("GET / (WebUI index) without cookie", "content-type", "torrentd serves no WebUI of its own"),
			new Known("GET / (WebUI index) without cookie", "body", "torrentd serves no WebUI of its own"),
			new Known("GET / (WebUI index) with cookie", "status", "torrentd serves no WebUI of its own"),
			new Known("GET / (WebUI index) with cookie", "content-type", "torrentd serves no WebUI of its own"),
			new Known("GET / (WebUI index) with cookie", "body", "torrentd serves no WebUI of its own"),
			new Known("HEAD app/version", "status",
					"4.5.2 answers HEAD with 405; qBittorrent 5.1 (and torrentd, Spring MVC) answer it as a GET"),
			new Known("sync/maindata rid=0 (empty)", "$.categories",
					"qBittorrent 4.6 (WebAPI 2.9) leaves empty sections out of a full update; 4.5.2 sent {}"),
			new Known("sync/maindata rid=0 (empty)", "$.tags",
					"qBittorrent 4.6 (WebAPI 2.9) leaves empty sections out of a full update; 4.5.2 sent []"),
			new Known("sync/maindata rid=0 (empty)", "$.torrents",
					"qBittorrent 4.6 (WebAPI 2.9) leaves empty sections out of a full update; 4.5.2 sent {}"),
			new Known("sync/maindata rid=0 (empty)", "$.trackers",
					"qBittorrent 4.6 (WebAPI 2.9) leaves empty sections out of a full update; 4.5.2 sent {}"),
			new Known("app/preferences", "$.proxy_torrents_only",
					"WebAPI 2.9.0 (qBittorrent 4.6) replaced it with proxy_bittorrent, proxy_rss, proxy_misc"),
			new Known("app/preferences", "$.proxy_type",
					"WebAPI 2.9.0 (qBittorrent 4.6): \"None\", \"HTTP\", \"SOCKS5\", \"SOCKS4\" instead of -1..5"),
			new Known("sync/maindata rid=N after start", "$.torrents.*",
					"4.5.2 moves the magnet added stopped to metaDL when another torrent starts (its queue "
							+ "re-evaluation resumes the metadata download); torrentd keeps a stopped torrent stopped",
					false));

	/**
	 * The keys that are doubles in qBittorrent 4.5.2 (an integral value is written
	 * without a fraction there), by pattern.
	 */
	static final Set<String> DOUBLES = Set.of("$[*].availability", "$[*].max_ratio", "$[*].progress", "$[*].ratio",
			"$[*].ratio_limit", "$.torrents.*.availability", "$.torrents.*.max_ratio", "$.torrents.*.progress",
			"$.torrents.*.ratio", "$.torrents.*.ratio_limit", "$.share_ratio", "$.max_ratio");

	/**
	 * Keys a {@code sync/maindata} delta carries or not depending on timing (speeds,
	 * activity times, free disk space): qBittorrent's delta may have them when torrentd's
	 * does not.
	 */
	static final Set<String> VOLATILE = Set.of("$.torrents.*.time_active", "$.torrents.*.last_activity",
			"$.torrents.*.seen_complete", "$.torrents.*.dlspeed", "$.torrents.*.upspeed", "$.torrents.*.eta",
			"$.torrents.*.num_seeds", "$.torrents.*.num_leechs", "$.torrents.*.num_complete",
			"$.torrents.*.num_incomplete", "$.server_state.dl_info_speed", "$.server_state.up_info_speed",
			"$.server_state.free_space_on_disk", "$.server_state.dl_info_data", "$.server_state.up_info_data",
			"$.server_state.alltime_dl", "$.server_state.alltime_ul", "$.server_state.total_peer_connections",
			"$.server_state.connection_status", "$.server_state.dht_nodes");

	private static final Rules SHAPE = Rules.strict().anyExtraKeys().integersStayIntegers(DOUBLES);

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void loopbackServer(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir.resolve("torrentd"));
		registry.add("torrentd.auth.username", () -> USER);
		registry.add("torrentd.auth.password", () -> PASSWORD);
	}

	@Test
	void torrentdAnswersEveryRequestAsQbittorrent452Does(@TempDir Path work) {
		Path multiContent = work.resolve("content/multi");
		TestTorrents.randomFile(multiContent.resolve("a.bin"), 300_000, 1);
		TestTorrents.randomFile(multiContent.resolve("sub/b.bin"), 97_890, 2);
		Path singleContent = TestTorrents.randomFile(work.resolve("content/single.bin"), 1024 * 1024, 3);
		byte[] multi = TestTorrents.metainfo(multiContent, 32 * 1024, "http://127.0.0.1:6969/announce",
				"http://127.0.0.1:6970/announce");
		byte[] single = TestTorrents.metainfo(singleContent, 64 * 1024);
		String multiHash = TestTorrents.infoHash(multi);
		String singleHash = TestTorrents.infoHash(single);
		String magnetHash = "c0ffee".repeat(6) + "c0ff";

		try (ReferenceQbittorrent qbittorrent = ReferenceQbittorrent.start(dir.resolve("reference"), USER, PASSWORD)) {
			assertThat(qbittorrent.version()).as("KNOWN lists the differences from Debian 12's qbittorrent-nox 4.5.2")
				.endsWith("v4.5.2");
			Side reference = new Side("qBittorrent 4.5.2", qbittorrent.port(), dir.resolve("reference/downloads"));
			Side torrentd = new Side("torrentd", this.port, dir.resolve("torrentd/downloads"));
			Fidelity check = new Fidelity(reference, torrentd);
			check.vars.put("multi", multiHash);
			check.vars.put("single", singleHash);
			check.vars.put("magnet", magnetHash);

			// before a login
			check.exact("GET app/version without cookie", Call.get("/api/v2/app/version").anonymous());
			check.exact("missing cookie on torrents/info", Call.get("/api/v2/torrents/info").anonymous());
			check.exact("bogus SID cookie",
					Call.get("/api/v2/torrents/info").anonymous().header("Cookie", "SID=bogus"));
			check.exact("login wrong password", login("wrong").anonymous());
			check.exact("login wrong username",
					Call.post("/api/v2/auth/login", "username", "nobody", "password", PASSWORD).anonymous());
			check.exact("login missing password param", Call.post("/api/v2/auth/login", "username", USER).anonymous());
			check.exact("login via GET with query params",
					Call.get("/api/v2/auth/login?username=" + USER + "&password=" + PASSWORD).anonymous());
			check.exact("login bad Referer",
					login(PASSWORD).anonymous().header("Referer", "http://evil.example:1234/"));
			check.exact("login bad Origin", login(PASSWORD).anonymous().header("Origin", "http://evil.example"));
			check.exact("login Referer same host, other port",
					login(PASSWORD).anonymous().header("Referer", "http://127.0.0.1:9/"));
			check.exact("login Referer=localhost (Host is 127.0.0.1)",
					login(PASSWORD).anonymous().header("Referer", "http://localhost:{port}/"));
			check.exact("login with correct Referer",
					login(PASSWORD).anonymous().header("Referer", "http://127.0.0.1:{port}/"));
			check.shape("GET / (WebUI index) without cookie", Call.get("/").anonymous());

			check.login("auth/login", login(PASSWORD));
			check.exact("login again while logged in", login(PASSWORD));

			// a fresh server
			check.shape("torrents/info (empty)", Call.get("/api/v2/torrents/info"));
			check.shape("torrents/categories (empty)", Call.get("/api/v2/torrents/categories"));
			check.shape("torrents/tags (empty)", Call.get("/api/v2/torrents/tags"));
			check.shape("sync/maindata rid=0 (empty)", Call.get("/api/v2/sync/maindata?rid=0"));
			check.shape("app/version", Call.get("/api/v2/app/version"));
			check.shape("app/webapiVersion", Call.get("/api/v2/app/webapiVersion"));
			check.shape("app/buildInfo", Call.get("/api/v2/app/buildInfo"));
			check.shape("app/preferences", Call.get("/api/v2/app/preferences"));
			check.shape("app/defaultSavePath", Call.get("/api/v2/app/defaultSavePath"));
			check.shape("transfer/info (empty)", Call.get("/api/v2/transfer/info"));
			check.exact("transfer/speedLimitsMode", Call.get("/api/v2/transfer/speedLimitsMode"));

			// categories, tags, torrents
			check.exact("torrents/createCategory golden", Call.post("/api/v2/torrents/createCategory", "category",
					"golden", "savePath", "{downloads}/golden"));
			check.exact("torrents/createCategory other",
					Call.post("/api/v2/torrents/createCategory", "category", "other"));
			check.exact("torrents/createTags", Call.post("/api/v2/torrents/createTags", "tags", "t1,t2"));
			check.exact("torrents/add multi-file",
					Call.upload("multi.torrent", multi, "paused", "true", "category", "golden", "tags", "t1"));
			check.exact("torrents/add single-file", Call.upload("single.torrent", single, "paused", "true"));
			check.exact("torrents/add magnet", Call.post("/api/v2/torrents/add", "urls", "magnet:?xt=urn:btih:"
					+ magnetHash + "&dn=fidelity-magnet&tr=" + encode("http://127.0.0.1:1/announce")));
			check.settled(List.of(multiHash, singleHash, magnetHash));

			check.shape("torrents/info", Call.get("/api/v2/torrents/info"));
			check.shape("torrents/info hashes=multi", Call.get("/api/v2/torrents/info?hashes={multi}"));
			check.shape("torrents/info filter=paused sort=name reverse",
					Call.get("/api/v2/torrents/info?filter=paused&sort=name&reverse=true"));
			check.shape("torrents/info category=golden", Call.get("/api/v2/torrents/info?category=golden"));
			check.shape("torrents/properties multi", Call.get("/api/v2/torrents/properties?hash={multi}"));
			check.shape("torrents/properties single", Call.get("/api/v2/torrents/properties?hash={single}"));
			check.shape("torrents/properties magnet", Call.get("/api/v2/torrents/properties?hash={magnet}"));
			check.shape("torrents/files multi", Call.get("/api/v2/torrents/files?hash={multi}"));
			check.shape("torrents/files single", Call.get("/api/v2/torrents/files?hash={single}"));
			check.shape("torrents/files magnet", Call.get("/api/v2/torrents/files?hash={magnet}"));
			check.shape("torrents/trackers multi", Call.get("/api/v2/torrents/trackers?hash={multi}"));
			check.shape("torrents/trackers magnet", Call.get("/api/v2/torrents/trackers?hash={magnet}"));
			check.shape("torrents/webseeds", Call.get("/api/v2/torrents/webseeds?hash={multi}"));
			check.shape("torrents/pieceStates", Call.get("/api/v2/torrents/pieceStates?hash={multi}"));
			check.shape("torrents/pieceHashes", Call.get("/api/v2/torrents/pieceHashes?hash={multi}"));
			check.shape("torrents/categories", Call.get("/api/v2/torrents/categories"));
			check.shape("torrents/tags", Call.get("/api/v2/torrents/tags"));
			check.shape("transfer/info", Call.get("/api/v2/transfer/info"));
			check.shape("sync/torrentPeers rid=0", Call.get("/api/v2/sync/torrentPeers?rid=0&hash={multi}"));

			// sync/maindata: a full answer, nothing changed, changes, stop/start,
			// removals
			check.full("sync/maindata rid=0");
			check.delta("sync/maindata rid=N no change");
			check.exact("torrents/setCategory",
					Call.post("/api/v2/torrents/setCategory", "hashes", "{single}", "category", "other"));
			check.exact("torrents/addTags", Call.post("/api/v2/torrents/addTags", "hashes", "{multi}", "tags", "t2"));
			check.exact("torrents/createTags t3", Call.post("/api/v2/torrents/createTags", "tags", "t3"));
			check.exact("torrents/rename",
					Call.post("/api/v2/torrents/rename", "hash", "{multi}", "name", "multi-renamed"));
			check.exact("torrents/createCategory third",
					Call.post("/api/v2/torrents/createCategory", "category", "third"));
			check.delta("sync/maindata rid=N after change");
			check.exact("torrents/resume", Call.post("/api/v2/torrents/resume", "hashes", "{single}"));
			check.awaitState(singleHash, (state) -> !state.startsWith("paused") && !state.startsWith("checking"));
			check.delta("sync/maindata rid=N after start");
			check.exact("torrents/pause", Call.post("/api/v2/torrents/pause", "hashes", "{single}"));
			check.awaitState(singleHash, (state) -> state.startsWith("paused"));
			check.delta("sync/maindata rid=N after stop");
			check.exact("torrents/removeCategories",
					Call.post("/api/v2/torrents/removeCategories", "categories", "third"));
			check.exact("torrents/deleteTags", Call.post("/api/v2/torrents/deleteTags", "tags", "t3"));
			check.exact("torrents/delete single",
					Call.post("/api/v2/torrents/delete", "hashes", "{single}", "deleteFiles", "false"));
			check.awaitGone(singleHash);
			check.delta("sync/maindata rid=N after remove");
			check.shape("sync/maindata bogus rid", Call.get("/api/v2/sync/maindata?rid=999999"));

			// the golden capture's error table
			check.exact("valid cookie + bad Referer on GET torrents/info",
					Call.get("/api/v2/torrents/info").header("Referer", "http://evil.example/"));
			check.exact("valid cookie + bad Origin on POST torrents/pause",
					Call.post("/api/v2/torrents/pause", "hashes", "all").header("Origin", "http://evil.example"));
			// shape: the bodies are the versions, v4.5.2 and v4.6.7
			check.shape("valid cookie + Host header foo.example",
					Call.get("/api/v2/app/version").header("Host", "foo.example"));
			check.exact("add duplicate torrent file", Call.upload("multi.torrent", multi, "paused", "true"));
			check.exact("add invalid torrent file",
					Call.upload("bad.torrent", "not bencode".getBytes(StandardCharsets.US_ASCII), "paused", "true"));
			check.exact("add with no torrents and no urls", Call.post("/api/v2/torrents/add", "paused", "true"));
			check.exact("properties unknown hash", Call.get("/api/v2/torrents/properties?hash=" + ZERO));
			check.exact("files unknown hash", Call.get("/api/v2/torrents/files?hash=" + ZERO));
			check.exact("trackers unknown hash", Call.get("/api/v2/torrents/trackers?hash=" + ZERO));
			check.exact("webseeds unknown hash", Call.get("/api/v2/torrents/webseeds?hash=" + ZERO));
			check.exact("pieceStates unknown hash", Call.get("/api/v2/torrents/pieceStates?hash=" + ZERO));
			check.exact("pieceHashes unknown hash", Call.get("/api/v2/torrents/pieceHashes?hash=" + ZERO));
			check.exact("properties missing hash param", Call.get("/api/v2/torrents/properties"));
			check.exact("properties malformed hash", Call.get("/api/v2/torrents/properties?hash=xyz"));
			check.exact("info unknown hash (list filter)", Call.get("/api/v2/torrents/info?hashes=" + ZERO));
			check.exact("pause unknown hash (POST)", Call.post("/api/v2/torrents/pause", "hashes", ZERO));
			check.exact("delete unknown hash",
					Call.post("/api/v2/torrents/delete", "hashes", ZERO, "deleteFiles", "false"));
			check.exact("GET on POST-only torrents/pause", Call.get("/api/v2/torrents/pause?hashes=all"));
			check.exact("GET on POST-only torrents/add", Call.get("/api/v2/torrents/add"));
			check.exact("GET on POST-only auth/logout", Call.get("/api/v2/auth/logout"));
			check.shape("POST on GET endpoint torrents/info", Call.post("/api/v2/torrents/info"));
			check.exact("unknown method name torrents/nope", Call.get("/api/v2/torrents/nope"));
			check.exact("unknown scope /api/v2/nope/x", Call.get("/api/v2/nope/x"));
			check.exact("/api/v1 path", Call.get("/api/v1/torrents/info"));
			check.exact("createCategory existing", Call.post("/api/v2/torrents/createCategory", "category", "golden"));
			check.exact("createCategory invalid name",
					Call.post("/api/v2/torrents/createCategory", "category", "bad\\name"));
			check.exact("createCategory empty name", Call.post("/api/v2/torrents/createCategory", "category", ""));
			check.exact("editCategory nonexistent",
					Call.post("/api/v2/torrents/editCategory", "category", "nope", "savePath", "/tmp/x"));
			check.exact("setCategory nonexistent category",
					Call.post("/api/v2/torrents/setCategory", "hashes", "{multi}", "category", "nope"));
			check.exact("setCategory unknown hash",
					Call.post("/api/v2/torrents/setCategory", "hashes", ZERO, "category", "golden"));
			check.exact("rename empty name", Call.post("/api/v2/torrents/rename", "hash", "{multi}", "name", ""));
			check.exact("setShareLimits missing params",
					Call.post("/api/v2/torrents/setShareLimits", "hashes", "{multi}"));
			check.exact("filePrio invalid priority",
					Call.post("/api/v2/torrents/filePrio", "hash", "{multi}", "id", "0", "priority", "5"));
			check.exact("filePrio bad file id",
					Call.post("/api/v2/torrents/filePrio", "hash", "{multi}", "id", "99", "priority", "1"));
			check.exact("addTrackers to unknown hash",
					Call.post("/api/v2/torrents/addTrackers", "hash", ZERO, "urls", "http://127.0.0.1:1/a"));
			check.exact("addPeers bad peer",
					Call.post("/api/v2/torrents/addPeers", "hashes", "{multi}", "peers", "notapeer"));
			check.exact("app/setPreferences bad json", Call.post("/api/v2/app/setPreferences", "json", "{bad"));
			check.shape("torrents/info bad filter value", Call.get("/api/v2/torrents/info?filter=bogus"));
			check.exact("sync/torrentPeers unknown hash", Call.get("/api/v2/sync/torrentPeers?hash=" + ZERO));
			check.exact("HEAD app/version", Call.head("/api/v2/app/version"));
			check.shape("GET / (WebUI index) with cookie", Call.get("/"));

			check.exact("auth/logout", Call.post("/api/v2/auth/logout"));
			check.exact("old cookie after logout", Call.get("/api/v2/torrents/info"));

			check.assertNoUnexpectedDifferences();
		}
	}

	private static Call login(String password) {
		return Call.post("/api/v2/auth/login", "username", USER, "password", password);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * One request, sent alike to both servers. In the path, form values and headers,
	 * {@code {name}} stands for a value of the scenario ({@code {multi}}: a hash) or of
	 * the side ({@code {port}}, {@code {downloads}}, {@code {rid}}).
	 */
	record Call(String method, String path, List<String> form, Map<String, String> headers, boolean cookie,
			@Nullable String fileName, byte @Nullable [] file) {

		static Call get(String path) {
			return new Call("GET", path, List.of(), Map.of(), true, null, null);
		}

		static Call head(String path) {
			return new Call("HEAD", path, List.of(), Map.of(), true, null, null);
		}

		static Call post(String path, String... form) {
			return new Call("POST", path, List.of(form), Map.of(), true, null, null);
		}

		/**
		 * A {@code torrents/add} with the file in the multipart field {@code torrents}.
		 */
		static Call upload(String fileName, byte[] file, String... form) {
			return new Call("POST", "/api/v2/torrents/add", List.of(form), Map.of(), true, fileName, file);
		}

		Call anonymous() {
			return new Call(this.method, this.path, this.form, this.headers, false, this.fileName, this.file);
		}

		Call header(String name, String value) {
			Map<String, String> more = new LinkedHashMap<>(this.headers);
			more.put(name, value);
			return new Call(this.method, this.path, this.form, Map.copyOf(more), this.cookie, this.fileName, this.file);
		}

	}

	/**
	 * An answer.
	 *
	 * @param status the status code
	 * @param mediaType Content-Type without parameters, lower case; empty when absent
	 * @param charset its charset parameter, lower case; empty when absent
	 * @param setsSession whether it sets an {@code SID} cookie
	 * @param body the body as text
	 */
	record Answer(int status, String mediaType, String charset, boolean setsSession, String body) {

		@Nullable JsonNode json() {
			if (!this.mediaType.equals("application/json")) {
				return null;
			}
			try {
				return JSON.readTree(this.body);
			}
			catch (JacksonException ex) {
				return null;
			}
		}

		String shortBody() {
			String flat = this.body.replace("\n", "\\n");
			return (flat.length() > 80) ? flat.substring(0, 77) + "..." : flat;
		}

	}

	/**
	 * A difference.
	 *
	 * @param endpoint the step's name
	 * @param where what differs: status, content-type, charset, cookie, body, or a JSON
	 * path pattern
	 * @param detail the reference's and torrentd's values
	 */
	record Difference(String endpoint, String where, String detail) {
	}

	/** One server under test, with its session and its own sync/maindata rid. */
	static final class Side {

		final String name;

		final int port;

		final Path downloads;

		@Nullable String cookie;

		long rid;

		@Nullable JsonNode full;

		private final HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		Side(String name, int port, Path downloads) {
			this.name = name;
			this.port = port;
			this.downloads = downloads;
		}

		Answer send(Call call, Map<String, String> vars) {
			String path = fill(call.path(), vars);
			Map<String, String> headers = new LinkedHashMap<>();
			call.headers().forEach((name, value) -> headers.put(name, fill(value, vars)));
			if (call.cookie() && this.cookie != null) {
				headers.putIfAbsent("Cookie", this.cookie);
			}
			String boundary = "----fidelity" + Long.toHexString(System.nanoTime());
			byte[] body;
			if (call.file() != null) {
				body = multipart(boundary, call, vars);
				headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
			}
			else if (!call.form().isEmpty()) {
				body = form(call.form(), vars).getBytes(StandardCharsets.UTF_8);
				headers.put("Content-Type", "application/x-www-form-urlencoded");
			}
			else {
				body = new byte[0];
			}
			if (headers.containsKey("Host")) {
				// HttpClient refuses to send another Host: write the request by hand
				return raw(call.method(), path, headers, body);
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.timeout(Duration.ofSeconds(30))
				.method(call.method(), (body.length == 0 && !call.method().equals("POST"))
						? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
			headers.forEach(request::header);
			try {
				HttpResponse<String> response = this.http.send(request.build(),
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				return answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
						response.headers().allValues("Set-Cookie"), response.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(this.name + ": " + call.method() + " " + path, ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		String fill(String text, Map<String, String> vars) {
			Matcher matcher = Pattern.compile("\\{(\\w+)}").matcher(text);
			StringBuilder filled = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(1);
				String value = switch (name) {
					case "port" -> Integer.toString(this.port);
					case "downloads" -> this.downloads.toString();
					case "rid" -> Long.toString(this.rid);
					default -> vars.get(name);
				};
				matcher.appendReplacement(filled, Matcher.quoteReplacement((value != null) ? value : matcher.group()));
			}
			matcher.appendTail(filled);
			return filled.toString();
		}

		private String form(List<String> pairs, Map<String, String> vars) {
			List<String> fields = new ArrayList<>();
			for (int i = 0; i + 1 < pairs.size(); i += 2) {
				fields.add(encode(pairs.get(i)) + "=" + encode(fill(pairs.get(i + 1), vars)));
			}
			if (pairs.size() % 2 == 1) {
				fields.add(encode(pairs.get(pairs.size() - 1)));
			}
			return String.join("&", fields);
		}

		private byte[] multipart(String boundary, Call call, Map<String, String> vars) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\""
					+ call.fileName() + "\"\r\nContent-Type: application/x-bittorrent\r\n\r\n");
			out.writeBytes(call.file());
			write(out, "\r\n");
			for (int i = 0; i + 1 < call.form().size(); i += 2) {
				write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + call.form().get(i)
						+ "\"\r\n\r\n" + fill(call.form().get(i + 1), vars) + "\r\n");
			}
			write(out, "--" + boundary + "--\r\n");
			return out.toByteArray();
		}

		private static void write(ByteArrayOutputStream out, String text) {
			out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

		private Answer raw(String method, String path, Map<String, String> headers, byte[] body) {
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				socket.setSoTimeout(30_000);
				StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
				headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
				head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
				OutputStream out = socket.getOutputStream();
				out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
				out.write(body);
				out.flush();
				InputStream in = socket.getInputStream();
				String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				int end = response.indexOf("\r\n\r\n");
				String[] lines = response.substring(0, end).split("\r\n");
				int status = Integer.parseInt(lines[0].split(" ")[1]);
				String contentType = "";
				List<String> cookies = new ArrayList<>();
				for (String line : lines) {
					String lower = line.toLowerCase(Locale.ROOT);
					if (lower.startsWith("content-type:")) {
						contentType = line.substring(13).trim();
					}
					else if (lower.startsWith("set-cookie:")) {
						cookies.add(line.substring(11).trim());
					}
				}
				return answer(status, contentType, cookies, response.substring(end + 4));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static Answer answer(int status, String contentType, List<String> cookies, String body) {
			String[] parts = contentType.split(";");
			String charset = "";
			for (int i = 1; i < parts.length; i++) {
				String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
				if (parameter.startsWith("charset=")) {
					charset = parameter.substring(8).replace("\"", "");
				}
			}
			boolean session = cookies.stream().anyMatch((cookie) -> cookie.startsWith("SID="));
			return new Answer(status, parts[0].trim().toLowerCase(Locale.ROOT), charset, session, body);
		}

	}

	/** Sends each step to both sides and collects the differences. */
	static final class Fidelity {

		final Map<String, String> vars = new LinkedHashMap<>();

		private final Side reference;

		private final Side torrentd;

		private final List<Difference> differences = new ArrayList<>();

		private final List<String> steps = new ArrayList<>();

		Fidelity(Side reference, Side torrentd) {
			this.reference = reference;
			this.torrentd = torrentd;
		}

		/** Status, Content-Type, session cookie and the body's JSON shape. */
		void shape(String endpoint, Call call) {
			Answer[] answers = send(endpoint, call);
			JsonNode expected = answers[0].json();
			JsonNode actual = answers[1].json();
			if (expected != null && actual != null) {
				json(endpoint, JsonShapes.compare(sorted(expected), sorted(actual), SHAPE));
			}
			else if (expected != null || actual != null) {
				add(endpoint, "body", answers);
			}
		}

		/** Status, Content-Type, session cookie and the body, byte for byte. */
		void exact(String endpoint, Call call) {
			Answer[] answers = send(endpoint, call);
			if (!answers[0].body().equals(answers[1].body())) {
				add(endpoint, "body", answers);
			}
		}

		/** A login whose cookie both sides keep. */
		void login(String endpoint, Call call) {
			exact(endpoint, call);
			this.reference.cookie = session(this.reference, call);
			this.torrentd.cookie = session(this.torrentd, call);
		}

		private String session(Side side, Call call) {
			HttpClient http = HttpClient.newHttpClient();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + side.port + call.path()))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(side.form(call.form(), this.vars)))
				.build();
			try {
				HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
				return response.headers()
					.allValues("Set-Cookie")
					.stream()
					.filter((cookie) -> cookie.startsWith("SID="))
					.map((cookie) -> cookie.split(";", 2)[0])
					.findFirst()
					.orElseThrow(() -> new AssertionError(side.name + " set no SID cookie"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * A {@code sync/maindata?rid=0}, kept on each side as the shape of later deltas.
		 */
		void full(String endpoint) {
			Answer[] answers = send(endpoint, Call.get("/api/v2/sync/maindata?rid=0"));
			keepRid(this.reference, answers[0]);
			keepRid(this.torrentd, answers[1]);
			this.reference.full = answers[0].json();
			this.torrentd.full = answers[1].json();
			if (this.reference.full != null && this.torrentd.full != null) {
				json(endpoint, JsonShapes.compare(this.reference.full, this.torrentd.full, SHAPE));
			}
			else {
				add(endpoint, "body", answers);
			}
		}

		/**
		 * A {@code sync/maindata} delta from each side's last rid: every key
		 * qBittorrent's delta has (but {@link #VOLATILE}) with its type; torrentd's
		 * further keys with the type of qBittorrent's full answer.
		 */
		void delta(String endpoint) {
			Answer[] answers = send(endpoint, Call.get("/api/v2/sync/maindata?rid={rid}"));
			keepRid(this.reference, answers[0]);
			keepRid(this.torrentd, answers[1]);
			JsonNode expected = answers[0].json();
			JsonNode actual = answers[1].json();
			JsonNode full = this.reference.full;
			if (expected != null && actual != null && full != null) {
				json(endpoint, JsonShapes.compareDelta(withoutVolatile("$", expected), full, actual, SHAPE));
			}
			else {
				add(endpoint, "body", answers);
			}
		}

		/** Waits until both sides list the torrents, none of them checking. */
		void settled(List<String> hashes) {
			for (Side side : List.of(this.reference, this.torrentd)) {
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
					JsonNode list = side.send(Call.get("/api/v2/torrents/info"), this.vars).json();
					if (list == null || list.size() != hashes.size()) {
						return false;
					}
					return StreamSupport.stream(list.spliterator(), false).allMatch((torrent) -> {
						String state = torrent.get("state").asString();
						return hashes.contains(torrent.get("hash").asString()) && !state.startsWith("checking")
								&& !state.equals("allocating") && !state.equals("moving");
					});
				});
			}
		}

		/** Waits until both sides show a torrent in a state. */
		void awaitState(String hash, java.util.function.Predicate<String> state) {
			for (Side side : List.of(this.reference, this.torrentd)) {
				await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
					JsonNode list = side.send(Call.get("/api/v2/torrents/info?hashes=" + hash), this.vars).json();
					return list != null && list.size() == 1 && state.test(list.get(0).get("state").asString());
				});
			}
		}

		/** Waits until neither side lists a torrent. */
		void awaitGone(String hash) {
			for (Side side : List.of(this.reference, this.torrentd)) {
				await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
					JsonNode list = side.send(Call.get("/api/v2/torrents/info?hashes=" + hash), this.vars).json();
					return list != null && list.isEmpty();
				});
			}
		}

		private Answer[] send(String endpoint, Call call) {
			this.steps.add(endpoint);
			Answer expected = this.reference.send(call, this.vars);
			Answer actual = this.torrentd.send(call, this.vars);
			Answer[] answers = { expected, actual };
			if (expected.status() != actual.status()) {
				add(endpoint, "status", answers);
			}
			if (!expected.mediaType().equals(actual.mediaType())) {
				this.differences.add(new Difference(endpoint, "content-type",
						"reference " + expected.mediaType() + ", torrentd " + actual.mediaType()));
			}
			else if (!expected.charset().equals(actual.charset())) {
				this.differences.add(new Difference(endpoint, "charset",
						"reference \"" + expected.charset() + "\", torrentd \"" + actual.charset() + "\""));
			}
			if (expected.setsSession() != actual.setsSession()) {
				this.differences.add(new Difference(endpoint, "cookie",
						"reference sets a session: " + expected.setsSession() + ", torrentd: " + actual.setsSession()));
			}
			return answers;
		}

		private static void keepRid(Side side, Answer answer) {
			JsonNode json = answer.json();
			if (json != null && json.has("rid")) {
				side.rid = json.get("rid").asLong();
			}
		}

		private void add(String endpoint, String where, Answer[] answers) {
			this.differences
				.add(new Difference(endpoint, where, "reference " + answers[0].status() + " \"" + answers[0].shortBody()
						+ "\", torrentd " + answers[1].status() + " \"" + answers[1].shortBody() + "\""));
		}

		private void json(String endpoint, List<String> lines) {
			for (String line : lines) {
				int colon = line.indexOf(": ");
				String path = line.substring(0, colon);
				this.differences.add(new Difference(endpoint, JsonShapes.pattern(path), path + ": "
						+ line.substring(colon + 2).replace("golden", "reference").replace("ours", "torrentd")));
			}
		}

		/**
		 * Fails with every difference not in {@link #KNOWN}, and every known difference
		 * that no longer occurs (the list must stay true).
		 */
		void assertNoUnexpectedDifferences() {
			List<Difference> unexpected = this.differences.stream()
				.filter((difference) -> KNOWN.stream().noneMatch((known) -> known.matches(difference)))
				.toList();
			List<Known> stale = KNOWN.stream()
				.filter((known) -> known.always() && this.differences.stream().noneMatch(known::matches))
				.toList();
			String report = unexpected.size() + " unexpected differences from qBittorrent 4.5.2 in " + this.steps.size()
					+ " requests (endpoint | where | reference vs torrentd):\n  "
					+ unexpected.stream()
						.map((difference) -> difference.endpoint() + " | " + difference.where() + " | "
								+ difference.detail())
						.collect(Collectors.joining("\n  "))
					+ "\n" + stale.size() + " known differences that did not occur (remove them from KNOWN):\n  "
					+ stale.stream()
						.map((known) -> known.endpoint() + " | " + known.where())
						.collect(Collectors.joining("\n  "));
			assertThat(unexpected.isEmpty() && stale.isEmpty()).as(report).isTrue();
		}

		/**
		 * A delta without the {@link #VOLATILE} keys, and without the objects that held
		 * nothing else (a torrent whose only change was its active time).
		 */
		private static JsonNode withoutVolatile(String path, JsonNode node) {
			if (!(node instanceof ObjectNode object)) {
				return node;
			}
			ObjectNode kept = object.objectNode();
			object.forEachEntry((key, child) -> {
				String childPath = path + "." + key;
				if (VOLATILE.contains(JsonShapes.pattern(childPath))) {
					return;
				}
				JsonNode stripped = withoutVolatile(childPath, child);
				if (!(child.isObject() && !child.isEmpty() && stripped.isEmpty())) {
					kept.set(key, stripped);
				}
			});
			return kept;
		}

		/**
		 * Arrays whose elements are torrents, ordered by hash (the servers order them
		 * differently).
		 */
		private static JsonNode sorted(JsonNode node) {
			JsonNode copy = node.deepCopy();
			sortInPlace(copy);
			return copy;
		}

		private static void sortInPlace(JsonNode node) {
			if (node instanceof ObjectNode object) {
				object.forEachEntry((key, child) -> sortInPlace(child));
			}
			else if (node instanceof ArrayNode array) {
				array.forEach(QbittorrentFidelityIT.Fidelity::sortInPlace);
				List<JsonNode> elements = new ArrayList<>();
				array.forEach(elements::add);
				if (!elements.isEmpty() && elements.stream().allMatch((element) -> element.has("hash"))) {
					elements.sort(Comparator.comparing((element) -> element.get("hash").asString()));
					array.removeAll();
					elements.forEach(array::add);
				}
			}
		}

	}

}
