package dev.torrentd.automation.rss;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssException;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.UnknownUrlResult;
import dev.torrentd.automation.rss.Engines.Added;
import dev.torrentd.automation.testing.FeedSite;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Fetching feeds over HTTP from a site on 127.0.0.1, and the rules acting on what was
 * fetched (with an engine that records what it is asked to add).
 */
class RssFetchIT {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	private static final long MAX_BYTES = 64 * 1024;

	@TempDir
	Path directory;

	private FeedSite site;

	private ScheduledExecutorService scheduler;

	private final List<Added> added = new ArrayList<>();

	private final List<RssManager> managers = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		this.site = new FeedSite();
		this.scheduler = Executors.newScheduledThreadPool(2);
	}

	@AfterEach
	void close() {
		this.managers.forEach(RssManager::close);
		this.scheduler.shutdownNow();
		this.site.close();
	}

	private RssManager start(boolean autoDownload, long fetchDelaySeconds) {
		return start(autoDownload, fetchDelaySeconds, (source) -> false);
	}

	private RssManager start(boolean autoDownload, long fetchDelaySeconds, Predicate<TorrentSource> refuse) {
		AutomationOptions options = new AutomationOptions(Duration.ofSeconds(2), Duration.ofSeconds(2),
				Duration.ofSeconds(1), Duration.ofMinutes(1), TIMEOUT, MAX_BYTES);
		RssManager rss = new RssManager(Engines.recording(this.added, refuse), this.directory, options, this.scheduler);
		this.managers.add(rss);
		rss.applySettings(new RssSettings(true, 30, fetchDelaySeconds, 50, autoDownload, false,
				RssSettings.DEFAULT_SMART_EPISODE_FILTERS));
		rss.start();
		return rss;
	}

	private static RssFeed awaitFetched(RssManager rss, String path) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> feed(rss, path), (feed) -> !feed.loading() && feed.lastRefresh() != null);
	}

	private static RssFeed feed(RssManager rss, String path) {
		return rss.feeds().stream().filter((feed) -> feed.path().equals(path)).findFirst().orElseThrow();
	}

	static String rss(String title, String... items) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>%s</title><link>http://127.0.0.1/</link>
				<description>test</description><lastBuildDate>Sun, 03 Mar 2024 10:00:00 GMT</lastBuildDate>
				%s
				</channel></rss>
				""".formatted(title, String.join("\n", items));
	}

	static String item(String guid, String title, String pubDate, String torrentUrl) {
		return """
				<item><title>%s</title><guid isPermaLink="false">%s</guid><pubDate>%s</pubDate>
				<enclosure url="%s" type="application/x-bittorrent" length="1"/></item>
				""".formatted(title, guid, pubDate, torrentUrl.replace("&", "&amp;"));
	}

	@Test
	void aRedirectIsFollowedAndTheFeedsFieldsAreFilledIn() {
		this.site.serve("/feed.xml", "application/rss+xml",
				rss("Followed", item("a", "Show S01E01", "Sun, 03 Mar 2024 09:00:00 GMT", "http://127.0.0.1/1")));
		String moved = this.site.redirect("/old-feed", "/feed.xml");
		RssManager rss = start(false, 0);

		rss.addFeed(moved, "Moved");

		RssFeed feed = awaitFetched(rss, "Moved");
		assertThat(feed.error()).isNull();
		assertThat(feed.title()).isEqualTo("Followed");
		assertThat(feed.lastBuildDate()).isEqualTo("Sun, 03 Mar 2024 10:00:00 GMT");
		assertThat(feed.articles()).extracting(RssArticle::title).containsExactly("Show S01E01");
		assertThat(feed.nextRefresh()).isEqualTo(feed.lastRefresh().plus(Duration.ofMinutes(30)));
		assertThat(this.site.requests).anySatisfy((request) -> assertThat(request.userAgent()).contains("torrentd"));
	}

	@Test
	void aBodyOverTheLimitIsRefusedWithOrWithoutContentLength() {
		byte[] huge = new byte[(int) MAX_BYTES + 1];
		this.site.serve("/huge.xml", "application/rss+xml", huge);
		this.site.handle("/chunked.xml", (exchange) -> {
			exchange.sendResponseHeaders(200, 0);
			try (var out = exchange.getResponseBody()) {
				for (int i = 0; i < 20; i++) {
					out.write(new byte[8 * 1024]);
				}
			}
			catch (IOException ex) {
				// the client hung up, as it should
			}
		});
		RssManager rss = start(false, 0);

		rss.addFeed(this.site.url("/huge.xml"), "Huge");
		rss.addFeed(this.site.url("/chunked.xml"), "Chunked");

		assertThat(awaitFetched(rss, "Huge").error()).contains("too large");
		assertThat(awaitFetched(rss, "Chunked").error()).contains("too large");
	}

	@Test
	void aSlowServerTimesOutIntoTheFeedsError() {
		this.site.handle("/slow.xml", (exchange) -> {
			try {
				Thread.sleep(4000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		RssManager rss = start(false, 0);

		rss.addFeed(this.site.url("/slow.xml"), "Slow");

		RssFeed feed = awaitFetched(rss, "Slow");
		assertThat(feed.error()).contains("timed out");
		assertThat(Duration.between(rss.feeds().get(0).lastRefresh(), Instant.now())).isLessThan(Duration.ofSeconds(4));
	}

	@Test
	void somethingElseThanAFeedIsAnError() {
		this.site.serve("/page.html", "text/html", "<!DOCTYPE html><html><body>login</body></html>");
		RssManager rss = start(false, 0);

		rss.addFeed(this.site.url("/page.html"), "Page");
		rss.addFeed(this.site.url("/missing.xml"), "Missing");

		assertThat(awaitFetched(rss, "Page").error()).startsWith("not an RSS or Atom feed");
		assertThat(awaitFetched(rss, "Missing").error()).isEqualTo("HTTP 404");
	}

	@Test
	void aBrokenFetchKeepsTheArticlesAndReadStateSurvivesRefreshes() {
		String first = item("a", "Show S01E01", "Sun, 03 Mar 2024 08:00:00 GMT", "http://127.0.0.1/1");
		String second = item("b", "Show S01E02", "Sun, 03 Mar 2024 09:00:00 GMT", "http://127.0.0.1/2");
		this.site.serve("/feed.xml", "application/rss+xml", rss("T", first, second));
		RssManager rss = start(false, 0);
		rss.addFeed(this.site.url("/feed.xml"), "F");
		awaitFetched(rss, "F");
		rss.markAsRead("F", "a");

		this.site.serve("/feed.xml", "application/rss+xml", "<rss><channel><item>broken");
		rss.refresh("F");
		await().atMost(Duration.ofSeconds(10)).until(() -> feed(rss, "F").error() != null);
		assertThat(feed(rss, "F").articles()).extracting(RssArticle::id).containsExactly("b", "a");

		String third = item("c", "Show S01E03", "Sun, 03 Mar 2024 10:00:00 GMT", "http://127.0.0.1/3");
		this.site.serve("/feed.xml", "application/rss+xml", rss("T", third, second, first));
		rss.refresh("");
		await().atMost(Duration.ofSeconds(10)).until(() -> feed(rss, "F").articles().size() == 3);
		RssFeed feed = feed(rss, "F");
		assertThat(feed.error()).isNull();
		assertThat(feed.articles()).extracting(RssArticle::id).containsExactly("c", "b", "a");
		assertThat(feed.articles()).extracting(RssArticle::read).containsExactly(false, false, true);

		rss.close();
		RssManager reopened = start(false, 0);
		assertThat(feed(reopened, "F").articles()).extracting(RssArticle::read).containsExactly(false, false, true);
	}

	@Test
	void atMostTheConfiguredNumberOfArticlesIsKeptNewestFirst() {
		List<String> items = new ArrayList<>();
		for (int i = 1; i <= 9; i++) {
			items.add(item("g" + i, "Item " + i, "Sun, 03 Mar 2024 0" + i + ":00:00 GMT", "http://127.0.0.1/" + i));
		}
		this.site.serve("/many.xml", "application/rss+xml", rss("Many", items.toArray(String[]::new)));
		RssManager rss = start(false, 0);
		RssSettings settings = rss.settings();
		rss.applySettings(new RssSettings(true, 30, 0, 4, false, false, settings.smartEpisodeFilters()));

		rss.addFeed(this.site.url("/many.xml"), "Many");

		assertThat(awaitFetched(rss, "Many").articles()).extracting(RssArticle::id)
			.containsExactly("g9", "g8", "g7", "g6");
	}

	@Test
	void feedsOnOneHostAreFetchedTheFetchDelayApart() {
		this.site.serve("/a.xml", "application/rss+xml", rss("A"));
		this.site.serve("/b.xml", "application/rss+xml", rss("B"));
		RssManager rss = start(false, 2);

		rss.addFeed(this.site.url("/a.xml"), "A");
		rss.addFeed(this.site.url("/b.xml"), "B");
		awaitFetched(rss, "A");
		awaitFetched(rss, "B");

		List<FeedSite.Request> requests = this.site.requests;
		assertThat(requests).hasSize(2);
		assertThat(Duration.between(requests.get(0).at(), requests.get(1).at()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(1900));
	}

	@Test
	void aMatchingRuleAddsWithItsOptionsAndMarksTheArticleRead() {
		String magnet = "magnet:?xt=urn:btih:" + "a".repeat(40) + "&dn=show";
		this.site.serve("/feed.xml", "application/rss+xml",
				rss("T", item("e1", "Show S01E01 720p", "Sun, 03 Mar 2024 08:00:00 GMT", magnet),
						item("m1", "Movie 2024", "Sun, 03 Mar 2024 09:00:00 GMT", this.site.url("/movie.torrent"))));
		RssManager rss = start(true, 0);
		String url = this.site.url("/feed.xml");
		rss.setRule(RssRule.named("Show")
			.mustContain("show 720p")
			.affectedFeeds(List.of(url))
			.savePath("/srv/tv")
			.category("tv")
			.addStopped(true)
			.build());

		rss.addFeed(url, "F");

		await().atMost(Duration.ofSeconds(10)).until(() -> addedCount() == 1);
		Added add = this.added.get(0);
		assertThat(add.source()).isEqualTo(new TorrentSource.Magnet(magnet));
		assertThat(add.options().savePath()).isEqualTo(Path.of("/srv/tv"));
		assertThat(add.options().category()).isEqualTo("tv");
		assertThat(add.options().stopped()).isTrue();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(feed(rss, "F").articles()).filteredOn(RssArticle::read)
				.extracting(RssArticle::id)
				.containsExactly("e1"));
		assertThat(rss.rule("Show").orElseThrow().lastMatch()).isEqualTo(Instant.parse("2024-03-03T08:00:00Z"));
		assertThat(rss.matchingArticles("Show")).containsExactly(Map.entry("F", List.of("Show S01E01 720p")));

		// a rule set later meets the articles already fetched
		rss.setRule(RssRule.named("Movies").mustContain("movie").allFeeds(true).build());
		await().atMost(Duration.ofSeconds(10)).until(() -> addedCount() == 2);
		assertThat(this.added.get(1).source())
			.isEqualTo(new TorrentSource.Remote(URI.create(this.site.url("/movie.torrent"))));
		assertThat(this.added.get(1).options().savePath()).isNull();
		assertThat(this.added.get(1).options().stopped()).isNull();
	}

	@Test
	void aFailingAddIsLoggedAndTheArticleStaysUnread() {
		String refused = this.site.url("/refused.torrent");
		this.site.serve("/feed.xml", "application/rss+xml",
				rss("T", item("x", "Show S01E01", "Sun, 03 Mar 2024 08:00:00 GMT", refused),
						item("y", "Show S01E02", "Sun, 03 Mar 2024 09:00:00 GMT", this.site.url("/fine.torrent"))));
		RssManager rss = start(true, 0,
				(source) -> source instanceof TorrentSource.Remote remote && remote.uri().toString().equals(refused));
		rss.setRule(RssRule.named("All").smartFilter(true).allFeeds(true).build());

		rss.addFeed(this.site.url("/feed.xml"), "F");

		await().atMost(Duration.ofSeconds(10)).until(() -> addedCount() == 1);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(feed(rss, "F").articles()).extracting(RssArticle::read)
				.containsExactly(true, false));
		assertThat(rss.rule("All").orElseThrow().previouslyMatchedEpisodes()).containsExactly("S01E02");
	}

	@Test
	void addUnknownUrlTellsTorrentsFromFeeds() throws Exception {
		byte[] torrent = "d8:announce22:http://127.0.0.1/annou4:infod4:name1:xee".getBytes(StandardCharsets.US_ASCII);
		this.site.serve("/file.torrent", "application/octet-stream", torrent);
		this.site.serve("/feed.xml", "text/xml", rss("Subscribed"));
		this.site.serve("/page.html", "text/html", "<html><body>no</body></html>");
		String magnet = "magnet:?xt=urn:btih:" + "b".repeat(40);
		this.site.redirect("/to-magnet", magnet);
		RssManager rss = start(false, 0);

		assertThat(rss.addUnknownUrl(magnet, AddOptions.defaults())).isInstanceOf(UnknownUrlResult.Torrent.class);
		assertThat(rss.addUnknownUrl(this.site.url("/file.torrent"), AddOptions.defaults()))
			.isInstanceOf(UnknownUrlResult.Torrent.class);
		assertThat(rss.addUnknownUrl(this.site.url("/to-magnet"), AddOptions.defaults()))
			.isInstanceOf(UnknownUrlResult.Torrent.class);
		assertThat(this.added).extracting(Added::source)
			.containsExactly(new TorrentSource.Magnet(magnet), new TorrentSource.MetainfoFile(torrent),
					new TorrentSource.Magnet(magnet));

		UnknownUrlResult feed = rss.addUnknownUrl(this.site.url("/feed.xml"), AddOptions.defaults());
		assertThat(feed).isInstanceOf(UnknownUrlResult.Feed.class);
		assertThat(((UnknownUrlResult.Feed) feed).feed().url()).isEqualTo(this.site.url("/feed.xml"));
		assertThat(awaitFetched(rss, this.site.url("/feed.xml")).title()).isEqualTo("Subscribed");

		assertThatThrownBy(() -> rss.addUnknownUrl(this.site.url("/page.html"), AddOptions.defaults()))
			.isInstanceOf(RssException.class)
			.hasMessage("Neither a torrent nor an RSS or Atom feed: " + this.site.url("/page.html"));
		assertThatThrownBy(() -> rss.addUnknownUrl(this.site.url("/gone"), AddOptions.defaults()))
			.hasMessage("Cannot fetch " + this.site.url("/gone") + ": HTTP 404");
		assertThatThrownBy(() -> rss.addUnknownUrl("ftp://127.0.0.1/x", AddOptions.defaults()))
			.hasMessage("Not a magnet or an http(s) URL: ftp://127.0.0.1/x");
	}

	private int addedCount() {
		synchronized (this.added) {
			return this.added.size();
		}
	}

}
