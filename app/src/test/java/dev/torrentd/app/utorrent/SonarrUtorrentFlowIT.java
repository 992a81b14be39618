package dev.torrentd.app.utorrent;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.torrentd.app.utorrent.SonarrGuiClient.rfc3986;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sonarr driving torrentd's µTorrent WebUI API over real HTTP, request for request as
 * Sonarr's {@code UTorrentProxy} and {@code UTorrent} do (spec arr-clients.md §6): the
 * Test button (token.html as XML, getsettings, list=1), the poll with the cache id, the
 * grab of a .torrent (add-file, seed goals, label, queuetop, start) and of a magnet
 * (add-url), completion by Sonarr's status rule, the output path from column 26, the
 * post-import label change with the lower-case hash, and the removal with the data. The
 * torrents come from a real swarm: a second libtorrent engine on 127.0.0.1 seeds a
 * single-file episode and a two-file season pack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SonarrUtorrentFlowIT {

	private static final String PASSWORD = "sonarr-utorrent-secret";

	private static final String CATEGORY = "tv-sonarr";

	private static final String POST_IMPORT = "imported";

	/** Columns of a µTorrent 3.x row (Sonarr reads 0–28, needs at least 28). */
	private static final int COLUMNS = 29;

	/** Columns Sonarr casts to int32/int64 (§6.4): JSON integers, never floats. */
	private static final List<Integer> INTEGER_COLUMNS = List.of(1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17,
			18);

	private static final int CHECKED = 8;

	private static final int ERROR = 16;

	private static final int LOADED = 128;

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	/** Only to tell the seeder where to dial: there is no tracker or DHT on loopback. */
	@Autowired
	LibtorrentEngine engine;

	@DynamicPropertySource
	static void loopbackServer(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
		registry.add("torrentd.auth.password", () -> PASSWORD);
	}

	@Test
	void sonarrTestsTheClientGrabsAFileAndAMagnetSeesThemCompletedRelabelsAndRemovesThemWithTheirData(
			@TempDir Path work) throws Exception {
		Path episode = TestTorrents.randomFile(work.resolve("seed/Show.Name.S02E01.720p.mkv"), 1280 * 1024 + 99, 31);
		Path pack = work.resolve("seed/Show.Name.S02E02-E03.720p");
		TestTorrents.randomFile(pack.resolve("Show.Name.S02E02.mkv"), 600 * 1024 + 7, 32);
		TestTorrents.randomFile(pack.resolve("Show.Name.S02E03.mkv"), 500 * 1024 + 13, 33);
		byte[] episodeTorrent = TestTorrents.metainfo(episode, 32 * 1024);
		byte[] packTorrent = TestTorrents.metainfo(pack, 32 * 1024);
		// Sonarr's grab history holds MonoTorrent's upper-case hash (§1.12)
		String episodeHash = TestTorrents.infoHash(episodeTorrent).toUpperCase(Locale.ROOT);
		String packHash = TestTorrents.infoHash(packTorrent).toUpperCase(Locale.ROOT);
		SonarrGuiClient sonarr = new SonarrGuiClient("http://127.0.0.1:" + this.port, "admin", PASSWORD);

		try (LibtorrentEngine seeder = TestEngines.open(work.resolve("seeder"))) {
			List<TorrentId> ids = List.of(seed(seeder, episodeTorrent, episode.getParent()),
					seed(seeder, packTorrent, pack.getParent()));

			ListCache cache = sonarrTestsTheClient(sonarr);

			// the grab of a .torrent (§6.2, S:U AddFromTorrentFile), no wait in between
			assertThat(sonarr.addFile("Show.Name.S02E01.720p", episodeTorrent).properties())
				.extracting(Map.Entry::getKey)
				.as("add-file answers exactly {\"build\":N}")
				.containsExactly("build");
			afterAdd(sonarr, episodeHash);

			// the grab of a magnet: add-url with the magnet RFC 3986-encoded in s
			String magnet = "magnet:?xt=urn:btih:" + packHash + "&dn=" + rfc3986(pack.getFileName().toString()) + "&tr="
					+ rfc3986("http://127.0.0.1:1/announce") + "&x.pe=" + TestEngines.address(seeder).getHostString()
					+ ":" + TestEngines.address(seeder).getPort();
			assertThat(sonarr.json("action=add-url&s=" + rfc3986(magnet)).properties()).extracting(Map.Entry::getKey)
				.as("add-url answers exactly {\"build\":N}")
				.containsExactly("build");
			afterAdd(sonarr, packHash);

			// the goals reached the torrent (µTorrent Server manual, getprops)
			JsonNode props = sonarr.json("action=getprops&hash=" + episodeHash).get("props");
			assertThat(props).hasSize(1);
			assertThat(props.get(0).get("hash").asString()).isEqualTo(episodeHash);
			assertThat(props.get(0).get("seed_override").asInt()).isEqualTo(1);
			assertThat(props.get(0).get("seed_ratio").asInt()).isEqualTo(1500);
			assertThat(props.get(0).get("seed_time").asInt()).isEqualTo(7200);

			// the queue poll (§6.4) with the cache id, until Sonarr sees both Completed;
			// the seeder dials torrentd on each poll (harmless once connected)
			Map<String, JsonNode> done = await().atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> {
					seeder.addPeers(ids, List.of(TestEngines.address(this.engine)));
					return poll(sonarr, cache);
				}, (rows) -> rows.size() == 2 && rows.values().stream().allMatch(SonarrUtorrentFlowIT::completed));
			assertThat(done.keySet()).containsExactlyInAnyOrder(episodeHash, packHash);

			Map<String, Path> outputs = new HashMap<>();
			for (JsonNode row : done.values()) {
				readsAsSonarrsRow(row);
				assertThat(row.get(1).asInt() & ERROR).as("no error bit in %s", row).isZero();
				assertThat(row.get(2).asString()).isIn(episode.getFileName().toString(), pack.getFileName().toString());
				Path output = outputPath(row);
				outputs.put(row.get(0).asString(), output);
			}
			assertThat(outputs.get(episodeHash)).hasSameBinaryContentAs(episode);
			assertThat(outputs.get(packHash)).isDirectory();
			assertThat(outputs.get(packHash).resolve("Show.Name.S02E02.mkv"))
				.hasSameBinaryContentAs(pack.resolve("Show.Name.S02E02.mkv"));
			assertThat(outputs.get(packHash).resolve("Show.Name.S02E03.mkv"))
				.hasSameBinaryContentAs(pack.resolve("Show.Name.S02E03.mkv"));

			// after import (MarkItemAsImported): the lower-case hash, the post-import
			// label, then "remove the old label" as two pairs, the second value empty
			for (String hash : List.of(episodeHash, packHash)) {
				String lower = hash.toLowerCase(Locale.ROOT);
				sonarr.json("action=setprops&hash=" + lower + "&s=label&v=" + POST_IMPORT);
				sonarr.json("action=setprops&hash=" + lower + "&s=label&v=" + CATEGORY + "&s=label&v=");
			}
			Map<String, JsonNode> relabelled = poll(sonarr, cache);
			assertThat(relabelled).as("no row is labelled %s any more", CATEGORY).isEmpty();
			Map<String, JsonNode> all = rowsByHash(sonarr.json("list=1").get("torrents"));
			assertThat(all.keySet()).containsExactlyInAnyOrder(episodeHash, packHash);
			assertThat(all.values())
				.allSatisfy((row) -> assertThat(row.get(11).asString()).as("the label after the post-import calls")
					.isEqualTo(POST_IMPORT));

			// removal (§6.2): removedata with the hash as listed; gone with its data
			for (String hash : List.of(episodeHash, packHash)) {
				assertThat(sonarr.json("action=removedata&hash=" + hash).properties()).extracting(Map.Entry::getKey)
					.containsExactly("build");
			}
			JsonNode afterRemoval = sonarr.json("list=1").get("torrents");
			assertThat(afterRemoval).as("the list right after removedata").isEmpty();
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(
						() -> assertThat(outputs.values()).allSatisfy((path) -> assertThat(path).doesNotExist()));
		}
	}

	@Test
	void wrongCredentialsAreA401WithTheUtorrentRealmAndABadTokenA400InvalidRequest() throws Exception {
		String base = "http://127.0.0.1:" + this.port;
		SonarrGuiClient wrong = new SonarrGuiClient(base, "admin", "not-" + PASSWORD);
		for (HttpResponse<String> response : List.of(wrong.tokenPage(), wrong.getPath("/gui/?token=x&list=1"))) {
			assertThat(response.statusCode()).as("%s", response.uri()).isEqualTo(401);
			assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Basic realm=\"uTorrent\"");
		}

		SonarrGuiClient sonarr = new SonarrGuiClient(base, "admin", PASSWORD);
		sonarr.authenticate();
		for (String pathAndQuery : List.of("/gui/?token=not-the-token&list=1", "/gui/?list=1",
				"/gui/?token=not-the-token&action=getsettings")) {
			HttpResponse<String> response = sonarr.getPath(pathAndQuery);
			assertThat(response.statusCode()).as("%s", pathAndQuery).isEqualTo(400);
			assertThat(response.body()).as("%s", pathAndQuery).isEqualTo("invalid request");
		}
		// Sonarr's recovery from a 400: fetch the token again, retry once
		sonarr.authenticate();
		assertThat(sonarr.json("list=1").get("torrents").isArray()).isTrue();
	}

	/**
	 * The Test button and GetStatus (§6.1, §6.3, §6.8): token.html, getsettings (build,
	 * the dir_* settings as strings), list=1 without a cache id, then with one.
	 * @return Sonarr's cached list
	 */
	private ListCache sonarrTestsTheClient(SonarrGuiClient sonarr) throws Exception {
		String token = sonarr.authenticate();
		assertThat(token).matches("[A-Za-z0-9_-]+");
		assertThat(sonarr.cookies()).as("the GUID cookie of token.html")
			.anySatisfy((c) -> assertThat(c).matches("GUID=[^;,]+"));

		JsonNode settings = sonarr.json("action=getsettings");
		assertThat(settings.get("build").isIntegralNumber()).isTrue();
		assertThat(settings.get("build").asInt()).as("Sonarr: uTorrent version should be at least 3.0")
			.isGreaterThanOrEqualTo(25406);
		Map<String, String> config = new LinkedHashMap<>();
		Set<String> booleans = new HashSet<>();
		for (JsonNode setting : settings.get("settings")) {
			assertThat(setting.size()).as("a setting has name, type, value: %s", setting).isGreaterThanOrEqualTo(3);
			String name = setting.get(0).asString();
			assertThat(config).as("duplicate setting %s", name).doesNotContainKey(name);
			assertThat(setting.get(2).isString()).as("the value of %s is a JSON string: %s", name, setting).isTrue();
			config.put(name, setting.get(2).asString());
			if (setting.get(1).asInt() == 1) {
				booleans.add(name);
			}
		}
		for (String name : booleans) {
			assertThat(config.get(name)).as("boolean setting %s", name).isIn("true", "false");
		}
		assertThat(config).containsKeys("dir_active_download_flag", "dir_active_download",
				"dir_completed_download_flag", "dir_completed_download", "dir_add_label");
		for (String flag : List.of("dir_active_download_flag", "dir_completed_download_flag", "dir_add_label")) {
			assertThat(config.get(flag)).as(flag).isIn("true", "false");
		}

		JsonNode first = sonarr.json("list=1");
		assertThat(first.get("torrents")).as("list=1 without cid carries torrents").isNotNull();
		assertThat(first.get("torrents")).isEmpty();
		assertThat(first.get("label").isArray()).isTrue();
		assertThat(first.get("torrentc").isString()).as("torrentc is a string: %s", first).isTrue();
		String cid = first.get("torrentc").asString();
		JsonNode delta = sonarr.json("list=1&cid=" + cid);
		assertThat(delta.has("torrents")).as("a known cid answers a delta: %s", delta).isFalse();
		assertThat(delta.get("torrentp")).as("torrentp with a known cid").isNotNull();
		assertThat(delta.get("torrentm")).as("torrentm with a known cid").isNotNull();
		assertThat(delta.get("torrentp").isArray() && delta.get("torrentm").isArray()).isTrue();
		assertThat(delta.get("torrentp")).isEmpty();
		assertThat(delta.get("torrentm")).isEmpty();
		assertThat(delta.get("torrentc").isString()).as("torrentc is a string: %s", delta).isTrue();
		return new ListCache(delta.get("torrentc").asString());
	}

	/**
	 * Right after an add (§6.2): seed goals, label, queuetop, the initial state; the hash
	 * must be known at once.
	 */
	private static void afterAdd(SonarrGuiClient sonarr, String hash) throws Exception {
		sonarr.json("action=setprops&hash=" + hash + "&s=seed_override&v=1&s=seed_ratio&v=1500&s=seed_time&v=7200");
		sonarr.json("action=setprops&hash=" + hash + "&s=label&v=" + CATEGORY);
		sonarr.json("action=queuetop&hash=" + hash);
		sonarr.json("action=start&hash=" + hash);
		JsonNode row = rowsByHash(sonarr.json("list=1").get("torrents")).get(hash);
		assertThat(row).as("the torrent %s in the list right after its add", hash).isNotNull();
		assertThat(row.get(11).asString()).as("its label").isEqualTo(CATEGORY);
	}

	/**
	 * Sonarr's GetTorrents (S:U): {@code list=1&cid=<last torrentc>}; a full
	 * {@code torrents} replaces the cache, else {@code torrentp} and {@code torrentm}
	 * (both required) are merged into it. Only rows labelled with the category count.
	 * @return the category's rows by hash
	 */
	private static Map<String, JsonNode> poll(SonarrGuiClient sonarr, ListCache cache) throws Exception {
		JsonNode answer = sonarr.json("list=1&cid=" + cache.cid);
		JsonNode torrentc = answer.get("torrentc");
		assertThat(torrentc != null && torrentc.isString()).as("torrentc is a string in %s", answer).isTrue();
		if (answer.has("torrents")) {
			cache.rows.clear();
			cache.rows.putAll(rowsByHash(answer.get("torrents")));
		}
		else {
			assertThat(answer.get("torrentp")).as("torrentp in a delta %s", answer).isNotNull();
			assertThat(answer.get("torrentm")).as("torrentm in a delta %s", answer).isNotNull();
			cache.rows.putAll(rowsByHash(answer.get("torrentp")));
			answer.get("torrentm").forEach((removed) -> cache.rows.remove(removed.asString()));
		}
		cache.cid = torrentc.asString();
		Map<String, JsonNode> category = new LinkedHashMap<>();
		cache.rows.forEach((hash, row) -> {
			if (row.get(11).asString().equals(CATEGORY)) {
				category.put(hash, row);
			}
		});
		return category;
	}

	private static Map<String, JsonNode> rowsByHash(JsonNode rows) {
		Map<String, JsonNode> byHash = new LinkedHashMap<>();
		for (JsonNode row : rows) {
			assertThat(row.size()).as("columns of %s", row).isEqualTo(COLUMNS);
			byHash.put(row.get(0).asString(), row);
		}
		return byHash;
	}

	/**
	 * Sonarr's Completed (§6.5): Loaded and Checked, nothing remaining, 1000 per mille.
	 */
	private static boolean completed(JsonNode row) {
		int status = row.get(1).asInt();
		return (status & LOADED) != 0 && (status & CHECKED) != 0 && row.get(18).asLong() == 0
				&& row.get(4).asInt() == 1000;
	}

	/** What Sonarr's converter reads (§6.4): the types of columns 0–28. */
	private static void readsAsSonarrsRow(JsonNode row) {
		assertThat(row.size()).isEqualTo(COLUMNS);
		assertThat(row.get(0).asString()).as("hash of %s", row).matches("[0-9A-F]{40}");
		for (int i : INTEGER_COLUMNS) {
			assertThat(row.get(i).isIntegralNumber()).as("column %d of %s is an integer", i, row).isTrue();
		}
		for (int i : List.of(2, 11, 19, 26)) {
			assertThat(row.get(i).isString()).as("column %d of %s is a string", i, row).isTrue();
		}
		assertThat(row.get(3).asLong()).as("size").isPositive();
		assertThat(row.get(7).asInt()).as("ratio per mille").isGreaterThanOrEqualTo(0);
		assertThat(row.get(10).asInt()).as("eta").isGreaterThanOrEqualTo(-1);
		assertThat(Path.of(row.get(26).asString())).as("save path of %s", row).isAbsolute();
	}

	/**
	 * Sonarr's output path (§6.6): column 26 if its last component is the name, else
	 * column 26 plus the name.
	 */
	private static Path outputPath(JsonNode row) {
		Path savePath = Path.of(row.get(26).asString());
		String name = row.get(2).asString();
		@Nullable Path last = savePath.getFileName();
		Path output = (last != null && last.toString().equals(name)) ? savePath : savePath.resolve(name);
		assertThat(Files.exists(output)).as("the output path %s of %s", output, row).isTrue();
		return output;
	}

	private static TorrentId seed(LibtorrentEngine seeder, byte[] metainfo, Path savePath) {
		TorrentId id = seeder
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(savePath).build())
			.id();
		await().atMost(Duration.ofSeconds(30)).until(() -> seeder.get(id).state() == TorrentState.SEEDING);
		return id;
	}

	/**
	 * What Sonarr keeps between polls (15 minutes in Sonarr): the rows and the cache id.
	 */
	private static final class ListCache {

		private final Map<String, JsonNode> rows = new LinkedHashMap<>();

		private String cid;

		ListCache(String cid) {
			this.cid = cid;
		}

	}

}
