package dev.torrentd.qbittorrent.v2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The torrents scope on a real loopback engine. The application context (and engine) is
 * shared by every test of the module, so each test adds torrents of its own content.
 */
@SpringBootTest(classes = QbTestServer.class)
@AutoConfigureMockMvc
class TorrentsIT {

	private static final String BASIC = "Basic " + Base64.getEncoder()
		.encodeToString((QbTestServer.USERNAME + ":" + QbTestServer.PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final String TRACKER = "http://127.0.0.1:6969/announce";

	private static final String UNKNOWN = "0000000000000000000000000000000000000000";

	private static final AtomicLong seeds = new AtomicLong(System.nanoTime());

	private static final JsonMapper mapper = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TorrentEngine engine;

	@TempDir
	Path content;

	// ---- add

	@Test
	void aTorrentFileInFieldTorrentsIsListedRightAfterAddAsSonarrSendsIt() throws IOException {
		byte[] metainfo = givenMetainfo(true);
		String hash = TestTorrents.infoHash(metainfo);
		MvcTestResult add = addFile("torrents", "0.torrent", metainfo, "stopped", "true", "category", "tv-sonarr",
				"tags", "b,A");
		assertThat(add).hasStatusOk().bodyText().isEqualTo("Ok.");

		JsonNode torrent = info("hashes", hash.toUpperCase()).get(0);
		assertThat(torrent.get("hash").asString()).isEqualTo(hash);
		assertThat(torrent.get("state").asString()).isEqualTo("stoppedDL");
		assertThat(torrent.get("category").asString()).isEqualTo("tv-sonarr");
		assertThat(torrent.get("tags").asString()).isEqualTo("A, b");
		assertThat(torrent.get("trackers_count").asInt()).isEqualTo(1);
		assertThat(torrent.get("eta").asLong()).isEqualTo(8_640_000L);
		assertThat(torrent.get("private").isBoolean()).isTrue();
		assertThat(torrent.get("has_metadata").asBoolean()).isTrue();
		assertThat(categories()).contains("tv-sonarr");
	}

	@Test
	void aTorrentFileInFieldFileIsAddedAsCtrlQbittorrentSendsIt() throws IOException {
		byte[] metainfo = givenMetainfo(false);
		assertThat(addFile("file", "x.torrent", metainfo, "stopped", "true", "useAutoTMM", "false")).hasStatusOk()
			.bodyText()
			.isEqualTo("Ok.");
		assertThat(info("hashes", TestTorrents.infoHash(metainfo))).hasSize(1);
	}

	@Test
	void theTorrentObjectHasEveryGoldenKeyWithTheGoldenJsonType() throws IOException {
		byte[] metainfo = givenMetainfo(true);
		addFile("torrents", "multi.torrent", metainfo, "stopped", "true");
		JsonNode ours = info("hashes", TestTorrents.infoHash(metainfo)).get(0);
		JsonNode golden = golden("torrents_info.json").get(0);
		List<String> goldenKeys = new ArrayList<>();
		golden.propertyNames().forEach(goldenKeys::add);
		for (String key : goldenKeys) {
			assertThat(ours.has(key)).as(key).isTrue();
			assertThat(ours.get(key).getNodeType()).as(key).isEqualTo(golden.get(key).getNodeType());
		}
		List<String> keys = new ArrayList<>();
		ours.propertyNames().forEach(keys::add);
		assertThat(keys).isSorted()
			.contains("reannounce", "private", "has_metadata", "comment", "root_path", "popularity",
					"inactive_seeding_time_limit", "max_inactive_seeding_time");
	}

	@Test
	void addingTheSameTorrentAgainFails() throws IOException {
		byte[] metainfo = givenMetainfo(false);
		assertThat(addFile("torrents", "a.torrent", metainfo, "stopped", "true")).bodyText().isEqualTo("Ok.");
		assertThat(addFile("torrents", "a.torrent", metainfo, "stopped", "true")).hasStatusOk()
			.bodyText()
			.isEqualTo("Fails.");
	}

	@Test
	void anInvalidTorrentFileIsUnsupportedMediaType() {
		assertThat(addFile("torrents", "bad.torrent", "not bencode".getBytes(StandardCharsets.US_ASCII))).hasStatus(415)
			.bodyText()
			.isEqualTo("Error: 'bad.torrent' is not a valid torrent file.");
	}

	@Test
	void addingNothingFails() {
		assertThat(post("/add", "paused", "true")).hasStatusOk().bodyText().isEqualTo("Fails.");
	}

	@Test
	void aMagnetIsListedAtOnceWithoutMetadata() {
		String hash = randomHash();
		assertThat(post("/add", "urls", "magnet:?xt=urn:btih:" + hash + "&dn=magnet-it", "stopped", "true")).bodyText()
			.isEqualTo("Ok.");
		JsonNode torrent = info("hashes", hash).get(0);
		assertThat(torrent.get("has_metadata").asBoolean()).isFalse();
		assertThat(torrent.get("private").isNull()).isTrue();
		assertThat(torrent.get("content_path").asString()).isEmpty();
		assertThat(torrent.get("state").asString()).isEqualTo("stoppedDL");
		assertThat(json(get("/files", "hash", hash))).isEmpty();
		assertThat(json(get("/pieceHashes", "hash", hash))).isEmpty();
		assertThat(post("/export", "hash", hash)).hasStatus(409);
	}

	@Test
	void aBareInfoHashIsAddedAsAMagnet() {
		String hash = randomHash();
		assertThat(post("/add", "urls", hash.toUpperCase(), "stopped", "true")).bodyText().isEqualTo("Ok.");
		assertThat(info("hashes", hash)).hasSize(1);
	}

	@Test
	void aBadMagnetIsNotAcceptedButNeverAServerError() {
		assertThat(post("/add", "urls", "magnet:?xt=urn:btih:zzz\nnot a url")).hasStatusOk()
			.bodyText()
			.isEqualTo("Fails.");
	}

	// ---- reads

	@Test
	void propertiesFilesTrackersAndPiecesDescribeTheTorrent() throws IOException {
		byte[] metainfo = givenMetainfo(true);
		String hash = TestTorrents.infoHash(metainfo);
		addFile("torrents", "multi.torrent", metainfo, "stopped", "true");

		JsonNode properties = json(get("/properties", "hash", hash));
		assertThat(properties.get("hash").asString()).isEqualTo(hash);
		assertThat(properties.get("dl_limit").asInt()).isEqualTo(-1);
		assertThat(properties.get("pieces_num").asInt()).isEqualTo(3);
		assertThat(properties.get("piece_size").asInt()).isEqualTo(32768);
		assertThat(properties.get("created_by").asString()).isEqualTo("torrentd tests");
		sameKeysAsGolden(properties, golden("torrents_properties.json"));

		JsonNode files = json(post("/files", "hash", hash));
		assertThat(files).hasSize(2);
		assertThat(files.get(0).get("name").asString()).isEqualTo("content/a.bin");
		assertThat(files.get(0).has("is_seed")).isTrue();
		assertThat(files.get(1).has("is_seed")).isFalse();
		sameKeysAsGolden(files.get(0), golden("torrents_files.json").get(0));
		assertThat(json(get("/files", "hash", hash, "indexes", "1")).get(0).get("index").asInt()).isEqualTo(1);
		assertThat(get("/files", "hash", hash, "indexes", "7")).hasStatus(409);

		JsonNode trackers = json(get("/trackers", "hash", hash));
		assertThat(trackers).hasSize(4);
		assertThat(trackers.get(0).get("url").asString()).isEqualTo("** [DHT] **");
		assertThat(trackers.get(3).get("url").asString()).isEqualTo(TRACKER);
		sameKeysAsGolden(trackers.get(3), golden("torrents_trackers.json").get(3));

		assertThat(json(get("/pieceHashes", "hash", hash))).hasSize(3);
		assertThat(json(get("/pieceStates", "hash", hash))).hasSize(3);
		assertThat(json(get("/webseeds", "hash", hash))).isEmpty();
		JsonNode withTrackers = info("hashes", hash, "includeTrackers", "true").get(0);
		assertThat(withTrackers.get("trackers")).hasSize(1);

		MvcTestResult export = get("/export", "hash", hash);
		assertThat(export).hasStatusOk().hasContentType("application/x-bittorrent");
		assertThat(export.getResponse().getHeader("Content-Disposition")).contains(hash + ".torrent");
		assertThat(TestTorrents.infoHash(export.getResponse().getContentAsByteArray())).isEqualTo(hash);
	}

	@Test
	void countIsTheNumberOfTorrents() throws IOException {
		addFile("torrents", "c.torrent", givenMetainfo(false), "stopped", "true");
		assertThat(get("/count")).hasStatusOk().bodyText().isEqualTo(Integer.toString(this.engine.torrents().size()));
	}

	// ---- actions

	@Test
	void stopAndStartAndThePausedNamesChangeTheState() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(post("/start", "hashes", hash)).hasStatusOk().bodyText().isEmpty();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(state(hash)).isNotEqualTo("stoppedDL"));
		assertThat(post("/stop", "hashes", hash)).hasStatusOk();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(state(hash)).isEqualTo("stoppedDL"));
		assertThat(post("/resume", "hashes", hash)).hasStatusOk();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(state(hash)).isNotEqualTo("stoppedDL"));
		assertThat(post("/pause", "hashes", hash)).hasStatusOk();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(state(hash)).isEqualTo("stoppedDL"));
		assertThat(info("filter", "stopped", "hashes", hash)).hasSize(1);
		assertThat(info("filter", "running", "hashes", hash)).isEmpty();
	}

	@Test
	void deleteWithoutDeleteFilesIsABadRequest() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(post("/delete", "hashes", hash)).hasStatus(400).bodyText().isEqualTo("Bad Request");
		assertThat(info("hashes", hash)).hasSize(1);
	}

	@Test
	void deleteWithDeleteFilesFalseRemovesTheTorrentAndKeepsItsData() throws Exception {
		Path folder = Files.createDirectories(this.content.resolve("kept"));
		byte[] metainfo = givenMetainfo(folder.resolve("data"), true);
		String hash = TestTorrents.infoHash(metainfo);
		addFile("torrents", "k.torrent", metainfo, "savepath", folder.toString(), "skip_checking", "true", "stopped",
				"true");
		assertThat(post("/delete", "hashes", hash, "deleteFiles", "false")).hasStatusOk().bodyText().isEmpty();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(info("hashes", hash)).isEmpty());
		// the engine deletes asynchronously: give it the time the deleteFiles=true case
		// needs
		Thread.sleep(1000);
		assertThat(folder.resolve("data/a.bin")).exists();
		assertThat(folder.resolve("data/b.bin")).exists();
	}

	@Test
	void deleteWithDeleteFilesRemovesTheTorrentAndItsData() throws IOException {
		Path folder = Files.createDirectories(this.content.resolve("seeded"));
		byte[] metainfo = givenMetainfo(folder.resolve("data"), true);
		String hash = TestTorrents.infoHash(metainfo);
		addFile("torrents", "d.torrent", metainfo, "savepath", folder.toString(), "skip_checking", "true", "stopped",
				"true");
		assertThat(Files.exists(folder.resolve("data/a.bin"))).isTrue();
		assertThat(post("/delete", "hashes", hash, "deleteFiles", "true")).hasStatusOk().bodyText().isEmpty();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(info("hashes", hash)).isEmpty();
			assertThat(Files.exists(folder.resolve("data/a.bin"))).isFalse();
		});
	}

	@Test
	void categoriesRoundTrip() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(post("/createCategory", "category", "golden-it", "savePath", "/srv/golden")).hasStatusOk();
		assertThat(post("/createCategory", "category", "other-it")).hasStatusOk();
		JsonNode categories = json(get("/categories"));
		assertThat(categories.get("golden-it").get("savePath").asString()).isEqualTo("/srv/golden");
		assertThat(categories.get("other-it").get("savePath").asString()).isEmpty();
		assertThat(categories.get("other-it").get("name").asString()).isEqualTo("other-it");

		assertThat(post("/createCategory", "category", "golden-it")).hasStatus(409)
			.bodyText()
			.isEqualTo("Unable to create category");
		assertThat(post("/createCategory", "category", "bad\\name")).hasStatus(409)
			.bodyText()
			.isEqualTo("Incorrect category name");
		assertThat(post("/createCategory", "category", "")).hasStatus(400)
			.bodyText()
			.isEqualTo("Category cannot be empty");
		assertThat(post("/editCategory", "category", "nope-it", "savePath", "/tmp/x")).hasStatus(409)
			.bodyText()
			.isEqualTo("Unable to edit category");
		assertThat(post("/editCategory", "category", "other-it", "savePath", "/srv/other")).hasStatusOk();
		assertThat(json(get("/categories")).get("other-it").get("savePath").asString()).isEqualTo("/srv/other");

		assertThat(post("/setCategory", "hashes", hash, "category", "nope-it")).hasStatus(409)
			.bodyText()
			.isEqualTo("Incorrect category name");
		assertThat(post("/setCategory", "hashes", UNKNOWN, "category", "golden-it")).hasStatusOk().bodyText().isEmpty();
		assertThat(post("/setCategory", "hashes", hash, "category", "golden-it")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(info("category", "golden-it", "hashes", hash)).hasSize(1));
		assertThat(post("/setCategory", "hashes", hash, "category", "")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(info("category", "", "hashes", hash)).hasSize(1));

		assertThat(post("/removeCategories", "categories", "golden-it\nother-it")).hasStatusOk();
		assertThat(categories()).doesNotContain("golden-it", "other-it");
	}

	@Test
	void tagsRoundTrip() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(post("/createTags", "tags", "it-t1, it-t2")).hasStatusOk();
		assertThat(strings(json(get("/tags")))).contains("it-t1", "it-t2");
		assertThat(post("/addTags", "hashes", hash, "tags", "it-t1,it-new")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(info("hashes", hash).get(0).get("tags").asString()).isEqualTo("it-new, it-t1"));
		assertThat(info("tag", "it-new", "hashes", hash)).hasSize(1);
		assertThat(post("/setTags", "hashes", hash, "tags", "it-t2")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(info("hashes", hash).get(0).get("tags").asString()).isEqualTo("it-t2"));
		assertThat(post("/removeTags", "hashes", hash)).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(info("tag", "", "hashes", hash)).hasSize(1));
		assertThat(post("/deleteTags", "tags", "it-t1,it-t2,it-new")).hasStatusOk();
		assertThat(strings(json(get("/tags")))).doesNotContain("it-t1", "it-t2", "it-new");
	}

	@Test
	void limitsAndShareLimitsAndFlagsAreApplied() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(post("/setDownloadLimit", "hashes", hash, "limit", "2048")).hasStatusOk();
		assertThat(post("/setShareLimits", "hashes", hash, "ratioLimit", "1.5", "seedingTimeLimit", "60",
				"inactiveSeedingTimeLimit", "-2"))
			.hasStatusOk();
		assertThat(post("/toggleSequentialDownload", "hashes", hash)).hasStatusOk();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			JsonNode torrent = info("hashes", hash).get(0);
			assertThat(torrent.get("dl_limit").asLong()).isEqualTo(2048);
			assertThat(torrent.get("ratio_limit").asDouble()).isEqualTo(1.5);
			assertThat(torrent.get("seeding_time_limit").asLong()).isEqualTo(60);
			assertThat(torrent.get("seq_dl").asBoolean()).isTrue();
		});
		JsonNode limits = json(get("/downloadLimit", "hashes", hash + "|" + UNKNOWN));
		assertThat(limits.get(hash).asLong()).isEqualTo(2048);
		assertThat(limits.get(UNKNOWN).asLong()).isEqualTo(-1);
	}

	@Test
	void queueEndpointsNeedQueueingEnabled() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(post("/topPrio", "hashes", hash)).hasStatusOk();
		EngineSettings before = this.engine.settings();
		this.engine.applySettings(before.toBuilder().queueingEnabled(false).build());
		try {
			assertThat(post("/increasePrio", "hashes", hash)).hasStatus(409)
				.bodyText()
				.isEqualTo("Torrent queueing must be enabled");
		}
		finally {
			this.engine.applySettings(before);
		}
	}

	@Test
	void trackersAndWebSeedsCanBeEdited() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(post("/addTrackers", "hash", hash, "urls", "http://127.0.0.1:7000/announce\n\nudp://127.0.0.1:7001"))
			.hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(json(get("/trackers", "hash", hash))).hasSize(6));
		assertThat(post("/editTracker", "hash", hash, "origUrl", "http://nope/announce", "newUrl", "http://x/a"))
			.hasStatus(409)
			.bodyText()
			.isEqualTo("Tracker not found");
		assertThat(post("/editTracker", "hash", hash, "origUrl", TRACKER, "newUrl", "http://127.0.0.1:7000/announce"))
			.hasStatus(409)
			.bodyText()
			.isEqualTo("New tracker URL already exists");
		assertThat(post("/removeTrackers", "hash", hash, "urls", "udp://127.0.0.1:7001")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(json(get("/trackers", "hash", hash)).findValuesAsString("url")).isNotEmpty()
				.doesNotContain("udp://127.0.0.1:7001"));
		assertThat(post("/addWebSeeds", "hash", hash, "urls", "http://127.0.0.1:8000/files/")).hasStatusOk();
		assertThat(post("/addWebSeeds", "hash", hash, "urls", "gopher://x")).hasStatus(400);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(json(get("/webseeds", "hash", hash)).get(0).get("url").asString())
				.isEqualTo("http://127.0.0.1:8000/files/"));
	}

	@Test
	void renameSetsTheNameAndAnEmptyNameIsAConflict() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(post("/rename", "hash", hash, "name", "")).hasStatus(409)
			.bodyText()
			.isEqualTo("Incorrect torrent name");
		assertThat(post("/rename", "hash", hash, "name", "renamed\nit")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(info("hashes", hash).get(0).get("name").asString()).isEqualTo("renamed it"));
	}

	@Test
	void addPeersAnswersPerTorrent() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		JsonNode answer = json(post("/addPeers", "hashes", hash, "peers", "127.0.0.1:6999"));
		assertThat(answer.get(hash).get("added").asInt()).isEqualTo(1);
		assertThat(post("/addPeers", "hashes", hash, "peers", "notapeer")).hasStatus(400)
			.bodyText()
			.isEqualTo("No valid peers were specified");
	}

	// ---- the error table of the golden capture

	@Test
	void errorCasesAnswerAsQbittorrent() throws IOException {
		String hash = givenAddedTorrent("stopped", "true");
		assertThat(get("/properties", "hash", UNKNOWN)).hasStatus(404).bodyText().isEqualTo("Not Found");
		assertThat(get("/files", "hash", UNKNOWN)).hasStatus(404).bodyText().isEqualTo("Not Found");
		assertThat(get("/trackers", "hash", UNKNOWN)).hasStatus(404).bodyText().isEqualTo("Not Found");
		assertThat(get("/properties")).hasStatus(400).bodyText().isEqualTo("Bad Request");
		assertThat(get("/properties", "hash", "xyz")).hasStatus(404).bodyText().isEqualTo("Not Found");
		assertThat(get("/info", "hashes", UNKNOWN)).hasStatusOk()
			.hasContentType("application/json")
			.bodyText()
			.isEqualTo("[]");
		assertThat(post("/pause", "hashes", UNKNOWN)).hasStatusOk().bodyText().isEmpty();
		assertThat(post("/delete", "hashes", UNKNOWN, "deleteFiles", "false")).hasStatusOk().bodyText().isEmpty();
		assertThat(get("/pause", "hashes", "all")).hasStatus(405).bodyText().isEqualTo("Method Not Allowed");
		assertThat(get("/add")).hasStatus(405).bodyText().isEqualTo("Method Not Allowed");
		assertThat(post("/info")).hasStatusOk().hasContentType("application/json");
		assertThat(get("/nope")).hasStatus(404).bodyText().isEqualTo("Not Found");
		assertThat(post("/setShareLimits", "hashes", hash)).hasStatus(400).bodyText().isEqualTo("Bad Request");
		assertThat(post("/filePrio", "hash", hash, "id", "0", "priority", "5")).hasStatus(400)
			.bodyText()
			.isEqualTo("Priority is not valid");
		assertThat(post("/filePrio", "hash", hash, "id", "99", "priority", "1")).hasStatus(409)
			.bodyText()
			.isEqualTo("File ID is not valid");
		assertThat(post("/filePrio", "hash", hash, "id", "1", "priority", "0")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(json(get("/files", "hash", hash)).get(1).get("priority").asInt()).isZero());
		assertThat(post("/addTrackers", "hash", UNKNOWN, "urls", TRACKER)).hasStatus(404)
			.bodyText()
			.isEqualTo("Not Found");
		assertThat(json(get("/info", "filter", "bogus"))).hasSize(this.engine.torrents().size());
		assertThat(get("/info", "sort", "nope")).hasStatus(400).bodyText().isEqualTo("'sort' parameter is invalid");
	}

	@Test
	void aValidTorrentWhoseSavePathCannotBeCreatedIsNotAcceptedRatherThanCalledInvalid() throws IOException {
		Path blocker = Files.writeString(this.content.resolve("a-file"), "not a folder");
		byte[] metainfo = givenMetainfo(false);

		assertThat(addFile("torrents", "valid.torrent", metainfo, "savepath", blocker.resolve("sub").toString()))
			.hasStatusOk()
			.bodyText()
			.isEqualTo("Fails.");
		assertThat(json(get("/info", "hashes", TestTorrents.infoHash(metainfo)))).isEmpty();
	}

	@Test
	void anEmptyHashesFilterListsEveryTorrentAsQbittorrentSkipsEmptyParts() throws IOException {
		givenAddedTorrent();

		assertThat(json(get("/info", "hashes", ""))).hasSize(this.engine.torrents().size());
		assertThat(json(get("/info", "hashes", "xyz"))).isEmpty();
	}

	@Test
	void unparsableNumbersMeanNoLimitAsQtReadsThemInsteadOfABadRequest() throws IOException {
		String hash = givenAddedTorrent();

		assertThat(post("/setDownloadLimit", "hashes", hash, "limit", "2048")).hasStatusOk();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(json(get("/info", "hashes", hash)).get(0).get("dl_limit").asLong())
				.isEqualTo(2048));
		assertThat(post("/setDownloadLimit", "hashes", hash, "limit", "abc")).hasStatusOk();
		assertThat(post("/setShareLimits", "hashes", hash, "ratioLimit", "Infinity", "seedingTimeLimit", "1.5",
				"inactiveSeedingTimeLimit", "-2"))
			.hasStatusOk();
		JsonNode torrent = json(get("/info", "hashes", hash)).get(0);
		assertThat(torrent.get("dl_limit").asLong()).isZero();
		// never "Infinity" in the JSON: a non-finite number reads as 0, as an unparsable
		// one
		assertThat(torrent.get("ratio_limit").isNumber()).isTrue();
		assertThat(torrent.get("ratio_limit").asDouble()).isZero();
		assertThat(torrent.get("seeding_time_limit").asLong()).isZero();
		assertThat(torrent.get("inactive_seeding_time_limit").asLong()).isEqualTo(-2);
	}

	// ---- helpers

	private String givenAddedTorrent(String... params) throws IOException {
		byte[] metainfo = givenMetainfo(true);
		assertThat(addFile("torrents", "given.torrent", metainfo, params)).bodyText().isEqualTo("Ok.");
		return TestTorrents.infoHash(metainfo);
	}

	private byte[] givenMetainfo(boolean multiFile) throws IOException {
		return givenMetainfo(this.content.resolve("content"), multiFile);
	}

	/** Random content (unique per call, so every torrent is new to the shared engine). */
	private byte[] givenMetainfo(Path folder, boolean multiFile) throws IOException {
		long seed = seeds.incrementAndGet();
		if (!multiFile) {
			Path file = TestTorrents.randomFile(folder.resolveSibling(folder.getFileName() + ".bin"), 40_000, seed);
			return TestTorrents.metainfo(file, 32768, TRACKER);
		}
		TestTorrents.randomFile(folder.resolve("a.bin"), 40_000, seed);
		TestTorrents.randomFile(folder.resolve("b.bin"), 30_000, seed + 1);
		return TestTorrents.metainfo(folder, 32768, TRACKER);
	}

	private MvcTestResult addFile(String field, String filename, byte[] bytes, String... params) {
		var request = this.mvc.post()
			.uri("/api/v2/torrents/add")
			.header("Authorization", BASIC)
			.multipart()
			.file(new MockMultipartFile(field, filename, "application/x-bittorrent", bytes));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult post(String path, String... params) {
		var request = this.mvc.post().uri("/api/v2/torrents" + path).header("Authorization", BASIC);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult get(String path, String... params) {
		var request = this.mvc.get().uri("/api/v2/torrents" + path).header("Authorization", BASIC);
		for (int i = 0; i < params.length; i += 2) {
			request.queryParam(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private JsonNode info(String... params) {
		MvcTestResult result = get("/info", params);
		assertThat(result).hasStatusOk();
		return json(result);
	}

	private String state(String hash) {
		return info("hashes", hash).get(0).get("state").asString();
	}

	private List<String> categories() {
		List<String> names = new ArrayList<>();
		json(get("/categories")).propertyNames().forEach(names::add);
		return names;
	}

	private static List<String> strings(JsonNode array) {
		List<String> list = new ArrayList<>();
		for (Iterator<JsonNode> it = array.iterator(); it.hasNext();) {
			list.add(it.next().asString());
		}
		return list;
	}

	private static JsonNode json(MvcTestResult result) {
		try {
			return mapper.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode golden(String name) throws IOException {
		try (InputStream in = TorrentsIT.class.getResourceAsStream("/qbittorrent/golden-4.5.2/" + name)) {
			return mapper.readTree(in);
		}
	}

	private static void sameKeysAsGolden(JsonNode ours, JsonNode golden) {
		golden.propertyNames().forEach((key) -> {
			assertThat(ours.has(key)).as(key).isTrue();
			assertThat(ours.get(key).getNodeType()).as(key).isEqualTo(golden.get(key).getNodeType());
		});
	}

	private static String randomHash() {
		byte[] bytes = new byte[20];
		new Random(seeds.incrementAndGet()).nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
