package dev.torrentd.automation.rss;

import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.rss.RuleEvaluator.Acceptance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleEvaluatorTests {

	private static final Instant NOW = Instant.parse("2024-03-10T00:00:00Z");

	private final SmartEpisodeFilter smart = SmartEpisodeFilter.of(RssSettings.DEFAULT_SMART_EPISODE_FILTERS);

	private static RssArticle article(String title, Instant date) {
		return new RssArticle(title, title, null, "magnet:?xt=urn:btih:" + "1".repeat(40), date, "", "", false);
	}

	private Acceptance evaluate(RssRule rule, RssArticle article, boolean repacks) {
		return RuleEvaluator.evaluate(rule, TitleMatcher.of(rule), article, this.smart, repacks, NOW);
	}

	@Test
	void aMatchRecordsTheArticlesDateAndEpisode() {
		RssRule rule = RssRule.named("r").mustContain("show").smartFilter(true).build();
		Instant date = Instant.parse("2024-03-01T00:00:00Z");
		Acceptance acceptance = evaluate(rule, article("Show S01E05", date), false);
		assertThat(acceptance).isEqualTo(new Acceptance(date, List.of("S01E05")));
		RssRule after = RuleEvaluator.afterDownload(rule, acceptance);
		assertThat(after.lastMatch()).isEqualTo(date);
		assertThat(after.previouslyMatchedEpisodes()).containsExactly("S01E05");
		assertThat(evaluate(after, article("Show S01E05 other group", date), false)).isNull();
	}

	@Test
	void withoutSmartFilterTheSameEpisodeMatchesAgain() {
		RssRule rule = RssRule.named("r").mustContain("show").previouslyMatchedEpisodes(List.of("S01E05")).build();
		assertThat(evaluate(rule, article("Show S01E05", NOW), false)).isNotNull();
	}

	@Test
	void ignoreDaysSkipsArticlesSoonAfterTheLastMatch() {
		RssRule rule = RssRule.named("r").ignoreDays(2).lastMatch(Instant.parse("2024-03-01T00:00:00Z")).build();
		assertThat(evaluate(rule, article("a", Instant.parse("2024-03-02T23:00:00Z")), false)).isNull();
		assertThat(evaluate(rule, article("a", Instant.parse("2024-03-03T00:00:00Z")), false)).isNotNull();
		assertThat(evaluate(rule.toBuilder().ignoreDays(0).build(), article("a", Instant.parse("2024-03-01T01:00:00Z")),
				false))
			.isNotNull();
	}

	@Test
	void anArticleWithoutDateCountsAsNow() {
		RssRule rule = RssRule.named("r").ignoreDays(1).lastMatch(NOW.minusSeconds(60)).build();
		RssArticle undated = new RssArticle("x", "x", null, null, null, "", "", false);
		assertThat(RuleEvaluator.evaluate(rule, TitleMatcher.of(rule), undated, this.smart, false, NOW)).isNull();
		Acceptance accepted = RuleEvaluator.evaluate(RssRule.named("r").build(),
				TitleMatcher.of(RssRule.named("r").build()), undated, this.smart, false, NOW);
		assertThat(accepted.lastMatch()).isEqualTo(NOW);
	}

	@Test
	void rulesAffectListedFeedsOrAll() {
		RssRule listed = RssRule.named("r").affectedFeeds(List.of("http://a/")).build();
		assertThat(RuleEvaluator.affects(listed, "http://a/")).isTrue();
		assertThat(RuleEvaluator.affects(listed, "http://b/")).isFalse();
		assertThat(RuleEvaluator.affects(listed.toBuilder().allFeeds(true).build(), "http://b/")).isTrue();
	}

	@Test
	void lowerPriorityRunsFirstAndTiesKeepTheirOrder() {
		List<RssRule> sorted = List
			.of(RssRule.named("a").priority(2).build(), RssRule.named("b").priority(1).build(),
					RssRule.named("c").priority(2).build())
			.stream()
			.sorted(RuleEvaluator.ORDER)
			.toList();
		assertThat(sorted).extracting(RssRule::name).containsExactly("b", "a", "c");
	}

}
