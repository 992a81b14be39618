package dev.torrentd.utorrent.gui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.utorrent.error.GuiException;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.wire.RssFilterRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FilterUpdateTests {

	private static final RssFeed FEED = new RssFeed(4, "{4}", "TV", "http://127.0.0.1/tv.xml", true, false, false, "",
			"", null, null, false, null, List.of());

	private static RssRule update(RssRule current, String query) {
		return FilterUpdate.apply(current, GuiQuery.parse(query), FilterUpdateTests::feed, (name) -> false);
	}

	private static RssRule create(String query, String... taken) {
		return FilterUpdate.apply(null, GuiQuery.parse(query), FilterUpdateTests::feed, Set.of(taken)::contains);
	}

	private static Optional<RssFeed> feed(int ident) {
		return (ident == FEED.ident()) ? Optional.of(FEED) : Optional.empty();
	}

	private static RssRule existing() {
		return RssRule.named("Show")
			.ident(7)
			.mustContain("the show")
			.mustNotContain("cam")
			.episodeFilter("1x01-10")
			.smartFilter(true)
			.affectedFeeds(List.of(FEED.url()))
			.lastMatch(Instant.parse("2024-04-30T08:00:00Z"))
			.previouslyMatchedEpisodes(List.of("S01E02"))
			.savePath("/data/tv")
			.category("tv")
			.build();
	}

	@Test
	void aNewFilterAsTheWebUiCreatesItIsNamedNewFilterForEveryFeedAndTakesNothingYet() {
		RssRule rule = create("action=filter-update&filter-id=-1");

		assertThat(rule.name()).isEqualTo("New Filter");
		assertThat(rule.allFeeds()).isTrue();
		assertThat(rule.useRegex()).isFalse();
		assertThat(rule.mustContain()).isEmpty();
		assertThat(rule.enabled()).as("µTorrent's empty filter matches nothing").isFalse();
		assertThat(RssFilterRow.flags(rule) & RssFilterRow.FLAG_ENABLE).as("shown enabled, as µTorrent")
			.isEqualTo(RssFilterRow.FLAG_ENABLE);
		assertThat(rule.quality()).isEqualTo(-1);
	}

	@Test
	void aNewFilterGetsTheFirstFreeDefaultName() {
		assertThat(create("filter-id=-1", "New Filter").name()).isEqualTo("New Filter 2");
		assertThat(create("filter-id=-1", "New Filter", "New Filter 2").name()).isEqualTo("New Filter 3");
	}

	@Test
	void aNewFilterTakesTheGivenFieldsAsUtorrentctlSendsThem() {
		RssRule rule = create("filter-id=-1&feed-id=4&name=Show&filter=the*show&save-in=%2Fdata%2Ftv&label=tv");

		assertThat(rule.name()).isEqualTo("Show");
		assertThat(rule.enabled()).isTrue();
		assertThat(rule.mustContain()).isEqualTo("the*show");
		assertThat(rule.allFeeds()).isFalse();
		assertThat(rule.affectedFeeds()).containsExactly(FEED.url());
		assertThat(rule.savePath()).isEqualTo("/data/tv");
		assertThat(rule.category()).isEqualTo("tv");
	}

	@Test
	void givingTheNewFilterAFilterTurnsItOn() {
		RssRule created = create("filter-id=-1").toBuilder().ident(3).build();

		RssRule named = update(created, "filter-id=3&name=Show");
		assertThat(named.enabled()).isFalse();

		RssRule filtered = update(named, "filter-id=3&filter=the%20show");
		assertThat(filtered.enabled()).isTrue();
		assertThat(filtered.mustContain()).isEqualTo("the show");
	}

	@Test
	void onlyTheGivenParametersChange() {
		RssRule rule = update(existing(), "filter-id=7&label=series");

		assertThat(rule).isEqualTo(existing().toBuilder().category("series").build());
	}

	@Test
	void anEnabledRuleThatTakesEverythingKeepsItsEmptyMustContainWhenALabelChanges() {
		RssRule everything = existing().toBuilder().mustContain("").build();

		RssRule rule = update(everything, "filter-id=7&label=x");

		assertThat(rule.enabled()).isTrue();
		assertThat(rule.mustContain()).isEmpty();
	}

	@Test
	void anEmptyFilterTurnsTheRuleOffAndAStarTakesEverything() {
		RssRule emptied = update(existing(), "filter-id=7&filter=");
		assertThat(emptied.enabled()).isFalse();
		assertThat(emptied.mustContain()).isEmpty();

		RssRule star = update(emptied, "filter-id=7&filter=*");
		assertThat(star.enabled()).isTrue();
		assertThat(star.mustContain()).isEqualTo("*");
	}

	@Test
	void enabledSwitchesTheRule() {
		assertThat(update(existing(), "enabled=0").enabled()).isFalse();
		assertThat(update(existing().toBuilder().enabled(false).build(), "enabled=true").enabled()).isTrue();
	}

	@Test
	void aFilterOrNotFilterMakesTheRuleAWildcardRule() {
		RssRule regex = existing().toBuilder().useRegex(true).build();

		assertThat(update(regex, "label=x").useRegex()).isTrue();
		assertThat(update(regex, "not-filter=cam*").useRegex()).isFalse();
		assertThat(update(regex, "not-filter=cam*").mustNotContain()).isEqualTo("cam*");
	}

	@Test
	void theEpisodeFilterHasAnExpressionAndASwitch() {
		RssRule off = update(existing(), "episode-filter=0");
		assertThat(off.episodeFilter()).isEmpty();

		assertThat(update(off, "episode=2x01-&episode-filter=1").episodeFilter()).isEqualTo("2x01-");
		assertThat(update(off, "episode=2x01-").episodeFilter()).as("an expression alone turns it on")
			.isEqualTo("2x01-");
		assertThat(update(existing(), "episode=3x-").episodeFilter()).isEqualTo("3x-");
		assertThat(update(existing(), "episode=3x-&episode-filter=false").episodeFilter()).isEmpty();
	}

	@Test
	void feedIdMinusOneReadsEveryFeedAndAnIdentThatFeedOnly() {
		RssRule all = update(existing(), "feed-id=-1");
		assertThat(all.allFeeds()).isTrue();

		RssRule one = update(all, "feed-id=4");
		assertThat(one.allFeeds()).isFalse();
		assertThat(one.affectedFeeds()).containsExactly(FEED.url());
	}

	@Test
	void theFlagsAndNumbersMapToTheRule() {
		RssRule rule = update(existing(),
				"prio=1&origname=1&smart-ep-filter=0&add-stopped=1&quality=2048&postpone-mode=3");

		assertThat(rule.priority()).isEqualTo(-1);
		assertThat(rule.matchOriginalName()).isTrue();
		assertThat(rule.smartFilter()).isFalse();
		assertThat(rule.addStopped()).isTrue();
		assertThat(rule.quality()).isEqualTo(2048);
		assertThat(rule.postponeMode()).isEqualTo(3);
		assertThat(RssFilterRow.flags(rule)).isEqualTo(RssFilterRow.FLAG_ENABLE | RssFilterRow.FLAG_ORIG_NAME
				| RssFilterRow.FLAG_HIGH_PRIORITY | RssFilterRow.FLAG_ADD_STOPPED);

		RssRule back = update(rule, "prio=0&add-stopped=0&postpone-mode=true");
		assertThat(back.priority()).isZero();
		assertThat(back.addStopped()).isNull();
		assertThat(back.postponeMode()).isEqualTo(1);
	}

	@Test
	void prioKeepsAQBittorrentPriorityThatAlreadySaysSo() {
		assertThat(update(existing().toBuilder().priority(-5).build(), "prio=1").priority()).isEqualTo(-5);
		assertThat(update(existing().toBuilder().priority(4).build(), "prio=0").priority()).isEqualTo(4);
		assertThat(update(existing().toBuilder().addStopped(false).build(), "add-stopped=0").addStopped())
			.as("a rule that always adds started stays so")
			.isFalse();
	}

	@Test
	void badValuesAreOneLineErrors() {
		assertThatExceptionOfType(GuiException.class).isThrownBy(() -> update(existing(), "prio=maybe"))
			.withMessage("Invalid prio: maybe (1, 0, true or false)");
		assertThatExceptionOfType(GuiException.class).isThrownBy(() -> update(existing(), "quality=high"))
			.withMessage("Invalid quality: high");
		assertThatExceptionOfType(GuiException.class).isThrownBy(() -> update(existing(), "feed-id=99"))
			.withMessage("No such RSS feed: 99");
		assertThatExceptionOfType(GuiException.class).isThrownBy(() -> update(existing(), "save-in=tv"))
			.withMessage("Invalid save-in: it must be an absolute path");
	}

	@Test
	void anEmptySaveInIsTheDefault() {
		assertThat(update(existing(), "save-in=").savePath()).isEmpty();
	}

}
