package dev.torrentd.automation.rss;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A rule downloads for real: an RSS 2.0 feed with a .torrent enclosure and an Atom feed
 * with magnets, served on 127.0.0.1, a seeding engine on loopback, the engine under test
 * adding what the rule takes; the smart episode filter refuses a second copy of an
 * episode from the other feed, and lets its REPACK through only when the setting says.
 */
class RssDownloadIT {

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private FeedSite site;

	private ScheduledExecutorService scheduler;

	private LibtorrentEngine seeder;

	private LibtorrentEngine engine;

	private RssManager rss;

	@BeforeEach
	void open() throws Exception {
		this.site = new FeedSite();
		this.scheduler = Executors.newScheduledThreadPool(2);
		// four torrents seed at once: more than qBittorrent's default queue lets be
		// active
		this.seeder = this.engines.start(this.dir.resolve("seeder"),
				TestEngines.loopbackSettings(this.dir.resolve("seeder/downloads"))
					.toBuilder()
					.queueingEnabled(false)
					.build());
		this.engine = this.engines.start(this.dir.resolve("engine"));
	}

	@AfterEach
	void close() {
		if (this.rss != null) {
			this.rss.close();
		}
		this.scheduler.shutdownNow();
		this.site.close();
	}

	private RssManager startRss(boolean downloadRepacks) {
		RssManager manager = new RssManager(this.engine, this.dir.resolve("rss"),
				new AutomationOptions(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1),
						Duration.ofMinutes(1), Duration.ofSeconds(10), 1024 * 1024),
				this.scheduler);
		manager.applySettings(
				new RssSettings(true, 30, 0, 50, true, downloadRepacks, RssSettings.DEFAULT_SMART_EPISODE_FILTERS));
		manager.start();
		return manager;
	}

	@Test
	void aRuleDownloadsEachEpisodeOnceFromBothFeedsAndItsRepackOnlyWhenAllowed() throws Exception {
		Seeded ep5At720 = seed("Show.Name.S01E05.720p.mkv", 300 * 1024 + 7, 81);
		Seeded ep5At1080 = seed("Show.Name.S01E05.1080p.mkv", 310 * 1024 + 3, 82);
		Seeded ep5Repack = seed("Show.Name.S01E05.REPACK.1080p.mkv", 320 * 1024 + 1, 83);
		Seeded ep6At1080 = seed("Show.Name.S01E06.1080p.mkv", 330 * 1024 + 9, 84);
		List<TorrentId> seeded = List.of(ep5At720.id(), ep5At1080.id(), ep5Repack.id(), ep6At1080.id());
		String peer = "127.0.0.1:" + TestEngines.address(this.seeder).getPort();

		String torrentUrl = this.site.serve("/download/505.torrent", "application/x-bittorrent", ep5At720.metainfo());
		String rssUrl = this.site.serve("/tv/rss", "application/rss+xml",
				RssFetchIT.rss("Indexer TV",
						RssFetchIT.item("tv-505", "Show.Name.S01E05.720p", "Sun, 03 Mar 2024 09:00:00 GMT", torrentUrl),
						RssFetchIT.item("tv-601", "Other.Show.S02E01.720p", "Sun, 03 Mar 2024 08:00:00 GMT",
								this.site.url("/download/601.torrent"))));
		String atomUrl = this.site.serve("/hd/atom", "application/atom+xml",
				atom(entry("hd-505", "Show.Name.S01E05.1080p", "2024-03-03T10:00:00Z", magnet(ep5At1080, peer)),
						entry("hd-505r", "Show.Name.S01E05.REPACK.1080p", "2024-03-03T11:00:00Z",
								magnet(ep5Repack, peer)),
						entry("hd-506", "Show.Name.S01E06.1080p", "2024-03-03T12:00:00Z", magnet(ep6At1080, peer))));
		Path tv = this.dir.resolve("tv");

		this.rss = startRss(false);
		this.rss.setRule(RssRule.named("Show")
			.mustContain("Show.Name")
			.smartFilter(true)
			.affectedFeeds(List.of(rssUrl, atomUrl))
			.savePath(tv.toString())
			.addStopped(false)
			.build());

		// the RSS feed's .torrent enclosure
		this.rss.addFeed(rssUrl, "Indexer TV");
		awaitComplete(ep5At720, seeded);
		assertThat(tv.resolve(ep5At720.name())).hasSameBinaryContentAs(ep5At720.content());
		assertThat(readIds(this.rss, "Indexer TV")).containsExactly("tv-505");
		RssRule afterFirst = this.rss.rule("Show").orElseThrow();
		assertThat(afterFirst.lastMatch()).isEqualTo(Instant.parse("2024-03-03T09:00:00Z"));
		assertThat(afterFirst.previouslyMatchedEpisodes()).containsExactly("S01E05");

		// the Atom feed's magnets: episode 6 is new, episode 5 is not, its REPACK not
		// allowed
		this.rss.addFeed(atomUrl, "Indexer HD");
		awaitComplete(ep6At1080, seeded);
		assertThat(tv.resolve(ep6At1080.name())).hasSameBinaryContentAs(ep6At1080.content());
		assertThat(this.engine.find(ep5At1080.id())).isEmpty();
		assertThat(this.engine.find(ep5Repack.id())).isEmpty();
		assertThat(readIds(this.rss, "Indexer HD")).containsExactly("hd-506");
		assertThat(this.rss.rule("Show").orElseThrow().previouslyMatchedEpisodes()).containsExactly("S01E05", "S01E06");

		// allowed now: the REPACK comes once, the other copy still not
		RssSettings settings = this.rss.settings();
		this.rss.applySettings(new RssSettings(settings.processingEnabled(), settings.refreshIntervalMinutes(),
				settings.fetchDelaySeconds(), settings.maxArticlesPerFeed(), true, true,
				settings.smartEpisodeFilters()));
		awaitComplete(ep5Repack, seeded);
		assertThat(tv.resolve(ep5Repack.name())).hasSameBinaryContentAs(ep5Repack.content());
		assertThat(this.engine.find(ep5At1080.id())).isEmpty();
		assertThat(this.engine.torrents()).hasSize(3);
		RssRule last = this.rss.rule("Show").orElseThrow();
		assertThat(last.previouslyMatchedEpisodes()).containsExactly("S01E05", "S01E06", "S01E05-REPACK");
		assertThat(last.lastMatch()).isEqualTo(Instant.parse("2024-03-03T11:00:00Z"));
		assertThat(readIds(this.rss, "Indexer HD")).containsExactlyInAnyOrder("hd-506", "hd-505r");

		// everything is on disk: a new manager on the same directory sees the same
		List<RssFeed> feeds = this.rss.feeds();
		this.rss.close();
		this.rss = new RssManager(this.engine, this.dir.resolve("rss"), AutomationOptions.defaults(), this.scheduler);
		assertThat(this.rss.rules()).containsExactly(last);
		assertThat(this.rss.feeds())
			.extracting(RssFeed::ident, RssFeed::uid, RssFeed::path, RssFeed::url, RssFeed::title, RssFeed::articles)
			.containsExactlyElementsOf(feeds.stream()
				.map((feed) -> tuple(feed.ident(), feed.uid(), feed.path(), feed.url(), feed.title(), feed.articles()))
				.toList());
		assertThat(this.rss.settings().downloadRepackProperEpisodes()).isTrue();
		assertThat(this.rss.matchingArticles("Show")).isEmpty();
	}

	private Seeded seed(String name, int size, long seed) {
		Path content = TestTorrents.randomFile(this.dir.resolve("seed").resolve(name), size, seed);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		TorrentId id = this.seeder
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(content.getParent()).build())
			.id();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.seeder.get(id).state()).as("%s", this.seeder.get(id))
				.isEqualTo(TorrentState.SEEDING));
		return new Seeded(id, name, content, metainfo);
	}

	/** Waits until the engine has the torrent complete; the seeder dials it meanwhile. */
	private void awaitComplete(Seeded torrent, List<TorrentId> seeded) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
			this.seeder.addPeers(seeded, List.of(TestEngines.address(this.engine)));
			Optional<Torrent> found = this.engine.find(torrent.id());
			return found.isPresent() && found.get().complete();
		});
	}

	private static List<String> readIds(RssManager rss, String path) {
		RssFeed feed = rss.feeds().stream().filter((f) -> f.path().equals(path)).findFirst().orElseThrow();
		return feed.articles().stream().filter(RssArticle::read).map(RssArticle::id).toList();
	}

	private static String magnet(Seeded torrent, String peer) {
		return "magnet:?xt=urn:btih:" + torrent.id().hex() + "&dn=" + torrent.name() + "&x.pe=" + peer;
	}

	private static String entry(String id, String title, String updated, String magnet) {
		return """
				<entry><title>%s</title><id>%s</id><updated>%s</updated><link href="%s"/></entry>
				""".formatted(title, id, updated, magnet.replace("&", "&amp;"));
	}

	private static String atom(String... entries) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Indexer HD</title><id>urn:indexer:hd</id>
				<updated>2024-03-03T12:00:00Z</updated>
				%s
				</feed>
				""".formatted(String.join("", entries));
	}

	record Seeded(TorrentId id, String name, Path content, byte[] metainfo) {
	}

}
