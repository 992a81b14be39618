package dev.torrentd.qbittorrent.v2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.engine.libtorrent.TestEngines;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = QbTestServer.class)
@AutoConfigureMockMvc
class SyncIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration SETTLE = Duration.ofSeconds(20);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LibtorrentEngine engine;

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private String sid = "";

	private final AtomicInteger rid = new AtomicInteger();

	@BeforeEach
	void login() {
		var login = this.mvc.post()
			.uri("/api/v2/auth/login")
			.param("username", QbTestServer.USERNAME)
			.param("password", QbTestServer.PASSWORD)
			.exchange();
		String setCookie = login.getResponse().getHeader("Set-Cookie");
		assertThat(setCookie).startsWith("SID=");
		this.sid = setCookie.substring(4, setCookie.indexOf(';'));
	}

	@Test
	void maindataGoesFromFullToIdleToTheChangedCategoryToTheRemovedTorrent() {
		String tracker = "http://127.0.0.1:1/sync-it-" + System.nanoTime() + "/announce";
		TorrentId id = addStopped(tracker);
		String hash = id.hex();

		Map<String, Object> full = maindata(0);
		assertThat(full).containsEntry("full_update", true).containsEntry("rid", 1).containsKey("server_state");
		assertThat(object(object(full, "torrents"), hash)).containsKeys("name", "category", "state")
			.doesNotContainKey("hash");
		assertThat(object(full, "trackers")).containsEntry(tracker, List.of(hash));
		this.rid.set((int) full.get("rid"));

		// the new torrent's state settles (checking → stopped); then it does not move
		// (other tests' torrents in this shared engine may, so only this one is checked)
		int before = this.rid.get();
		Map<String, Object> idle = awaitAnswer(
				(answer) -> !answer.containsKey("torrents") || !((Map<?, ?>) answer.get("torrents")).containsKey(hash));
		assertThat(idle).doesNotContainKeys("torrents_removed", "trackers", "categories", "tags");
		assertThat(this.rid.get()).isGreaterThan(before);

		this.engine.setCategory(List.of(id), "sync-it");
		Map<String, Object> changed = awaitAnswer((answer) -> answer.containsKey("torrents"));
		assertThat(object(object(changed, "torrents"), hash)).containsEntry("category", "sync-it")
			.doesNotContainKeys("name", "size", "added_on", "hash");
		assertThat(object(object(changed, "categories"), "sync-it")).containsEntry("name", "sync-it");
		assertThat(changed).doesNotContainKey("full_update");

		this.engine.remove(List.of(id), true);
		Map<String, Object> removed = awaitAnswer((answer) -> answer.containsKey("torrents_removed"));
		assertThat(removed.get("torrents_removed")).isEqualTo(List.of(hash));
		assertThat(removed.get("trackers_removed")).isEqualTo(List.of(tracker));
	}

	@Test
	void maindataWithABogusRidIsAFullUpdate() {
		Map<String, Object> first = maindata(0);
		Map<String, Object> bogus = maindata(999_999);

		assertThat(bogus).containsEntry("full_update", true).containsEntry("rid", (int) first.get("rid") + 1);
	}

	@Test
	void maindataAcceptsPostWithTheRidInTheBody() {
		Map<String, Object> first = maindata(0);
		MvcTestResult result = this.mvc.post()
			.uri("/api/v2/sync/maindata")
			.header("Cookie", "SID=" + this.sid)
			.param("rid", first.get("rid").toString())
			.exchange();

		assertThat(result).hasStatusOk().hasContentType("application/json");
		assertThat(parse(result)).doesNotContainKey("full_update").containsEntry("rid", 2);
	}

	@Test
	void torrentPeersOfAStoppedTorrentIsAFullUpdateWithNoPeersThenIdle() {
		TorrentId id = addStopped("http://127.0.0.1:1/announce");

		MvcTestResult first = peers("hash=" + id.hex() + "&rid=0");
		assertThat(first).hasStatusOk().hasContentType("application/json");
		assertThat(parse(first))
			.isEqualTo(Map.of("full_update", true, "peers", Map.of(), "rid", 1, "show_flags", false));
		assertThat(parse(peers("hash=" + id.hex().toUpperCase() + "&rid=1"))).isEqualTo(Map.of("rid", 2));
		this.engine.remove(List.of(id), true);
	}

	@Test
	void torrentPeersListsAConnectedLeecherThenOnlyWhatChanged() {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/big.bin"), 8 * 1024 * 1024, 7);
		byte[] metainfo = TestTorrents.metainfo(data, 64 * 1024);
		TorrentId id = this.engine
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(data.getParent()).build())
			.id();
		await().atMost(SETTLE).until(() -> this.engine.get(id).state() == TorrentState.SEEDING);
		// slow enough that the leecher stays connected for the whole test
		this.engine.setUploadLimit(List.of(id), 32 * 1024);
		LibtorrentEngine leecher = this.engines.start(this.dir.resolve("leecher"));
		leecher.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.defaults());
		leecher.addPeers(List.of(id), List.of(TestEngines.address(this.engine)));
		String query = "hash=" + id.hex() + "&rid=0";

		AtomicReference<Map<String, Object>> full = new AtomicReference<>();
		await().atMost(SETTLE).pollInterval(Duration.ofMillis(300)).until(() -> {
			full.set(parse(peers(query)));
			return !object(full.get(), "peers").isEmpty();
		});

		assertThat(full.get()).containsEntry("full_update", true).containsEntry("show_flags", false);
		Map<String, Object> peers = object(full.get(), "peers");
		String key = peers.keySet().iterator().next();
		assertThat(key).startsWith("127.0.0.1:");
		assertThat(object(peers, key))
			.containsOnlyKeys("client", "connection", "dl_speed", "downloaded", "files", "flags", "flags_desc", "ip",
					"peer_id_client", "port", "progress", "relevance", "up_speed", "uploaded")
			.containsEntry("ip", "127.0.0.1")
			.containsEntry("files", "")
			.hasEntrySatisfying("connection", (connection) -> assertThat(connection).isIn("BT", "\u03bcTP"))
			.hasEntrySatisfying("client", (client) -> assertThat((String) client).contains("libtorrent"))
			.hasEntrySatisfying("flags", (flags) -> assertThat((String) flags).contains("I"));
		assertThat(key).endsWith(":" + object(peers, key).get("port"));

		Map<String, Object> partial = parse(peers("hash=" + id.hex() + "&rid=" + full.get().get("rid")));
		assertThat(partial).doesNotContainKeys("full_update", "show_flags");
		if (partial.containsKey("peers") && object(partial, "peers").containsKey(key)) {
			assertThat(object(object(partial, "peers"), key)).doesNotContainKeys("ip", "port", "client");
		}
		this.engine.remove(List.of(id), false);
	}

	@Test
	void torrentPeersWithAnUnknownMalformedOrMissingHashIsNotFound() {
		for (String query : List.of("hash=" + "0".repeat(40), "hash=xyz", "rid=0", "hash=")) {
			assertThat(peers(query)).as(query).hasStatus(404).bodyText().isEqualTo("Not Found");
		}
	}

	@Test
	void syncNeedsASession() {
		assertThat(this.mvc.get().uri("/api/v2/sync/maindata")).hasStatus(403);
	}

	private TorrentId addStopped(String tracker) {
		try {
			Path content = TestTorrents.randomFile(this.dir.resolve("data-" + System.nanoTime() + ".bin"), 64 * 1024,
					System.nanoTime());
			byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024, tracker);
			Path save = Files.createDirectories(this.dir.resolve("save"));
			return this.engine
				.add(new TorrentSource.MetainfoFile(metainfo),
						AddOptions.builder().savePath(save).stopped(true).build())
				.id();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Polls with the last rid until an answer matches; keeps the rid chain going. */
	private Map<String, Object> awaitAnswer(java.util.function.Predicate<Map<String, Object>> condition) {
		AtomicReference<Map<String, Object>> match = new AtomicReference<>();
		await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).until(() -> {
			Map<String, Object> answer = maindata(this.rid.get());
			assertThat(answer).doesNotContainKey("full_update");
			this.rid.set((int) answer.get("rid"));
			if (condition.test(answer)) {
				match.set(answer);
				return true;
			}
			return false;
		});
		return match.get();
	}

	private Map<String, Object> maindata(int rid) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v2/sync/maindata?rid=" + rid)
			.header("Cookie", "SID=" + this.sid)
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/json");
		return parse(result);
	}

	private MvcTestResult peers(String query) {
		return this.mvc.get().uri("/api/v2/sync/torrentPeers?" + query).header("Cookie", "SID=" + this.sid).exchange();
	}

	private static Map<String, Object> parse(MvcTestResult result) {
		return JSON.readValue(result.getResponse().getContentAsByteArray(), new TypeReference<Map<String, Object>>() {
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (Map<String, Object>) parent.get(key);
	}

}
