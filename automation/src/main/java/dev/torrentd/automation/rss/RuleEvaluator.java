package dev.torrentd.automation.rss;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssRule;
import org.jspecify.annotations.Nullable;

/**
 * Whether a rule takes an article, as qBittorrent's {@code AutoDownloadRule::matches}:
 * not within {@code ignoreDays} of the rule's last match, title filters, then the smart
 * episode filter. Pure.
 */
final class RuleEvaluator {

	/** Rules run by ascending priority; equal priorities in creation order. */
	static final Comparator<RssRule> ORDER = Comparator.comparingInt(RssRule::priority);

	private RuleEvaluator() {
	}

	/**
	 * Whether a rule reads a feed.
	 * @param rule the rule
	 * @param feedUrl the feed's URL
	 * @return true when it applies to every feed or lists this one
	 */
	static boolean affects(RssRule rule, String feedUrl) {
		return rule.allFeeds() || rule.affectedFeeds().contains(feedUrl);
	}

	/**
	 * Evaluates a rule on an article.
	 * @param rule the rule
	 * @param matcher the rule's compiled title filters
	 * @param article the article
	 * @param smart the smart episode filter of the settings
	 * @param downloadRepackProper whether REPACK/PROPER copies pass once more
	 * @param now the time, for articles without a date
	 * @return what the rule records when it downloads the article, or {@code null} when
	 * the rule does not take it
	 */
	static @Nullable Acceptance evaluate(RssRule rule, TitleMatcher matcher, RssArticle article,
			SmartEpisodeFilter smart, boolean downloadRepackProper, Instant now) {
		Instant date = (article.date() != null) ? article.date() : now;
		if (rule.ignoreDays() > 0 && rule.lastMatch() != null
				&& date.isBefore(rule.lastMatch().plus(Duration.ofDays(rule.ignoreDays())))) {
			return null;
		}
		if (!matcher.matches(article.title())) {
			return null;
		}
		List<String> episodes = List.of();
		if (rule.smartFilter()) {
			episodes = smart.admit(article.title(), rule.previouslyMatchedEpisodes(), downloadRepackProper);
			if (episodes == null) {
				return null;
			}
		}
		return new Acceptance(date, episodes);
	}

	/**
	 * A rule after it downloaded an article.
	 * @param rule the rule
	 * @param acceptance what the evaluation found
	 * @return the rule with its last match and matched episodes updated
	 */
	static RssRule afterDownload(RssRule rule, Acceptance acceptance) {
		List<String> episodes = new ArrayList<>(rule.previouslyMatchedEpisodes());
		for (String episode : acceptance.episodes()) {
			if (!episodes.contains(episode)) {
				episodes.add(episode);
			}
		}
		return rule.toBuilder().lastMatch(acceptance.lastMatch()).previouslyMatchedEpisodes(episodes).build();
	}

	/**
	 * What a rule records when it downloads an article (qBittorrent {@code accepts}).
	 *
	 * @param lastMatch the article's date (now when it has none)
	 * @param episodes the episode ids the smart filter adds
	 */
	record Acceptance(Instant lastMatch, List<String> episodes) {

		Acceptance {
			episodes = List.copyOf(episodes);
		}

	}

}
