package dev.torrentd.utorrent.wire;

import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RssFilterRowTests {

	private static final Instant MATCHED = Instant.parse("2024-04-30T08:00:00Z");

	private static final List<RssFeed> FEEDS = List.of(feed(2, "http://127.0.0.1/a.xml"),
			feed(5, "http://127.0.0.1/b.xml"));

	private static RssFeed feed(int ident, String url) {
		return new RssFeed(ident, "{" + ident + "}", "f" + ident, url, true, false, false, "", "", null, null, false,
				null, List.of());
	}

	private static RssRule.Builder rule() {
		return RssRule.named("Show").ident(9).mustContain("the*show");
	}

	@Test
	void aFilterRowHasTheManualsSixteenColumnsInOrder() {
		RssRule rule = rule().mustNotContain("cam")
			.savePath("/data/tv")
			.affectedFeeds(List.of("http://127.0.0.1/b.xml"))
			.quality(2048)
			.category("tv")
			.postponeMode(3)
			.lastMatch(MATCHED)
			.smartFilter(true)
			.episodeFilter("1x01-10")
			.addStopped(true)
			.build();

		List<Object> row = RssFilterRow.of(rule, FEEDS, true);

		assertThat(row).containsExactly(9, 1 | 8 | 16, "Show", "the*show", "cam", "/data/tv", 5, 2048, "tv", 3,
				MATCHED.getEpochSecond(), 1, 1, "1x01-10", true, false);
		assertThat(row).hasSize(RssFilterRow.COLUMNS);
		assertThat(row.get(10)).isInstanceOf(Long.class);
	}

	@Test
	void theFeedColumnIsMinusOneForEveryFeedTheFirstKnownFeedElseZero() {
		assertThat(RssFilterRow.feed(rule().allFeeds(true).affectedFeeds(List.of("http://127.0.0.1/a.xml")).build(),
				FEEDS))
			.isEqualTo(-1);
		assertThat(RssFilterRow
			.feed(rule().affectedFeeds(List.of("http://gone/x.xml", "http://127.0.0.1/a.xml", "http://127.0.0.1/b.xml"))
				.build(), FEEDS))
			.isEqualTo(2);
		assertThat(RssFilterRow.feed(rule().build(), FEEDS)).isZero();
	}

	@Test
	void flagsAreTheWebUisBits() {
		assertThat(RssFilterRow.flags(rule().build())).isEqualTo(RssFilterRow.FLAG_ENABLE);
		assertThat(RssFilterRow.flags(rule().enabled(false).build())).isZero();
		assertThat(RssFilterRow.flags(rule().enabled(false).matchOriginalName(true).build()))
			.isEqualTo(RssFilterRow.FLAG_ORIG_NAME);
		assertThat(RssFilterRow.flags(rule().enabled(false).priority(-1).build()))
			.isEqualTo(RssFilterRow.FLAG_HIGH_PRIORITY);
		assertThat(RssFilterRow.flags(rule().enabled(false).priority(3).build())).isZero();
		assertThat(RssFilterRow.flags(rule().enabled(false).smartFilter(true).build()))
			.isEqualTo(RssFilterRow.FLAG_SMART_EP_FILTER);
		assertThat(RssFilterRow.flags(rule().enabled(false).addStopped(true).build()))
			.isEqualTo(RssFilterRow.FLAG_ADD_STOPPED);
		assertThat(RssFilterRow.flags(rule().enabled(false).addStopped(false).build())).isZero();
	}

	@Test
	void anEnabledRuleWithoutMustContainTakesEverythingAndShowsAStar() {
		RssRule everything = rule().mustContain("").build();

		List<Object> row = RssFilterRow.of(everything, FEEDS, false);

		assertThat(row.get(1)).isEqualTo(RssFilterRow.FLAG_ENABLE);
		assertThat(row.get(3)).isEqualTo("*");
	}

	@Test
	void aDisabledRuleWithoutMustContainShowsAsMicroTorrentsEmptyFilterThatTakesNothing() {
		RssRule nothing = rule().mustContain("").enabled(false).build();

		List<Object> row = RssFilterRow.of(nothing, FEEDS, false);

		assertThat(row.get(1)).isEqualTo(RssFilterRow.FLAG_ENABLE);
		assertThat(row.get(3)).isEqualTo("");
	}

	@Test
	void repackEpFilterNeedsTheSmartFilterAndTheSetting() {
		assertThat(RssFilterRow.of(rule().smartFilter(true).build(), FEEDS, false).get(12)).isEqualTo(0);
		assertThat(RssFilterRow.of(rule().smartFilter(false).build(), FEEDS, true).get(12)).isEqualTo(0);
		assertThat(RssFilterRow.of(rule().smartFilter(true).build(), FEEDS, true).get(12)).isEqualTo(1);
	}

	@Test
	void aRuleThatNeverMatchedHasLastMatchZeroAndNoEpisodeFilter() {
		List<Object> row = RssFilterRow.of(rule().build(), FEEDS, true);

		assertThat(row.get(10)).isEqualTo(0L);
		assertThat(row.get(13)).isEqualTo("");
		assertThat(row.get(14)).isEqualTo(false);
	}

}
