package dev.torrentd.automation.rss;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.RssException;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Folders, feeds and rules as qBittorrent's RSS session keeps them, with its error
 * messages; nothing is fetched (processing is off).
 */
class RssTreeTests {

	@TempDir
	Path directory;

	private ScheduledExecutorService scheduler;

	private RssManager rss;

	@BeforeEach
	void open() {
		this.scheduler = Executors.newSingleThreadScheduledExecutor();
		this.rss = newManager();
		RssSettings defaults = RssSettings.defaults();
		this.rss.applySettings(new RssSettings(false, defaults.refreshIntervalMinutes(), defaults.fetchDelaySeconds(),
				defaults.maxArticlesPerFeed(), false, defaults.downloadRepackProperEpisodes(),
				defaults.smartEpisodeFilters()));
	}

	@AfterEach
	void close() {
		this.rss.close();
		this.scheduler.shutdownNow();
	}

	private RssManager newManager() {
		return new RssManager(Engines.none(), this.directory, AutomationOptions.defaults(), this.scheduler);
	}

	@Test
	void foldersNeedTheirParent() {
		this.rss.addFolder("TV");
		this.rss.addFolder("\\TV\\Shows\\");
		assertThat(this.rss.folders()).containsExactly("TV", "TV\\Shows");
		assertThatThrownBy(() -> this.rss.addFolder("Movies\\HD")).isInstanceOf(RssException.class)
			.hasMessage("Parent folder doesn't exist: Movies.");
		assertThatThrownBy(() -> this.rss.addFolder("TV")).hasMessage("RSS item with given path already exists: TV.");
		assertThatThrownBy(() -> this.rss.addFolder("")).hasMessage("Incorrect RSS Item path: .");
		assertThatThrownBy(() -> this.rss.addFolder("TV\\\\x")).hasMessage("Incorrect RSS Item path: TV\\\\x.");
	}

	@Test
	void feedsGetIncreasingIdentsAndBracedUids() {
		RssFeed first = this.rss.addFeed("http://127.0.0.1:1/a.xml", "A");
		RssFeed second = this.rss.addFeed("http://127.0.0.1:1/b.xml", "B");
		assertThat(first.ident()).isPositive();
		assertThat(second.ident()).isGreaterThan(first.ident());
		assertThat(first.uid()).matches("\\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}");
		assertThat(first.enabled()).isTrue();
		assertThat(this.rss.feed(second.ident())).contains(second);
		assertThat(this.rss.feeds()).extracting(RssFeed::path).containsExactly("A", "B");
	}

	@Test
	void feedIdentsAreNeverReused() {
		RssFeed first = this.rss.addFeed("http://127.0.0.1:1/a.xml", "A");
		this.rss.removeItem("A");
		RssFeed second = this.rss.addFeed("http://127.0.0.1:1/a.xml", "A");
		assertThat(second.ident()).isGreaterThan(first.ident());
		this.rss.removeItem("A");
		RssFeed afterRestart = newManager().addFeed("http://127.0.0.1:1/a.xml", "A");
		assertThat(afterRestart.ident()).isGreaterThan(second.ident());
	}

	@Test
	void aFeedWithoutPathIsNamedAfterItsUrl() {
		RssFeed feed = this.rss.addFeed("http://127.0.0.1:1/a.xml", "");
		assertThat(feed.path()).isEqualTo("http://127.0.0.1:1/a.xml");
		assertThat(feed.name()).isEqualTo("http://127.0.0.1:1/a.xml");
	}

	@Test
	void feedErrorsAreQbittorrents() {
		this.rss.addFeed("http://127.0.0.1:1/a.xml", "A");
		assertThatThrownBy(() -> this.rss.addFeed("http://127.0.0.1:1/a.xml", "B"))
			.hasMessage("RSS feed with given URL already exists: http://127.0.0.1:1/a.xml.");
		assertThatThrownBy(() -> this.rss.addFeed("http://127.0.0.1:1/b.xml", "A"))
			.hasMessage("RSS item with given path already exists: A.");
		assertThatThrownBy(() -> this.rss.addFeed("http://127.0.0.1:1/b.xml", "X\\B"))
			.hasMessage("Parent folder doesn't exist: X.");
		assertThatThrownBy(() -> this.rss.addFeed("ftp://127.0.0.1/b.xml", "B"))
			.hasMessage("Invalid RSS feed URL: ftp://127.0.0.1/b.xml.");
		assertThatThrownBy(() -> this.rss.setFeedUrl("Nope", "http://127.0.0.1:1/c.xml"))
			.hasMessage("Feed doesn't exist: Nope.");
		assertThatThrownBy(() -> this.rss.setFeedFlags("Nope", true, true, false))
			.hasMessage("Feed doesn't exist: Nope.");
		assertThat(this.rss.feeds()).hasSize(1);
	}

	@Test
	void setFeedUrlCarriesTheRulesAlong() {
		this.rss.addFeed("http://127.0.0.1:1/a.xml", "A");
		this.rss.addFeed("http://127.0.0.1:1/b.xml", "B");
		this.rss.setRule(RssRule.named("r").affectedFeeds(List.of("http://127.0.0.1:1/a.xml")).build());
		assertThatThrownBy(() -> this.rss.setFeedUrl("A", "http://127.0.0.1:1/b.xml"))
			.hasMessage("RSS feed with given URL already exists: http://127.0.0.1:1/b.xml.");
		this.rss.setFeedUrl("A", "http://127.0.0.1:1/c.xml");
		assertThat(this.rss.feeds().get(0).url()).isEqualTo("http://127.0.0.1:1/c.xml");
		assertThat(this.rss.rule("r").orElseThrow().affectedFeeds()).containsExactly("http://127.0.0.1:1/c.xml");
	}

	@Test
	void feedUrlsAreStoredTrimmedSoRulesWithTheCleanUrlReadThem() {
		RssFeed feed = this.rss.addFeed("  http://127.0.0.1:1/a.xml\n", "A");
		assertThat(feed.url()).isEqualTo("http://127.0.0.1:1/a.xml");
		assertThatThrownBy(() -> this.rss.addFeed("http://127.0.0.1:1/a.xml ", "B"))
			.hasMessage("RSS feed with given URL already exists: http://127.0.0.1:1/a.xml.");
		this.rss.setFeedUrl("A", " http://127.0.0.1:1/c.xml\t");
		assertThat(this.rss.feeds().get(0).url()).isEqualTo("http://127.0.0.1:1/c.xml");
	}

	@Test
	void removingAFolderRemovesEverythingInIt() {
		this.rss.addFolder("TV");
		this.rss.addFolder("TV\\Old");
		this.rss.addFolder("TVx");
		this.rss.addFeed("http://127.0.0.1:1/a.xml", "TV\\Old\\A");
		this.rss.addFeed("http://127.0.0.1:1/b.xml", "TVx\\B");
		this.rss.removeItem("TV");
		assertThat(this.rss.folders()).containsExactly("TVx");
		assertThat(this.rss.feeds()).extracting(RssFeed::path).containsExactly("TVx\\B");
		assertThatThrownBy(() -> this.rss.removeItem("")).hasMessage("Cannot delete root folder.");
		assertThatThrownBy(() -> this.rss.removeItem("TV")).hasMessage("Item doesn't exist: TV.");
	}

	@Test
	void movingAFolderMovesItsContent() {
		this.rss.addFolder("TV");
		this.rss.addFolder("TV\\Shows");
		this.rss.addFolder("Archive");
		this.rss.addFeed("http://127.0.0.1:1/a.xml", "TV\\Shows\\A");
		this.rss.moveItem("TV", "Archive\\Television");
		assertThat(this.rss.folders()).containsExactly("Archive", "Archive\\Television", "Archive\\Television\\Shows");
		assertThat(this.rss.feeds().get(0).path()).isEqualTo("Archive\\Television\\Shows\\A");
		assertThat(this.rss.feeds().get(0).name()).isEqualTo("A");
		this.rss.moveItem("Archive\\Television\\Shows\\A", "Renamed");
		assertThat(this.rss.feeds().get(0).path()).isEqualTo("Renamed");
	}

	@Test
	void moveErrorsAreQbittorrents() {
		this.rss.addFolder("TV");
		this.rss.addFolder("Other");
		assertThatThrownBy(() -> this.rss.moveItem("", "X")).hasMessage("Cannot move root folder.");
		assertThatThrownBy(() -> this.rss.moveItem("Nope", "X")).hasMessage("Item doesn't exist: Nope.");
		assertThatThrownBy(() -> this.rss.moveItem("TV", "TV\\Inside"))
			.hasMessage("Can't move a folder into itself or its subfolders.");
		assertThatThrownBy(() -> this.rss.moveItem("TV", "Other"))
			.hasMessage("RSS item with given path already exists: Other.");
		assertThatThrownBy(() -> this.rss.moveItem("TV", "Missing\\TV"))
			.hasMessage("Parent folder doesn't exist: Missing.");
		assertThat(this.rss.folders()).containsExactly("TV", "Other");
	}

	@Test
	void rulesKeepTheirIdentWhenReplacedAndNeverReuseOne() {
		RssRule first = this.rss.setRule(RssRule.named("one").mustContain("foo").build());
		RssRule replaced = this.rss.setRule(RssRule.named("one").mustContain("bar").build());
		assertThat(first.ident()).isPositive();
		assertThat(replaced.ident()).isEqualTo(first.ident());
		assertThat(this.rss.rule("one").orElseThrow().mustContain()).isEqualTo("bar");
		this.rss.removeRule("one");
		RssRule second = this.rss.setRule(RssRule.named("two").build());
		assertThat(second.ident()).isGreaterThan(first.ident());
		assertThat(this.rss.rule(second.ident())).contains(second);
		this.rss.removeRule("unknown");
	}

	@Test
	void ruleErrors() {
		this.rss.setRule(RssRule.named("one").build());
		this.rss.setRule(RssRule.named("two").build());
		assertThatThrownBy(() -> this.rss.setRule(RssRule.named(" ").build())).isInstanceOf(RssException.class)
			.hasMessage("Rule name can't be empty.");
		assertThatThrownBy(() -> this.rss.setRule(RssRule.named("bad").useRegex(true).mustContain("(").build()))
			.isInstanceOf(RssException.class)
			.hasMessageStartingWith("Invalid regular expression in rule bad: ");
		assertThatThrownBy(() -> this.rss.renameRule("nope", "x")).hasMessage("Rule doesn't exist: nope.");
		assertThatThrownBy(() -> this.rss.renameRule("one", "two")).hasMessage("Rule already exists: two.");
		this.rss.renameRule("one", "uno");
		assertThat(this.rss.rules()).extracting(RssRule::name).containsExactly("uno", "two");
	}

	@Test
	void everythingSurvivesARestart() {
		this.rss.addFolder("TV");
		RssFeed feed = this.rss.addFeed("http://127.0.0.1:1/a.xml", "TV\\A");
		this.rss.setFeedFlags("TV\\A", false, false, true);
		RssRule rule = this.rss.setRule(RssRule.named("r")
			.mustContain("show")
			.affectedFeeds(List.of(feed.url()))
			.previouslyMatchedEpisodes(List.of("S01E01"))
			.addStopped(true)
			.build());
		RssSettings settings = this.rss.settings();

		RssManager reopened = newManager();
		assertThat(reopened.settings()).isEqualTo(settings);
		assertThat(reopened.folders()).containsExactly("TV");
		RssFeed loaded = reopened.feeds().get(0);
		assertThat(loaded.ident()).isEqualTo(feed.ident());
		assertThat(loaded.uid()).isEqualTo(feed.uid());
		assertThat(loaded.path()).isEqualTo("TV\\A");
		assertThat(loaded.enabled()).isFalse();
		assertThat(loaded.subscribed()).isFalse();
		assertThat(loaded.smartFilter()).isTrue();
		assertThat(reopened.rules()).containsExactly(rule);
	}

	@Test
	void settingsAreKeptInRange() {
		this.rss.applySettings(new RssSettings(false, 0, -5, 0, false, false, List.of("x(\\d+)")));
		RssSettings settings = this.rss.settings();
		assertThat(settings.refreshIntervalMinutes()).isEqualTo(1);
		assertThat(settings.fetchDelaySeconds()).isZero();
		assertThat(settings.maxArticlesPerFeed()).isEqualTo(1);
		assertThat(newManager().settings()).isEqualTo(settings);
	}

	@Test
	void aRuleChangeThatCannotBeSavedIsAOneLineErrorAndChangesNothing() throws Exception {
		this.rss.setRule(RssRule.named("kept").mustContain("a").build());
		// a non-empty directory where rules.json goes: the atomic rename fails, even as
		// root
		Path rules = this.directory.resolve("rules.json");
		Files.delete(rules);
		Files.createDirectories(rules.resolve("blocked"));
		assertThatThrownBy(() -> this.rss.setRule(RssRule.named("new").build())).isInstanceOf(RssException.class)
			.hasMessageStartingWith("Cannot save the RSS rules: ")
			.hasMessageNotContaining("\n");
		assertThatThrownBy(() -> this.rss.renameRule("kept", "renamed")).isInstanceOf(RssException.class);
		assertThatThrownBy(() -> this.rss.removeRule("kept")).isInstanceOf(RssException.class);
		assertThat(this.rss.rules()).extracting(RssRule::name).containsExactly("kept");
		Files.delete(rules.resolve("blocked"));
		Files.delete(rules);
		RssRule added = this.rss.setRule(RssRule.named("new").build());
		assertThat(newManager().rules()).extracting(RssRule::name).containsExactly("kept", "new");
		assertThat(added.ident()).isEqualTo(this.rss.rule("kept").orElseThrow().ident() + 1);
	}

}
