package dev.torrentd.utorrent.gui;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.utorrent.UtTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The torrent actions through {@code /gui/} on the real engine: adds finish before the
 * answer, the list and its cache ids, properties, file priorities, queue moves and
 * removal, as the manual and the clients in the spec use them.
 */
@SpringBootTest(classes = UtTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuiTorrentsIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MAGNET_HASH = "B0B81206633C42874173D22E564D293DAEFC45E5";

	@TempDir
	Path dir;

	@LocalServerPort
	int port;

	@Autowired
	TorrentEngine engine;

	private GuiSession gui;

	@BeforeEach
	void openSession() throws Exception {
		this.gui = new GuiSession(this.port);
	}

	@AfterEach
	void removeAll() {
		this.engine.remove(this.engine.torrents().stream().map(Torrent::id).toList(), true);
	}

	@Test
	void anAddedFileIsInTheNextListWith29ColumnsAndAnUpperCaseHash() throws Exception {
		byte[] metainfo = metainfo("single.bin", 3);
		String hash = TestTorrents.infoHash(metainfo).toUpperCase(Locale.ROOT);
		HttpResponse<String> added = addFile(metainfo, "");
		assertThat(added.body()).isEqualTo("{\"build\":30470}");
		JsonNode list = this.gui.api("list=1");
		assertThat(list.propertyNames()).containsExactly("build", "label", "torrents", "rssfeeds", "rssfilters",
				"torrentc");
		JsonNode row = list.get("torrents").get(0);
		assertThat(row.size()).isEqualTo(29);
		assertThat(row.get(0).asString()).isEqualTo(hash);
		assertThat(row.get(2).asString()).isEqualTo("single.bin");
		assertThat(row.get(3).isIntegralNumber()).isTrue();
		assertThat(row.get(17).asInt()).isEqualTo(1);
		assertThat(list.get("torrentc").isString()).isTrue();
	}

	@Test
	void aMagnetIsListedAtOnceNamedFromItsDisplayName() throws Exception {
		String magnet = "magnet:?xt=urn:btih:" + MAGNET_HASH + "&dn=Ubuntu+11+10+Alternate+Amd64+Iso";
		JsonNode added = this.gui.api("action=add-url&s=" + URLEncoder.encode(magnet, StandardCharsets.UTF_8));
		assertThat(added.toString()).isEqualTo("{\"build\":30470}");
		JsonNode labelled = this.gui
			.api("action=setprops&hash=" + MAGNET_HASH.toLowerCase(Locale.ROOT) + "&s=label&v=test");
		assertThat(labelled.toString()).isEqualTo("{\"build\":30470}");
		JsonNode row = this.gui.api("list=1").get("torrents").get(0);
		assertThat(row.get(0).asString()).isEqualTo(MAGNET_HASH);
		assertThat(row.get(2).asString()).isEqualTo("Ubuntu 11 10 Alternate Amd64 Iso");
		assertThat(row.get(11).asString()).isEqualTo("test");
		assertThat(this.gui.api("list=1").get("label").toString()).isEqualTo("[[\"test\",1]]");
	}

	@Test
	void aKnownCacheIdGetsOnlyChangesAndRemovalsAlwaysBothKeys() throws Exception {
		String first = TestTorrents.infoHash(add("a.bin", 1)).toUpperCase(Locale.ROOT);
		JsonNode full = this.gui.api("list=1");
		String cid = full.get("torrentc").asString();
		JsonNode none = this.gui.api("list=1&cid=" + cid);
		assertThat(none.has("torrents")).isFalse();
		assertThat(none.propertyNames()).contains("torrentp", "torrentm", "rssfeedp", "rssfeedm", "rssfilterp",
				"rssfilterm", "torrentc");
		String second = TestTorrents.infoHash(add("b.bin", 2)).toUpperCase(Locale.ROOT);
		this.gui.api("action=remove&hash=" + first);
		JsonNode delta = this.gui.api("list=1&cid=" + none.get("torrentc").asString());
		assertThat(hashes(delta.get("torrentp"))).contains(second).doesNotContain(first);
		assertThat(delta.get("torrentm").toString()).isEqualTo("[\"" + first + "\"]");
		assertThat(this.gui.api("list=1&cid=undefined").has("torrents")).isTrue();
	}

	@Test
	void anActionWithListAppendsTheList() throws Exception {
		String hash = TestTorrents.infoHash(add("c.bin", 3)).toUpperCase(Locale.ROOT);
		JsonNode answer = this.gui.api("action=stop&hash=" + hash + "&list=1&cid=0&getmsg=1");
		assertThat(answer.get("build").asInt()).isEqualTo(30470);
		assertThat(hashes(answer.get("torrents"))).containsExactly(hash);
	}

	@Test
	void propertiesReadBackWhatSetpropsWrote() throws Exception {
		String hash = TestTorrents.infoHash(add("d.bin", 4)).toUpperCase(Locale.ROOT);
		String trackers = "http://127.0.0.1:1/announce\r\n\r\nhttp://127.0.0.1:2/announce";
		this.gui.api("action=setprops&hash=" + hash + "&s=ulrate&v=10240&s=dlrate&v=20480&s=seed_override&v=1"
				+ "&s=seed_ratio&v=1500&s=seed_time&v=7200&s=trackers&v="
				+ URLEncoder.encode(trackers, StandardCharsets.UTF_8));
		JsonNode props = this.gui.api("action=getprops&hash=" + hash).get("props").get(0);
		assertThat(props.get("hash").asString()).isEqualTo(hash);
		assertThat(props.get("ulrate").asLong()).isEqualTo(10240);
		assertThat(props.get("dlrate").asLong()).isEqualTo(20480);
		assertThat(props.get("seed_override").asInt()).isEqualTo(1);
		assertThat(props.get("seed_ratio").asInt()).isEqualTo(1500);
		assertThat(props.get("seed_time").asInt()).isEqualTo(7200);
		assertThat(props.get("trackers").asString()).isEqualTo(trackers);
		ShareLimits limits = this.engine.get(TorrentId.parse(hash.toLowerCase(Locale.ROOT))).shareLimits();
		assertThat(limits.ratioLimit()).isEqualTo(1.5);
		assertThat(limits.seedingTimeLimitMinutes()).isEqualTo(120);
		// the reference WebUI sends what the user typed times the unit: 1.1 × 10
		this.gui.api("action=setprops&hash=" + hash + "&s=seed_ratio&v=11.000000000000002&s=ulrate&v=102.4");
		JsonNode typed = this.gui.api("action=getprops&hash=" + hash).get("props").get(0);
		assertThat(typed.get("seed_ratio").asInt()).isEqualTo(11);
		assertThat(typed.get("ulrate").asLong()).isEqualTo(102);
		this.gui.api("action=setprops&hash=" + hash + "&s=seed_override&v=0");
		assertThat(this.gui.api("action=getprops&hash=" + hash).get("props").get(0).get("seed_override").asInt())
			.isZero();
	}

	@Test
	void sonarrsPostImportLabelRemovalKeepsTheNewLabel() throws Exception {
		String hash = TestTorrents.infoHash(add("e.bin", 5)).toUpperCase(Locale.ROOT);
		this.gui.api("action=setprops&hash=" + hash + "&s=label&v=tv-sonarr");
		this.gui.api("action=setprops&hash=" + hash.toLowerCase(Locale.ROOT) + "&s=label&v=imported");
		this.gui.api("action=setprops&hash=" + hash.toLowerCase(Locale.ROOT) + "&s=label&v=tv-sonarr&s=label&v=");
		assertThat(this.gui.api("list=1").get("torrents").get(0).get(11).asString()).isEqualTo("imported");
		this.gui.api("action=setprops&hash=" + hash + "&s=label&v=imported&s=label&v=");
		assertThat(this.gui.api("list=1").get("torrents").get(0).get(11).asString()).isEmpty();
	}

	@Test
	void setprioChangesFilePrioritiesThatGetfilesShows() throws Exception {
		Path folder = this.dir.resolve("multi");
		TestTorrents.randomFile(folder.resolve("one.bin"), 40_000, 1);
		TestTorrents.randomFile(folder.resolve("two.bin"), 50_000, 2);
		byte[] metainfo = TestTorrents.metainfo(folder, 16 * 1024);
		String hash = TestTorrents.infoHash(metainfo).toUpperCase(Locale.ROOT);
		addFile(metainfo, "");
		this.gui.api("action=setprio&hash=" + hash + "&p=0&f=1");
		JsonNode files = this.gui.api("action=getfiles&hash=" + hash).get("files");
		assertThat(files.get(0).asString()).isEqualTo(hash);
		assertThat(files.get(1).size()).isEqualTo(2);
		JsonNode second = files.get(1).get(1);
		assertThat(second.size()).isEqualTo(13);
		assertThat(second.get(3).asInt()).isZero();
		assertThat(files.get(1).get(0).get(3).asInt()).isEqualTo(2);
		assertThat(this.engine.files(TorrentId.parse(hash.toLowerCase(Locale.ROOT))).get(1).priority())
			.isEqualTo(FilePriority.SKIP);
		assertThat(this.gui.api("action=getfiles&hash=" + "0".repeat(40)).get("files").toString())
			.isEqualTo("[\"" + "0".repeat(40) + "\",[]]");
	}

	@Test
	void queueMovesFollowTheOrderOfTheHashes() throws Exception {
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			hashes.add(TestTorrents.infoHash(add("q" + i + ".bin", 10 + i)).toUpperCase(Locale.ROOT));
		}
		this.gui.api("action=queuetop&hash=" + hashes.get(2));
		assertThat(queueOrder().get(hashes.get(2))).isEqualTo(1);
		this.gui.api("action=queuebottom&hash=" + hashes.get(2) + "&hash=" + hashes.get(0));
		Map<String, Integer> order = queueOrder();
		assertThat(order.get(hashes.get(1))).isEqualTo(1);
		assertThat(order.get(hashes.get(2))).isEqualTo(2);
		assertThat(order.get(hashes.get(0))).isEqualTo(3);
	}

	@Test
	void removedataDeletesTheDataAndRemoveKeepsIt() throws Exception {
		Path kept = TestTorrents.randomFile(this.dir.resolve("save/kept.bin"), 20_000, 7);
		byte[] keptInfo = TestTorrents.metainfo(kept, 16 * 1024);
		Path gone = TestTorrents.randomFile(this.dir.resolve("save/gone.bin"), 20_000, 8);
		byte[] goneInfo = TestTorrents.metainfo(gone, 16 * 1024);
		this.engine.add(new dev.torrentd.engine.TorrentSource.MetainfoFile(keptInfo),
				dev.torrentd.engine.AddOptions.builder().savePath(this.dir.resolve("save")).build());
		this.engine.add(new dev.torrentd.engine.TorrentSource.MetainfoFile(goneInfo),
				dev.torrentd.engine.AddOptions.builder().savePath(this.dir.resolve("save")).build());
		this.gui.api("action=remove&hash=" + TestTorrents.infoHash(keptInfo));
		this.gui.api("action=removedata&hash=" + TestTorrents.infoHash(goneInfo));
		assertThat(this.gui.api("list=1").get("torrents").size()).isZero();
		assertThat(kept).exists();
		org.awaitility.Awaitility.await().until(() -> !Files.exists(gone));
	}

	@Test
	void badInputGetsAnErrorKeyNeverA500() throws Exception {
		HttpResponse<String> bad = addFile("not bencoding".getBytes(StandardCharsets.UTF_8), "");
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(bad.body()).get("error").asString()).startsWith("Can't add torrent");
		assertThat(addFile(metainfo("f.bin", 6), "../../etc").body()).contains("\"error\":\"Invalid path");
		assertThat(this.gui.api("action=add-url&s=ftp://example/x.torrent").has("error")).isTrue();
		assertThat(
				this.gui.api("action=setprio&hash=" + TestTorrents.infoHash(add("g.bin", 7)) + "&p=9&f=0").has("error"))
			.isTrue();
		assertThat(this.gui.api("action=start&hash=nothex").toString()).isEqualTo("{\"build\":30470}");
		assertThat(this.engine.torrents()).hasSize(1);
	}

	@Test
	void listDirsStartsWithTheDefaultSavePathInMegabytes() throws Exception {
		JsonNode dirs = this.gui.api("action=list-dirs").get("download-dirs");
		assertThat(dirs.get(0).get("path").asString()).isEqualTo(this.engine.settings().defaultSavePath().toString());
		assertThat(dirs.get(0).get("available").isIntegralNumber()).isTrue();
	}

	private Map<String, Integer> queueOrder() throws Exception {
		Map<String, Integer> order = new java.util.HashMap<>();
		for (JsonNode row : this.gui.api("list=1").get("torrents")) {
			order.put(row.get(0).asString(), row.get(17).asInt());
		}
		return order;
	}

	private static List<String> hashes(JsonNode rows) {
		List<String> hashes = new ArrayList<>();
		rows.forEach((row) -> hashes.add(row.get(0).asString()));
		return hashes;
	}

	private byte[] metainfo(String name, long seed) {
		Path file = TestTorrents.randomFile(this.dir.resolve("src").resolve(name), 20_000, seed);
		return TestTorrents.metainfo(file, 16 * 1024);
	}

	private byte[] add(String name, long seed) throws Exception {
		byte[] metainfo = metainfo(name, seed);
		assertThat(addFile(metainfo, "").body()).isEqualTo("{\"build\":30470}");
		return metainfo;
	}

	private HttpResponse<String> addFile(byte[] metainfo, String path) throws Exception {
		String boundary = "----torrentd" + System.nanoTime();
		byte[] head = ("--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"torrent_file\"; filename=\"x.torrent\"\r\n"
				+ "Content-Type: application/x-bittorrent\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + metainfo.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(metainfo, 0, body, head.length, metainfo.length);
		System.arraycopy(tail, 0, body, head.length + metainfo.length, tail.length);
		return this.gui.send(this.gui
			.request("/gui/?token=" + this.gui.token() + "&action=add-file&download_dir=0&path="
					+ URLEncoder.encode(path, StandardCharsets.UTF_8))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

}
