package dev.torrentd.automation.rss;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.torrentd.automation.RssRule;

/**
 * A rule's title filters, as qBittorrent's {@code AutoDownloadRule::matchesMustContain /
 * matchesMustNotContain / matchesEpisodeFilterExpression}: in wildcard mode an expression
 * is {@code |}-separated alternatives, each a set of space-separated wildcards that must
 * all be found; in regex mode it is one regular expression. Everything is
 * case-insensitive; an empty expression is no condition. Immutable.
 */
final class TitleMatcher {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** Alternatives, each a list of patterns that must all be found. */
	private final List<List<Pattern>> mustContain;

	private final List<List<Pattern>> mustNotContain;

	private final EpisodeFilter episodeFilter;

	private TitleMatcher(List<List<Pattern>> mustContain, List<List<Pattern>> mustNotContain,
			EpisodeFilter episodeFilter) {
		this.mustContain = mustContain;
		this.mustNotContain = mustNotContain;
		this.episodeFilter = episodeFilter;
	}

	/**
	 * Compiles a rule's filters.
	 * @param rule the rule
	 * @return its matcher
	 * @throws PatternSyntaxException if a regular expression does not compile
	 */
	static TitleMatcher of(RssRule rule) {
		return new TitleMatcher(compile(rule.mustContain(), rule.useRegex()),
				compile(rule.mustNotContain(), rule.useRegex()), EpisodeFilter.parse(rule.episodeFilter()));
	}

	private static List<List<Pattern>> compile(String expression, boolean regex) {
		if (expression.isEmpty()) {
			return List.of();
		}
		if (regex) {
			return List.of(List.of(Pattern.compile(expression, FLAGS)));
		}
		List<List<Pattern>> alternatives = new ArrayList<>();
		for (String alternative : expression.split("\\|", -1)) {
			List<Pattern> words = new ArrayList<>();
			for (String word : alternative.trim().split("\\s+")) {
				if (!word.isEmpty()) {
					words.add(Pattern.compile(Wildcards.toRegex(word), FLAGS));
				}
			}
			// an empty alternative ("a|") matches everything, as a regex "a|" would
			alternatives.add(List.copyOf(words));
		}
		return List.copyOf(alternatives);
	}

	/**
	 * Whether a title passes the must-contain, must-not-contain and episode filters.
	 * @param title the article's title
	 * @return true when it does
	 */
	boolean matches(String title) {
		if (!this.mustContain.isEmpty() && !anyMatches(this.mustContain, title)) {
			return false;
		}
		if (!this.mustNotContain.isEmpty() && anyMatches(this.mustNotContain, title)) {
			return false;
		}
		return this.episodeFilter.matches(title);
	}

	private static boolean anyMatches(List<List<Pattern>> alternatives, String title) {
		for (List<Pattern> words : alternatives) {
			if (words.stream().allMatch((word) -> word.matcher(title).find())) {
				return true;
			}
		}
		return false;
	}

}
