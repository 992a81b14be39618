package dev.torrentd.automation.rss;

import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssException;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.rss.RssStore.RulesFile;
import dev.torrentd.automation.rss.RuleBook.Taken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBookTests {

	private static final String FEED = "http://127.0.0.1:1/a.xml";

	private static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");

	private static final RssArticle SHOW = new RssArticle("1", "Show S01E05", null,
			"magnet:?xt=urn:btih:" + "1".repeat(40), Instant.parse("2024-03-01T00:00:00Z"), "", "", false);

	private static final SmartEpisodeFilter SMART = SmartEpisodeFilter.of(RssSettings.DEFAULT_SMART_EPISODE_FILTERS);

	private final RuleBook book = new RuleBook(new RulesFile(1, List.of()));

	@Test
	void settingAnExistingNameKeepsItsIdent() {
		RssRule first = this.book.set(RssRule.named("r").build());
		RssRule replaced = this.book.set(RssRule.named("r").mustContain("x").build());
		assertThat(replaced.ident()).isEqualTo(first.ident());
		assertThat(this.book.all()).containsExactly(replaced);
	}

	@Test
	void aBrokenRegularExpressionIsRefusedBeforeItIsStored() {
		assertThatThrownBy(() -> RuleBook.requireValid(RssRule.named("r").useRegex(true).mustContain("(").build()))
			.isInstanceOf(RssException.class)
			.hasMessageStartingWith("Invalid regular expression in rule r: ");
		assertThatThrownBy(() -> RuleBook.requireValid(RssRule.named(" ").build()))
			.hasMessage("Rule name can't be empty.");
	}

	@Test
	void theLowestPriorityEnabledRuleReadingTheFeedTakesTheArticle() {
		this.book.set(RssRule.named("disabled").enabled(false).allFeeds(true).build());
		this.book.set(RssRule.named("other feed").affectedFeeds(List.of("http://127.0.0.1:1/b.xml")).build());
		this.book.set(RssRule.named("late").priority(2).allFeeds(true).mustContain("show").build());
		this.book.set(RssRule.named("early").priority(1).affectedFeeds(List.of(FEED)).mustContain("show").build());
		Taken taken = this.book.taker(FEED, SHOW, SMART, false, NOW);
		assertThat(taken).isNotNull();
		assertThat(taken.rule().name()).isEqualTo("early");
		assertThat(this.book.taker(FEED, SHOW, SMART, false, NOW).acceptance().lastMatch()).isEqualTo(SHOW.date());
	}

	@Test
	void aDownloadIsRecordedOnTheRuleUnderItsNameAndLostWhenRenamed() {
		this.book.set(RssRule.named("r").allFeeds(true).smartFilter(true).build());
		Taken taken = this.book.taker(FEED, SHOW, SMART, false, NOW);
		this.book.recordDownload("r", taken.acceptance());
		assertThat(this.book.byName("r").previouslyMatchedEpisodes()).containsExactly("S01E05");
		assertThat(this.book.taker(FEED, SHOW, SMART, false, NOW)).isNull();
		assertThat(this.book.rename("r", "s")).isTrue();
		this.book.recordDownload("r", taken.acceptance());
		assertThat(this.book.all()).extracting(RssRule::name).containsExactly("s");
	}

	@Test
	void rulesFollowAFeedToItsNewUrl() {
		this.book.set(RssRule.named("r").affectedFeeds(List.of(FEED, "http://127.0.0.1:1/b.xml")).build());
		assertThat(this.book.replaceFeedUrl(FEED, "http://127.0.0.1:1/c.xml")).isTrue();
		assertThat(this.book.byName("r").affectedFeeds()).containsExactly("http://127.0.0.1:1/c.xml",
				"http://127.0.0.1:1/b.xml");
		assertThat(this.book.replaceFeedUrl(FEED, "http://127.0.0.1:1/d.xml")).isFalse();
	}

	@Test
	void renamingRefusesATakenName() {
		this.book.set(RssRule.named("a").build());
		this.book.set(RssRule.named("b").build());
		assertThatThrownBy(() -> this.book.rename("a", "b")).hasMessage("Rule already exists: b.");
		assertThatThrownBy(() -> this.book.rename("x", "y")).hasMessage("Rule doesn't exist: x.");
		assertThat(this.book.rename("a", "a")).isFalse();
	}

	@Test
	void aRuleSetAgainIsMatchedWithItsNewExpressions() {
		this.book.set(RssRule.named("r").allFeeds(true).mustContain("show").build());
		assertThat(this.book.taker(FEED, SHOW, SMART, false, NOW)).isNotNull();
		this.book.set(RssRule.named("r").allFeeds(true).mustContain("other").build());
		assertThat(this.book.taker(FEED, SHOW, SMART, false, NOW)).isNull();
		this.book.rename("r", "renamed");
		this.book.set(RssRule.named("r").allFeeds(true).mustContain("show").build());
		assertThat(this.book.taker(FEED, SHOW, SMART, false, NOW).rule().name()).isEqualTo("r");
	}

	@Test
	void aBrokenSmartFilterLineStillLetsRulesDownload() {
		SmartEpisodeFilter broken = SmartEpisodeFilter.of(List.of("s(\\d+)e(\\d+) # note", "("));
		this.book.set(RssRule.named("plain").allFeeds(true).mustContain("show").build());
		assertThat(this.book.taker(FEED, SHOW, broken, false, NOW)).isNotNull();
		this.book.remove("plain");
		this.book.set(RssRule.named("smart").allFeeds(true).smartFilter(true).mustContain("show").build());
		assertThat(this.book.taker(FEED, SHOW, broken, false, NOW).acceptance().episodes()).containsExactly("S01E05");
	}

	@Test
	void anUpdateKeepsWhatTheServerRecordedMeanwhile() {
		RssRule rule = this.book.set(RssRule.named("r").allFeeds(true).smartFilter(true).mustContain("show").build());
		Taken taken = this.book.taker(FEED, SHOW, SMART, false, NOW);
		this.book.recordDownload("r", taken.acceptance());
		RssRule updated = this.book.update(rule.ident(), (current) -> current.toBuilder().category("tv").build());
		assertThat(updated.ident()).isEqualTo(rule.ident());
		assertThat(updated.category()).isEqualTo("tv");
		assertThat(updated.previouslyMatchedEpisodes()).containsExactly("S01E05");
		assertThat(updated.lastMatch()).isNotNull().isEqualTo(taken.acceptance().lastMatch());
	}

	@Test
	void anUpdateRenamesButNeverOntoAnotherRule() {
		RssRule rule = this.book.set(RssRule.named("r").build());
		this.book.set(RssRule.named("taken").build());
		assertThat(this.book.update(rule.ident(), (current) -> current.toBuilder().name("s").build()).name())
			.isEqualTo("s");
		assertThatThrownBy(() -> this.book.update(rule.ident(), (current) -> current.toBuilder().name("taken").build()))
			.hasMessage("Rule already exists: taken.");
		assertThatThrownBy(() -> this.book.update(99, (current) -> current)).hasMessage("Rule doesn't exist: 99.");
		assertThat(this.book.all()).extracting(RssRule::name).containsExactly("s", "taken");
	}

	@Test
	void creatingNeverReplacesARule() {
		RssRule first = this.book.create(RssRule.named("New Filter").mustContain("a").build());
		assertThatThrownBy(() -> this.book.create(RssRule.named("New Filter").mustContain("b").build()))
			.isInstanceOf(RssException.class)
			.hasMessage("Rule already exists: New Filter.");
		assertThat(this.book.all()).containsExactly(first);
	}

}
