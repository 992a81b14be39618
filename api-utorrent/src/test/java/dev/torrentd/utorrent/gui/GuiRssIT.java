package dev.torrentd.utorrent.gui;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.automation.testing.FeedSite;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.utorrent.UtTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The RSS actions, list columns and deltas, and the automation settings through
 * {@code /gui/} over the real automation services: feeds are fetched from a local HTTP
 * server on 127.0.0.1, in the call sequences of the reference WebUI (webui.js
 * {@code rssUpdate}, {@code rssfilterUpdate}, {@code loadList}), @ctrl/utorrent
 * ({@code rssUpdate}, {@code rssRemove} with {@code feedid}) and utorrentctl
 * ({@code rssfilter_add}, {@code rss_update}).
 */
@SpringBootTest(classes = UtTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuiRssIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String BUILD_ONLY = "{\"build\":30470}";

	private static final String HASH_1 = "1111111111111111111111111111111111111111";

	private static final String HASH_2 = "2222222222222222222222222222222222222222";

	private static final String HASH_3 = "3333333333333333333333333333333333333333";

	private static final Duration FETCH = Duration.ofSeconds(30);

	private static FeedSite feeds;

	@TempDir
	Path dir;

	@LocalServerPort
	int port;

	@Autowired
	TorrentEngine engine;

	@Autowired
	RssService rss;

	@Autowired
	WatchFolders watchFolders;

	@Autowired
	EventPrograms eventPrograms;

	private GuiSession gui;

	@BeforeAll
	static void feedServer() throws IOException {
		feeds = new FeedSite();
	}

	@AfterAll
	static void stopFeedServer() {
		feeds.close();
	}

	@BeforeEach
	void openSession() throws Exception {
		this.gui = new GuiSession(this.port);
	}

	@AfterEach
	void removeEverything() {
		for (RssRule rule : this.rss.rules()) {
			this.rss.removeRule(rule.name());
		}
		for (RssFeed feed : this.rss.feeds()) {
			this.rss.removeItem(feed.path());
		}
		for (String folder : this.rss.folders()) {
			if (!folder.contains("\\")) {
				this.rss.removeItem(folder);
			}
		}
		this.engine.remove(this.engine.torrents().stream().map(Torrent::id).toList(), true);
		// the context is shared with the other ITs of UtTestServer: leave no label behind
		this.engine.removeCategories(List.copyOf(this.engine.categories().keySet()));
		this.watchFolders.setFolders(List.of());
		this.eventPrograms.apply(EventProgramSettings.NONE);
	}

	@Test
	void theWebUisFeedSequenceListsTheFeedWithTheManualsColumns() throws Exception {
		String url = serveFeed("/webui.xml", "Test TV");
		assertThat(this.gui.api("action=getsettings").get("settings").toString())
			.as("the WebUI sends RSS calls only when webui.uconnect_enable exists")
			.contains("\"webui.uconnect_enable\"");

		JsonNode created = this.gui.api("action=rss-update&feed-id=-1&url=" + enc(url) + "&alias=" + enc("My TV")
				+ "&subscribe=0&smart-filter=0");
		assertThat(created.propertyNames()).containsExactly("build", "rss_ident");
		int ident = created.get("rss_ident").asInt();
		assertThat(ident).isPositive();
		assertThat(this.gui.api("action=rss-update&feed-id=" + ident + "&update=1").toString()).isEqualTo(BUILD_ONLY);

		JsonNode row = fetchedFeedRow(ident, 3);

		assertThat(row.size()).isEqualTo(9);
		assertThat(row.get(0).asInt()).isEqualTo(ident);
		assertThat(row.get(1).isBoolean()).isTrue();
		assertThat(row.get(1).asBoolean()).isTrue();
		assertThat(row.get(2).asBoolean()).as("USE FEED TITLE: it has an alias").isFalse();
		assertThat(row.get(3).asBoolean()).isFalse();
		assertThat(row.get(4).asBoolean()).isFalse();
		assertThat(row.get(5).isIntegralNumber()).isTrue();
		assertThat(row.get(6).asString()).isEqualTo("My TV|" + url);
		assertThat(row.get(7).isIntegralNumber()).isTrue();
		assertThat(row.get(7).asLong()).as("NEXT UPDATE in unix seconds")
			.isBetween(System.currentTimeMillis() / 1000, System.currentTimeMillis() / 1000 + 31 * 60);
		JsonNode item = row.get(8).get(0);
		assertThat(item.size()).isEqualTo(12);
		assertThat(item.get(0).asString()).isEqualTo("Some Show");
		assertThat(item.get(1).asString()).isEqualTo("Some.Show.S01E01.720p.HDTV");
		assertThat(item.get(2).asString()).startsWith("magnet:?xt=urn:btih:" + HASH_1);
		assertThat(item.get(3).isIntegralNumber()).isTrue();
		assertThat(item.get(4).isIntegralNumber()).isTrue();
		assertThat(item.get(5).asLong()).isEqualTo(1714464000L);
		assertThat(item.get(6).asInt()).isEqualTo(1);
		assertThat(item.get(7).asInt()).isEqualTo(1);
		assertThat(item.get(8).asInt()).isZero();
		assertThat(item.get(9).asInt()).isEqualTo(ident);
		assertThat(item.get(10).isBoolean()).isTrue();
		assertThat(item.get(11).isBoolean()).isTrue();
		assertThat(row.get(8).get(1).get(10).asBoolean()).as("REPACK").isTrue();
	}

	@Test
	void rssUpdateChangesTheFeedAndAliasRenamesItInPlace() throws Exception {
		String url = serveFeed("/change.xml", "Change");
		String moved = serveFeed("/moved.xml", "Moved");
		int ident = this.gui.api("action=rss-update&feed-id=-1&url=" + enc(url) + "&alias=Before")
			.get("rss_ident")
			.asInt();

		assertThat(this.gui
			.api("action=rss-update&feed-id=" + ident + "&url=" + enc(moved) + "&alias=After&enabled=0"
					+ "&subscribe=true&smart-filter=1")
			.toString()).isEqualTo(BUILD_ONLY);

		RssFeed feed = this.rss.feed(ident).orElseThrow();
		assertThat(feed.url()).isEqualTo(moved);
		assertThat(feed.path()).isEqualTo("After");
		assertThat(feed.enabled()).isFalse();
		assertThat(feed.subscribed()).isTrue();
		assertThat(feed.smartFilter()).isTrue();
		JsonNode row = feedRow(this.gui.api("list=1").get("rssfeeds"), ident);
		assertThat(row.get(1).asBoolean()).isFalse();
		assertThat(row.get(3).asBoolean()).isTrue();
		assertThat(row.get(6).asString()).isEqualTo("After|" + moved);
	}

	@Test
	void aFeedWithoutAnAliasFollowsItsNewUrlAndAnEmptyAliasDropsTheAlias() throws Exception {
		String url = serveFeed("/plain.xml", "Plain");
		String moved = serveFeed("/plain-moved.xml", "Plain moved");
		int ident = this.gui.api("action=rss-update&feed-id=-1&url=" + enc(url)).get("rss_ident").asInt();

		this.gui.api("action=rss-update&feed-id=" + ident + "&url=" + enc(moved));
		assertThat(this.rss.feed(ident).orElseThrow().path()).isEqualTo(moved);

		this.gui.api("action=rss-update&feed-id=" + ident + "&alias=Named");
		assertThat(this.rss.feed(ident).orElseThrow().path()).isEqualTo("Named");
		this.gui.api("action=rss-update&feed-id=" + ident + "&alias=");
		assertThat(this.rss.feed(ident).orElseThrow().path()).isEqualTo(moved);
		assertThat(fetchedFeedRow(ident, 3).get(6).asString()).isEqualTo("Plain moved|" + moved);
	}

	@Test
	void aFeedAQBittorrentClientPutInAFolderIsRenamedInThatFolder() throws Exception {
		String url = serveFeed("/folder.xml", "Folder");
		this.rss.addFolder("TV");
		RssFeed feed = this.rss.addFeed(url, "TV\\Old name");

		this.gui.api("action=rss-update&feed-id=" + feed.ident() + "&alias=" + enc("New name"));

		assertThat(this.rss.feed(feed.ident()).orElseThrow().path()).isEqualTo("TV\\New name");
		assertThat(feedRow(this.gui.api("list=1").get("rssfeeds"), feed.ident()).get(6).asString())
			.isEqualTo("New name|" + url);
	}

	@Test
	void ctrlUtorrentsFeedWithoutAnAliasShowsTheFeedsTitleAndIsRemovedByFeedid() throws Exception {
		String url = serveFeed("/ctrl.xml", "Ctrl TV");
		// @ctrl/utorrent rssUpdate(url): url, alias '', feed-id, subscribe, smart-filter,
		// enabled as JSON, then token and action
		HttpResponse<String> created = this.gui.send(this.gui
			.request("/gui/?url=" + enc(url) + "&alias=&feed-id=-1&subscribe=0&smart-filter=0&enabled=true&token="
					+ this.gui.token() + "&action=rss-update")
			.GET());
		int ident = JSON.readTree(created.body()).get("rss_ident").asInt();

		JsonNode row = fetchedFeedRow(ident, 3);
		assertThat(row.get(2).asBoolean()).as("USE FEED TITLE").isTrue();
		assertThat(row.get(6).asString()).isEqualTo("Ctrl TV|" + url);

		HttpResponse<String> removed = this.gui.send(
				this.gui.request("/gui/?feedid=" + ident + "&token=" + this.gui.token() + "&action=rss-remove").GET());
		assertThat(removed.body()).isEqualTo(BUILD_ONLY);
		assertThat(this.rss.feed(ident)).isEmpty();
		assertThat(this.gui.api("list=1").get("rssfeeds").toString()).doesNotContain(url);
	}

	@Test
	void aCacheIdGetsTheChangedAndRemovedFeedsAndFilters() throws Exception {
		String url = serveFeed("/delta.xml", "Delta");
		int feed = this.gui.api("action=rss-update&feed-id=-1&url=" + enc(url)).get("rss_ident").asInt();
		fetchedFeedRow(feed, 3);
		String cid = this.gui.api("list=1").get("torrentc").asString();

		JsonNode unchanged = this.gui.api("list=1&cid=" + cid);
		assertThat(unchanged.has("rssfeeds")).isFalse();
		assertThat(unchanged.get("rssfeedp").toString()).isEqualTo("[]");
		assertThat(unchanged.get("rssfeedm").toString()).isEqualTo("[]");
		assertThat(unchanged.get("rssfilterp").toString()).isEqualTo("[]");
		assertThat(unchanged.get("rssfilterm").toString()).isEqualTo("[]");

		// the WebUI's "Add" in the filter list: filter-id=-1 alone, with the list rider
		JsonNode created = this.gui
			.api("action=filter-update&filter-id=-1&list=1&cid=" + unchanged.get("torrentc").asString());
		int filter = created.get("filter_ident").asInt();
		assertThat(created.get("rssfilterp").size()).isEqualTo(1);
		JsonNode filterRow = created.get("rssfilterp").get(0);
		assertThat(filterRow.size()).isEqualTo(16);
		assertThat(filterRow.get(0).asInt()).isEqualTo(filter);
		assertThat(filterRow.get(1).asInt() & 1).as("shown enabled").isEqualTo(1);
		assertThat(filterRow.get(2).asString()).isEqualTo("New Filter");
		assertThat(filterRow.get(6).asInt()).as("every feed").isEqualTo(-1);
		assertThat(filterRow.get(7).asInt()).isEqualTo(-1);
		assertThat(filterRow.get(10).isIntegralNumber()).isTrue();
		assertThat(filterRow.get(14).isBoolean()).isTrue();
		assertThat(filterRow.get(15).isBoolean()).isTrue();
		assertThat(created.get("rssfeedp").toString()).isEqualTo("[]");

		String afterCreate = created.get("torrentc").asString();
		this.gui.api("action=filter-update&filter-id=" + filter + "&name=Renamed");
		JsonNode renamed = this.gui.api("list=1&cid=" + afterCreate);
		assertThat(renamed.get("rssfilterp").get(0).get(2).asString()).isEqualTo("Renamed");
		assertThat(renamed.get("rssfilterm").toString()).isEqualTo("[]");

		this.gui.api("action=filter-remove&filter-id=" + filter);
		this.gui.api("action=rss-remove&feed-id=" + feed);
		JsonNode removed = this.gui.api("list=1&cid=" + renamed.get("torrentc").asString());
		assertThat(removed.get("rssfilterm").toString()).isEqualTo("[" + filter + "]");
		assertThat(removed.get("rssfeedm").toString()).isEqualTo("[" + feed + "]");
		assertThat(removed.get("rssfilterp").toString()).isEqualTo("[]");
		assertThat(removed.get("rssfeedp").toString()).isEqualTo("[]");
	}

	@Test
	void aFilterGivenAFilterDownloadsWhatItMatchesWithItsLabel() throws Exception {
		String url = serveFeed("/download.xml", "Download");
		int feed = this.gui.api("action=rss-update&feed-id=-1&url=" + enc(url)).get("rss_ident").asInt();
		fetchedFeedRow(feed, 3);
		int filter = this.gui.api("action=filter-update&filter-id=-1").get("filter_ident").asInt();
		assertThat(this.rss.rule(filter).orElseThrow().enabled()).as("an empty µTorrent filter takes nothing")
			.isFalse();

		// the WebUI's "apply" sends what changed
		assertThat(this.gui
			.api("action=filter-update&filter-id=" + filter + "&name=Show&filter=" + enc("some*show")
					+ "&not-filter=REPACK&feed-id=" + feed + "&label=tv&smart-ep-filter=1")
			.toString()).isEqualTo(BUILD_ONLY);

		await().atMost(FETCH)
			.untilAsserted(() -> assertThat(hashes()).containsExactly(HASH_1.toLowerCase(Locale.ROOT)));
		assertThat(this.engine.torrents().get(0).category()).isEqualTo("tv");
		RssRule rule = this.rss.rule(filter).orElseThrow();
		assertThat(rule.name()).isEqualTo("Show");
		assertThat(rule.enabled()).isTrue();
		assertThat(rule.useRegex()).isFalse();
		assertThat(rule.affectedFeeds()).containsExactly(url);
		await().atMost(FETCH).untilAsserted(() -> {
			JsonNode list = this.gui.api("list=1");
			JsonNode items = feedRow(list.get("rssfeeds"), feed).get(8);
			assertThat(items.get(0).get(11).asBoolean()).as("IN HISTORY").isTrue();
			JsonNode filterRow = list.get("rssfilters").get(0);
			assertThat(filterRow.get(6).asInt()).isEqualTo(feed);
			assertThat(filterRow.get(8).asString()).isEqualTo("tv");
			assertThat(filterRow.get(10).asLong()).as("LAST MATCH").isPositive();
			assertThat(filterRow.get(1).asInt()).isEqualTo(1 | 8);
		});
	}

	@Test
	void utorrentctlAddsAFilterForAFeedAndSetsItsProperties() throws Exception {
		String url = serveFeed("/ctl.xml", "Ctl");
		int feed = this.gui.api("action=rss-update&feed-id=-1&url=" + enc(url)).get("rss_ident").asInt();
		int filter = this.gui.api("action=filter-update&feed-id=" + feed + "&filter-id=-1").get("filter_ident").asInt();
		this.gui.api("action=filter-update&episode=" + enc("1x02-") + "&filter-id=" + filter);
		this.gui.api("action=filter-update&save-in=" + enc(this.dir.resolve("tv").toString()) + "&filter-id=" + filter);
		this.gui.api("action=filter-update&add-stopped=1&prio=true&filter-id=" + filter);

		RssRule rule = this.rss.rule(filter).orElseThrow();
		assertThat(rule.affectedFeeds()).containsExactly(url);
		assertThat(rule.allFeeds()).isFalse();
		assertThat(rule.episodeFilter()).isEqualTo("1x02-");
		assertThat(rule.savePath()).isEqualTo(this.dir.resolve("tv").toString());
		assertThat(rule.addStopped()).isTrue();
		JsonNode row = this.gui.api("list=1").get("rssfilters").get(0);
		assertThat(row.get(1).asInt()).isEqualTo(1 | 4 | 16);
		assertThat(row.get(5).asString()).isEqualTo(this.dir.resolve("tv").toString());
		assertThat(row.get(13).asString()).isEqualTo("1x02-");
		assertThat(row.get(14).asBoolean()).isTrue();
	}

	@Test
	void addUnknownUrlAddsAMagnetATorrentLinkOrSubscribesAFeed() throws Exception {
		String magnet = "magnet:?xt=urn:btih:" + HASH_3 + "&dn=unknown";
		assertThat(this.gui.api("action=add-unknown-url&s=" + enc(magnet)).toString()).isEqualTo(BUILD_ONLY);
		assertThat(hashes()).containsExactly(HASH_3);

		Path content = TestTorrents.randomFile(this.dir.resolve("src/linked.bin"), 20_000, 11);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		feeds.serve("/linked.torrent", "application/x-bittorrent", metainfo);
		assertThat(this.gui.api("action=add-unknown-url&s=" + enc(base() + "/linked.torrent") + "&path=sub").toString())
			.isEqualTo(BUILD_ONLY);
		String linked = TestTorrents.infoHash(metainfo);
		assertThat(hashes()).contains(linked);
		assertThat(this.engine.torrents()
			.stream()
			.filter((t) -> t.id().hex().equals(linked))
			.findFirst()
			.orElseThrow()
			.savePath()).isEqualTo(this.engine.settings().defaultSavePath().resolve("sub"));

		String url = serveFeed("/unknown.xml", "Unknown");
		assertThat(this.gui.api("action=add-unknown-url&s=" + enc(url)).toString()).isEqualTo(BUILD_ONLY);
		assertThat(this.rss.feeds()).extracting(RssFeed::url).containsExactly(url);
		assertThat(this.gui.api("list=1").get("rssfeeds").get(0).get(6).asString()).endsWith("|" + url);

		assertThat(this.gui.api("action=add-unknown-url&s=" + enc(url)).get("error").asString())
			.contains("already exists");
		assertThat(this.gui.api("action=add-unknown-url&s=" + enc("ftp://127.0.0.1/x")).get("error").asString())
			.isEqualTo("Not a magnet or an http(s) URL: ftp://127.0.0.1/x");
		assertThat(this.gui.api("action=add-unknown-url").get("error").asString())
			.isEqualTo("Can't add: no URL given (s=)");
	}

	@Test
	void unknownIdentsAndBadValuesAreErrorsThatChangeNothing() throws Exception {
		assertThat(this.gui.api("action=rss-update&feed-id=999&update=1").toString())
			.isEqualTo("{\"build\":30470,\"error\":\"No such RSS feed: 999\"}");
		assertThat(this.gui.api("action=rss-remove&feed-id=999").get("error").asString())
			.isEqualTo("No such RSS feed: 999");
		assertThat(this.gui.api("action=rss-remove&feedid=abc").get("error").asString())
			.isEqualTo("Invalid feed-id: abc");
		assertThat(this.gui.api("action=filter-update&filter-id=999&name=x").get("error").asString())
			.isEqualTo("No such RSS filter: 999");
		assertThat(this.gui.api("action=filter-remove&filter-id=999").get("error").asString())
			.isEqualTo("No such RSS filter: 999");
		assertThat(this.gui.api("action=rss-update&feed-id=-1").get("error").asString())
			.isEqualTo("Can't add RSS feed: no URL given (url=)");
		assertThat(this.gui.api("action=rss-update&feed-id=-1&url=" + enc(base() + "/x.xml") + "&enabled=maybe")
			.get("error")
			.asString()).isEqualTo("Invalid enabled: maybe (1, 0, true or false)");
		assertThat(
				this.gui.api("action=rss-update&feed-id=-1&url=" + enc("file:///etc/passwd")).get("error").asString())
			.startsWith("Invalid RSS feed URL");
		assertThat(this.gui.api("action=filter-update&filter-id=-1&feed-id=999").get("error").asString())
			.isEqualTo("No such RSS feed: 999");
		assertThat(this.gui.api("action=filter-update&filter-id=-1&name=").get("error").asString()).isNotBlank();
		assertThat(this.rss.feeds()).isEmpty();
		assertThat(this.rss.rules()).isEmpty();
	}

	@Test
	void autoloadSettingsAreTheWatchFolderAndItAddsTorrentsDroppedThere() throws Exception {
		Path watch = this.dir.resolve("autoload");
		this.gui.api("action=setsetting&s=dir_autoload_flag&v=1&s=dir_autoload&v=" + enc(watch.toString())
				+ "&s=dir_autoload_delete&v=1");

		assertThat(this.watchFolders.folders())
			.containsExactly(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, true));
		assertThat(setting("dir_autoload_flag")).isEqualTo("true");
		assertThat(setting("dir_autoload")).isEqualTo(watch.toString());
		assertThat(setting("dir_autoload_delete")).isEqualTo("true");

		Path content = TestTorrents.randomFile(this.dir.resolve("src/dropped.bin"), 20_000, 12);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		Files.createDirectories(watch);
		Files.write(watch.resolve("dropped.torrent"), metainfo);
		await().atMost(FETCH).untilAsserted(() -> assertThat(hashes()).contains(TestTorrents.infoHash(metainfo)));
		await().atMost(FETCH).until(() -> !Files.exists(watch.resolve("dropped.torrent")));

		this.gui.api("action=setsetting&s=dir_autoload_flag&v=0");

		assertThat(this.watchFolders.folders()).isEmpty();
		assertThat(setting("dir_autoload_flag")).isEqualTo("false");
		assertThat(setting("dir_autoload")).isEqualTo(watch.toString());
	}

	@Test
	void finishAndStateCommandsAreTheEventPrograms() throws Exception {
		this.gui.api("action=setsetting&s=finish_cmd&v=" + enc("/usr/local/bin/done.sh \"%N\" %I") + "&s=state_cmd&v="
				+ enc("/usr/local/bin/state.sh %S %P"));

		EventProgramSettings programs = this.eventPrograms.settings();
		assertThat(programs.onFinished())
			.isEqualTo(new EventProgram(true, "/usr/local/bin/done.sh \"%N\" %I", Placeholders.UTORRENT));
		assertThat(programs.onStateChanged())
			.isEqualTo(new EventProgram(true, "/usr/local/bin/state.sh %S %P", Placeholders.UTORRENT));
		assertThat(setting("finish_cmd")).isEqualTo("/usr/local/bin/done.sh \"%N\" %I");
		assertThat(setting("state_cmd")).isEqualTo("/usr/local/bin/state.sh %S %P");

		this.gui.api("action=setsetting&s=finish_cmd&v=&s=state_cmd&v=");

		assertThat(this.eventPrograms.settings().onFinished().enabled()).isFalse();
		assertThat(this.eventPrograms.settings().onStateChanged().enabled()).isFalse();
		assertThat(setting("finish_cmd")).isEmpty();
	}

	/** Serves a feed of three items (two episodes, one other) and returns its URL. */
	private String serveFeed(String path, String title) {
		feeds.serve(path, "application/rss+xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>%s</title><link>http://127.0.0.1/</link><description>t</description>
				<item><title>Some.Show.S01E01.720p.HDTV</title><guid>%s-1</guid>
				<link>magnet:?xt=urn:btih:%s&amp;dn=Some.Show.S01E01</link>
				<pubDate>Tue, 30 Apr 2024 08:00:00 GMT</pubDate></item>
				<item><title>Some.Show.S01E02.REPACK.720p</title><guid>%s-2</guid>
				<link>magnet:?xt=urn:btih:%s&amp;dn=Some.Show.S01E02</link>
				<pubDate>Tue, 30 Apr 2024 07:00:00 GMT</pubDate></item>
				<item><title>Other.Thing.2024</title><guid>%s-3</guid>
				<link>magnet:?xt=urn:btih:%s&amp;dn=Other</link>
				<pubDate>Tue, 30 Apr 2024 06:00:00 GMT</pubDate></item>
				</channel></rss>
				""".formatted(title, path, HASH_1, path, HASH_2, path, HASH_3));
		return base() + path;
	}

	private static String base() {
		return feeds.url("");
	}

	/** Lists until the feed has been fetched with this many items. */
	private JsonNode fetchedFeedRow(int ident, int items) {
		JsonNode[] row = new JsonNode[1];
		await().atMost(FETCH).untilAsserted(() -> {
			row[0] = feedRow(this.gui.api("list=1").get("rssfeeds"), ident);
			assertThat(row[0].get(8).size()).isEqualTo(items);
			assertThat(row[0].get(5).asInt()).as("not loading").isZero();
		});
		return row[0];
	}

	private static JsonNode feedRow(JsonNode rows, int ident) {
		for (JsonNode row : rows) {
			if (row.get(0).asInt() == ident) {
				return row;
			}
		}
		throw new AssertionError("no feed " + ident + " in " + rows);
	}

	private List<String> hashes() {
		List<String> hashes = new ArrayList<>();
		for (Torrent torrent : this.engine.torrents()) {
			hashes.add(torrent.id().hex());
		}
		return hashes;
	}

	private String setting(String name) throws Exception {
		for (JsonNode row : this.gui.api("action=getsettings").get("settings")) {
			if (row.get(0).asString().equals(name)) {
				return row.get(2).asString();
			}
		}
		throw new AssertionError("no setting " + name);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
