package dev.torrentd.app.automation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import dev.torrentd.app.LoopbackServer;
import dev.torrentd.app.QbWebClient;
import dev.torrentd.app.utorrent.SonarrGuiClient;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.testing.FeedSite;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.engine.libtorrent.TestEngines;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.AfterEach;
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
 * The automation issue's acceptance: RSS feeds and rules, watch folders and event
 * programs are one thing seen through both dialects, and they act on a real swarm.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AutomationBothDialectsIT {

	private static final String PASSWORD = "automation-secret";

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	/** Only to tell the seeder where to dial: there is no tracker or DHT on loopback. */
	@Autowired
	LibtorrentEngine engine;

	@Autowired
	RssService rss;

	@Autowired
	WatchFolders watchFolders;

	@Autowired
	EventPrograms eventPrograms;

	@DynamicPropertySource
	static void loopbackServer(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
		registry.add("torrentd.auth.password", () -> PASSWORD);
		registry.add("torrentd.automation.watch-poll-interval", () -> "200ms");
		registry.add("torrentd.automation.watch-settle-time", () -> "700ms");
		registry.add("torrentd.automation.event-poll-interval", () -> "200ms");
	}

	/**
	 * The tests share one server: each starts from no torrent, feed, rule, folder or
	 * program.
	 */
	@AfterEach
	void forgetEverything() {
		this.watchFolders.setFolders(List.of());
		this.eventPrograms.apply(EventProgramSettings.NONE);
		this.rss.rules().forEach((rule) -> this.rss.removeRule(rule.name()));
		this.rss.feeds().forEach((feed) -> this.rss.removeItem(feed.path()));
		this.rss.folders().stream().filter((folder) -> !folder.contains("\\")).forEach(this.rss::removeItem);
		this.engine.remove(this.engine.torrents().stream().map(Torrent::id).toList(), true);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.engine.torrents().isEmpty());
	}

	@Test
	void aRuleMadeInQbittorrentAndWidenedInMicroTorrentDownloadsFromBothFeedsOncePerEpisode(@TempDir Path work)
			throws Exception {
		Path ep5At720 = TestTorrents.randomFile(work.resolve("seed/Show.Name.S01E05.720p.mkv"), 300 * 1024 + 7, 51);
		Path ep5At1080 = TestTorrents.randomFile(work.resolve("seed/Show.Name.S01E05.1080p.mkv"), 400 * 1024 + 9, 52);
		Path ep6At1080 = TestTorrents.randomFile(work.resolve("seed/Show.Name.S01E06.1080p.mkv"), 350 * 1024 + 3, 53);
		byte[] ep5At720Torrent = TestTorrents.metainfo(ep5At720, 16 * 1024);
		byte[] ep5At1080Torrent = TestTorrents.metainfo(ep5At1080, 16 * 1024);
		byte[] ep6At1080Torrent = TestTorrents.metainfo(ep6At1080, 16 * 1024);
		String ep5At720Hash = TestTorrents.infoHash(ep5At720Torrent);
		String ep5At1080Hash = TestTorrents.infoHash(ep5At1080Torrent);
		String ep6At1080Hash = TestTorrents.infoHash(ep6At1080Torrent);

		try (FeedSite site = new FeedSite(); LibtorrentEngine seeder = TestEngines.open(work.resolve("seeder"))) {
			List<TorrentId> seeded = List.of(seed(seeder, ep5At720Torrent, ep5At720.getParent()),
					seed(seeder, ep5At1080Torrent, ep5At1080.getParent()),
					seed(seeder, ep6At1080Torrent, ep6At1080.getParent()));
			String peer = TestEngines.address(seeder).getHostString() + ":" + TestEngines.address(seeder).getPort();
			String torrentUrl = site.serve("/download/1.torrent", "application/x-bittorrent", ep5At720Torrent);
			String rssUrl = site.serve("/tv/rss", "application/rss+xml", rss(torrentUrl));
			String atomUrl = site.serve("/hd/atom", "application/atom+xml",
					atom(magnet(ep5At1080Hash, "Show.Name.S01E05.1080p", peer),
							magnet(ep6At1080Hash, "Show.Name.S01E06.1080p", peer)));

			QbWebClient qb = new QbWebClient(baseUrl()).login("admin", PASSWORD);
			SonarrGuiClient gui = new SonarrGuiClient(baseUrl(), "admin", PASSWORD);
			gui.authenticate();

			// qBittorrent: a folder, a feed in it, and once its articles are in, a rule
			// on it
			qb.postOk("/api/v2/torrents/createCategory", "category=tv");
			qb.postOk("/api/v2/rss/addFolder", "path=TV");
			qb.postOk("/api/v2/rss/addFeed", "url=" + rfc3986(rssUrl) + "&path=" + rfc3986("TV\\Indexer TV"));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> articles(qb.json("/api/v2/rss/items?withData=true").get("TV").get("Indexer TV")).size(),
						(count) -> count == 2);
			String ruleDef = "{\"enabled\":true,\"mustContain\":\"Show.Name\",\"smartFilter\":true,"
					+ "\"affectedFeeds\":[\"" + rssUrl + "\"],\"assignedCategory\":\"tv\"}";
			qb.postOk("/api/v2/rss/setRule", "ruleName=Show&ruleDef=" + rfc3986(ruleDef));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> hashes(qb.json("/api/v2/torrents/info?category=tv")), (h) -> h.contains(ep5At720Hash));

			// µTorrent: a second feed, and the same rule (a filter there) widened to
			// every feed
			JsonNode created = gui.json("action=rss-update&feed-id=-1&url=" + rfc3986(atomUrl) + "&alias="
					+ rfc3986("Indexer HD") + "&subscribe=1&enabled=1");
			assertThat(created.get("rss_ident").isInt()).as("rss-update answers rss_ident: %s", created).isTrue();
			JsonNode filter = row(gui.json("list=1").get("rssfilters"), 2, "Show");
			gui.json("action=filter-update&filter-id=" + filter.get(0).asInt() + "&feed-id=-1");

			// the seeder dials torrentd until both episodes are complete
			JsonNode done = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
				seeder.addPeers(seeded, List.of(TestEngines.address(this.engine)));
				return qb.json("/api/v2/torrents/info?category=tv");
			}, (list) -> list.size() == 2 && stream(list).allMatch((t) -> t.get("progress").asDouble() == 1.0));
			assertThat(hashes(done)).containsExactlyInAnyOrder(ep5At720Hash, ep6At1080Hash);
			for (JsonNode torrent : done) {
				Path content = Path.of(torrent.get("content_path").asString());
				Path original = work.resolve("seed").resolve(content.getFileName());
				assertThat(Files.mismatch(content, original)).as("%s is the seeder's bytes", content).isEqualTo(-1);
			}
			// the 1080p copy of episode 5 came from a feed the rule reads, and was
			// refused
			assertThat(hashes(qb.json("/api/v2/torrents/info"))).doesNotContain(ep5At1080Hash);
			JsonNode rule = qb.json("/api/v2/rss/rules").get("Show");
			assertThat(stream(rule.get("previouslyMatchedEpisodes")).map(JsonNode::asString)).hasSize(2);
			assertThat(rule.get("lastMatch").asString()).isNotEmpty();
			assertThat(stream(rule.get("affectedFeeds")).map(JsonNode::asString)).contains(rssUrl, atomUrl);

			// qBittorrent's view of the articles: what was downloaded is read
			JsonNode items = qb.json("/api/v2/rss/items?withData=true");
			assertThat(readTitles(items.get("TV").get("Indexer TV"))).containsExactly("Show.Name.S01E05.720p");
			assertThat(readTitles(items.get("Indexer HD"))).containsExactly("Show.Name.S01E06.1080p");

			// µTorrent's view of the same feeds, articles and rule
			JsonNode list = gui.json("list=1");
			JsonNode rssFeeds = list.get("rssfeeds");
			assertThat(rssFeeds).hasSize(2);
			assertThat(inHistory(feedRow(rssFeeds, rssUrl))).containsExactly("Show.Name.S01E05.720p");
			assertThat(inHistory(feedRow(rssFeeds, atomUrl))).containsExactly("Show.Name.S01E06.1080p");
			JsonNode widened = row(list.get("rssfilters"), 2, "Show");
			assertThat(widened.get(6).asInt()).as("FEED: every feed").isEqualTo(-1);
			assertThat(widened.get(8).asString()).as("LABEL").isEqualTo("tv");
			for (String hash : List.of(ep5At720Hash, ep6At1080Hash)) {
				assertThat(row(list.get("torrents"), 0, hash.toUpperCase(Locale.ROOT)).get(11).asString())
					.isEqualTo("tv");
			}
		}
	}

	@Test
	void watchFoldersSetThroughEitherDialectAreOneWatcher(@TempDir Path work) throws Exception {
		Path autoload = Files.createDirectories(work.resolve("autoload"));
		Path watched = Files.createDirectories(work.resolve("watched"));
		Path savedFromWatched = work.resolve("saved-from-watched");
		QbWebClient qb = new QbWebClient(baseUrl()).login("admin", PASSWORD);
		SonarrGuiClient gui = new SonarrGuiClient(baseUrl(), "admin", PASSWORD);
		gui.authenticate();

		// µTorrent's autoload folder is the first of qBittorrent's watched folders
		gui.json("action=setsetting&s=dir_autoload_flag&v=1&s=dir_autoload&v=" + rfc3986(autoload.toString()));
		JsonNode scanDirs = qb.json("/api/v2/app/preferences").get("scan_dirs");
		assertThat(scanDirs.get(autoload.toString()).asInt()).isEqualTo(1);
		String both = "{\"scan_dirs\":{\"" + autoload + "\":1,\"" + watched + "\":\"" + savedFromWatched + "\"}}";
		qb.postOk("/api/v2/app/setPreferences", "json=" + rfc3986(both));
		assertThat(setting(gui, "dir_autoload")).isEqualTo(autoload.toString());
		assertThat(qb.json("/api/v2/app/preferences").get("scan_dirs").get(watched.toString()).asString())
			.isEqualTo(savedFromWatched.toString());

		byte[] intoAutoload = TestTorrents
			.metainfo(TestTorrents.randomFile(work.resolve("content/Autoloaded.bin"), 64 * 1024, 61), 16 * 1024);
		byte[] intoWatched = TestTorrents
			.metainfo(TestTorrents.randomFile(work.resolve("content/Watched.bin"), 64 * 1024, 62), 16 * 1024);
		Files.write(autoload.resolve("broken.torrent"), "d8:announce".getBytes(StandardCharsets.US_ASCII));
		Files.write(autoload.resolve("autoloaded.torrent"), intoAutoload);
		// copied in slowly, as over a network share: read once, whole
		Path slow = watched.resolve("watched.torrent");
		int half = intoWatched.length / 2;
		Files.write(slow, Arrays.copyOf(intoWatched, half));
		Thread.sleep(400);
		Files.write(slow, Arrays.copyOfRange(intoWatched, half, intoWatched.length), StandardOpenOption.APPEND);

		String autoloadedHash = TestTorrents.infoHash(intoAutoload).toUpperCase(Locale.ROOT);
		String watchedHash = TestTorrents.infoHash(intoWatched);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(hashes(qb.json("/api/v2/torrents/info"))).contains(watchedHash));
		assertThat(Path.of(qb.json("/api/v2/torrents/info?hashes=" + watchedHash).get(0).get("save_path").asString()))
			.isEqualTo(savedFromWatched);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(stream(gui.json("list=1").get("torrents")).map((r) -> r.get(0).asString()))
				.contains(autoloadedHash));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(autoload.resolve("autoloaded.torrent.loaded")).as("µTorrent renames what it loaded").exists();
			assertThat(slow).as("qBittorrent deletes what it loaded").doesNotExist();
			assertThat(autoload.resolve("broken.torrent.invalid")).as("a bad file is set aside").exists();
		});
		assertThat(qb.json("/api/v2/torrents/info")).hasSize(2);
	}

	@Test
	void eventProgramsGetATorrentsExactNameHoweverItIsSpelled(@TempDir Path work) throws Exception {
		String name = "Show; touch pwned $(touch pwned2) `touch pwned3` 'q' \"x\" & | > y.mkv";
		Path content = TestTorrents.randomFile(work.resolve("seed").resolve(name), 200 * 1024 + 1, 71);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		String hash = TestTorrents.infoHash(metainfo);
		Path record = work.resolve("record.txt");
		Path script = work.resolve("record.sh");
		Files.writeString(script,
				"#!/bin/sh\n{ for a in \"$@\"; do printf '<%s>' \"$a\"; done; echo; } >> '" + record + "'\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
		QbWebClient qb = new QbWebClient(baseUrl()).login("admin", PASSWORD);
		SonarrGuiClient gui = new SonarrGuiClient(baseUrl(), "admin", PASSWORD);
		gui.authenticate();

		// qBittorrent's program on added (%N in quotes, as its users write it; with shell
		// syntax, so it runs under sh), µTorrent's on finish (%N bare, as the manual
		// shows it; no shell)
		Path shell = work.resolve("shell.txt");
		String onAdded = "{\"autorun_on_torrent_added_enabled\":true,\"autorun_on_torrent_added_program\":\"" + script
				+ " added \\\"%N\\\" %I; echo \\\"%N\\\" > '" + shell + "'\"}";
		qb.postOk("/api/v2/app/setPreferences", "json=" + rfc3986(onAdded));
		gui.json("action=setsetting&s=finish_cmd&v=" + rfc3986(script + " finished %N %D"));
		assertThat(qb.json("/api/v2/app/preferences").get("autorun_program").asString())
			.isEqualTo(script + " finished %N %D");

		try (LibtorrentEngine seeder = TestEngines.open(work.resolve("seeder"))) {
			TorrentId seeded = seed(seeder, metainfo, content.getParent());
			assertThat(qb.addTorrentFile("show.torrent", metainfo).statusCode()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
				seeder.addPeers(List.of(seeded), List.of(TestEngines.address(this.engine)));
				return Files.exists(record) ? Files.readAllLines(record) : List.<String>of();
			}, (lines) -> lines.stream().anyMatch((line) -> line.startsWith("<finished>")));
		}
		String downloads = dir.resolve("downloads").toString();
		assertThat(Files.readAllLines(record)).containsExactlyInAnyOrder("<added><" + name + "><" + hash + ">",
				"<finished><" + name + "><" + downloads + ">");
		assertThat(shell).as("a shell command gets the name as a value, not as code").hasContent(name);
		for (String file : List.of("pwned", "pwned2", "pwned3", "y.mkv")) {
			assertThat(Path.of(file)).as("nothing in a torrent's name is run").doesNotExist();
			assertThat(work.resolve(file)).doesNotExist();
		}
	}

	private static TorrentId seed(LibtorrentEngine seeder, byte[] metainfo, Path savePath) {
		TorrentId id = seeder
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(savePath).build())
			.id();
		await().atMost(Duration.ofSeconds(30)).until(() -> seeder.get(id).state() == TorrentState.SEEDING);
		return id;
	}

	private static String rss(String torrentUrl) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>Indexer TV</title><link>http://127.0.0.1/</link>
				<description>TV releases</description>
				<item><title>Show.Name.S01E05.720p</title><guid isPermaLink="false">tv-505</guid>
				<link>http://127.0.0.1/details/505</link><pubDate>Sun, 22 Nov 2026 09:00:00 GMT</pubDate>
				<enclosure url="%s" length="1234" type="application/x-bittorrent"/></item>
				<item><title>Other.Show.S02E01.720p</title><guid isPermaLink="false">tv-601</guid>
				<link>http://127.0.0.1/details/601</link><pubDate>Sun, 22 Nov 2026 08:00:00 GMT</pubDate>
				<enclosure url="%s" length="1234" type="application/x-bittorrent"/></item>
				</channel></rss>
				""".formatted(torrentUrl, torrentUrl.replace("1.torrent", "missing.torrent"));
	}

	private static String atom(String ep5Magnet, String ep6Magnet) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Indexer HD</title><id>urn:indexer:hd</id>
				<updated>2026-11-22T10:00:00Z</updated>
				<entry><title>Show.Name.S01E05.1080p</title><id>urn:indexer:hd:505</id>
				<updated>2026-11-22T10:00:00Z</updated><link href="%s"/></entry>
				<entry><title>Show.Name.S01E06.1080p</title><id>urn:indexer:hd:506</id>
				<updated>2026-11-22T09:30:00Z</updated><link href="%s"/></entry>
				</feed>
				""".formatted(ep5Magnet.replace("&", "&amp;"), ep6Magnet.replace("&", "&amp;"));
	}

	private static String magnet(String hash, String name, String peer) {
		return "magnet:?xt=urn:btih:" + hash + "&dn=" + name + "&x.pe=" + peer;
	}

	private static JsonNode articles(JsonNode feed) {
		return feed.get("articles");
	}

	private static List<String> readTitles(JsonNode feed) {
		return stream(articles(feed)).filter((a) -> a.path("isRead").asBoolean(false))
			.map((a) -> a.get("title").asString())
			.toList();
	}

	private static JsonNode feedRow(JsonNode rows, String url) {
		for (JsonNode row : rows) {
			if (row.get(6).asString().endsWith(url)) {
				return row;
			}
		}
		throw new AssertionError("no feed " + url + " in " + rows);
	}

	/** The NAME FULL of the items IN HISTORY. */
	private static List<String> inHistory(JsonNode feedRow) {
		List<String> titles = new ArrayList<>();
		for (JsonNode item : feedRow.get(8)) {
			if (item.get(11).asBoolean()) {
				titles.add(item.get(1).asString());
			}
		}
		return titles;
	}

	private static JsonNode row(JsonNode rows, int column, String value) {
		for (JsonNode row : rows) {
			if (row.get(column).asString().equals(value)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + value + " in " + rows);
	}

	private static String setting(SonarrGuiClient gui, String name) throws Exception {
		return row(gui.json("action=getsettings").get("settings"), 0, name).get(2).asString();
	}

	private static List<String> hashes(JsonNode torrents) {
		return stream(torrents).map((t) -> t.get("hash").asString()).toList();
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false);
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

}
