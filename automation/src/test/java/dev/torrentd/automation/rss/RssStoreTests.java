package dev.torrentd.automation.rss;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.rss.RssStore.FeedsFile;
import dev.torrentd.automation.rss.RssStore.RulesFile;
import dev.torrentd.automation.rss.RssStore.StoredFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RssStoreTests {

	@TempDir
	Path directory;

	@Test
	void anEmptyDirectoryHoldsTheDefaults() {
		RssStore store = new RssStore(this.directory.resolve("missing"));
		assertThat(store.loadSettings()).isEqualTo(RssSettings.defaults());
		assertThat(store.loadFeeds().feeds()).isEmpty();
		assertThat(store.loadFeeds().nextIdent()).isEqualTo(1);
		assertThat(store.loadRules().rules()).isEmpty();
	}

	@Test
	void feedsRulesAndSettingsRoundTrip() {
		RssStore store = new RssStore(this.directory);
		RssArticle article = new RssArticle("guid-1", "Show S01E01", "http://127.0.0.1/1", "magnet:?xt=urn:btih:abc",
				Instant.parse("2024-03-01T10:15:30Z"), "desc", "me", true);
		RssArticle bare = new RssArticle("t", "t", null, null, null, "", "", false);
		FeedsFile feeds = new FeedsFile(7, List.of("TV", "TV\\Shows"),
				List.of(new StoredFeed(3, "{0f8fad5b-d9cb-469f-a165-70867728950e}", "TV\\Shows\\A",
						"http://127.0.0.1/a.xml", true, false, true, "A feed", "Fri, 01 Mar 2024 10:00:00 GMT",
						Instant.parse("2024-03-01T11:00:00Z"), "timed out", List.of(article, bare))));
		RulesFile rules = new RulesFile(5,
				List.of(RssRule.named("r")
					.ident(4)
					.useRegex(true)
					.mustContain("show.*")
					.episodeFilter("1x01-;")
					.smartFilter(true)
					.affectedFeeds(List.of("http://127.0.0.1/a.xml"))
					.ignoreDays(2)
					.lastMatch(Instant.parse("2024-03-02T00:00:00Z"))
					.previouslyMatchedEpisodes(List.of("S01E01"))
					.savePath("/downloads/tv")
					.category("tv")
					.addStopped(false)
					.build(), RssRule.named("plain").ident(2).build()));
		RssSettings settings = new RssSettings(false, 15, 3, 20, false, false, List.of("e(\\d+)"));
		store.saveFeeds(feeds);
		store.saveRules(rules);
		store.saveSettings(settings);

		// dates are written as ISO-8601 text, readable by people
		assertThat(this.directory.resolve(RssStore.FEEDS)).content().contains("\"2024-03-01T10:15:30Z\"");
		RssStore reopened = new RssStore(this.directory);
		assertThat(reopened.loadFeeds()).isEqualTo(feeds);
		assertThat(reopened.loadRules()).isEqualTo(rules);
		assertThat(reopened.loadSettings()).isEqualTo(settings);
	}

	@Test
	void anUnreadableFileIsSetAsideNotOverwritten() throws Exception {
		Files.writeString(this.directory.resolve(RssStore.RULES), "{ not json");
		RssStore store = new RssStore(this.directory);
		assertThat(store.loadRules().rules()).isEmpty();
		assertThat(this.directory.resolve(RssStore.RULES + ".corrupt")).hasContent("{ not json");
	}

}
