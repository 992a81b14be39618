package dev.torrentd.automation.rss;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The smart episode filter, as qBittorrent's {@code matchesSmartEpisodeFilter}: the
 * settings' expressions ({@code rss_smart_episode_filters}) find an episode in a title,
 * and a rule downloads each episode once; with
 * {@code rss_download_repack_proper_episodes} a REPACK and a PROPER of it once more each.
 * Titles without a recognised episode are refused. Immutable.
 * <p>
 * Episode ids are normalised so that the same episode written differently is the same id:
 * two numbers (season and episode) become {@code S01E05} (from {@code s01e05} as from
 * {@code 1x5}); a date becomes {@code 2024-03-01} (from {@code 2024.3.1}; a
 * {@code 01.03.2024} date keeps its day/month order after the year: {@code 2024-01-03});
 * anything else is its numbers joined by {@code x}, as qBittorrent writes it.
 */
final class SmartEpisodeFilter {

	private static final Logger log = LoggerFactory.getLogger(SmartEpisodeFilter.class);

	// qBittorrent compiles with CaseInsensitive | ExtendedPatternSyntax |
	// UseUnicodeProperties
	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.COMMENTS
			| Pattern.UNICODE_CHARACTER_CLASS;

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[.\\-](\\d{1,2})[.\\-](\\d{1,2})");

	private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[.\\-](\\d{1,2})[.\\-](\\d{4})");

	/** One pattern per settings line, in the settings' order. */
	private final List<Pattern> patterns;

	private SmartEpisodeFilter(List<Pattern> patterns) {
		this.patterns = patterns;
	}

	/**
	 * Compiles the settings' expressions, each as qBittorrent's joined
	 * {@code (?:_|\b)(?:f1|f2|…)(?:_|\b)} would read it; an expression that does not
	 * compile is skipped with one warning. Each line is compiled on its own rather than
	 * joined: in comments mode a {@code # note} or an open {@code \Q} in one line would
	 * swallow every line after it in the joined pattern.
	 * @param filters the expressions
	 * @return the filter
	 */
	static SmartEpisodeFilter of(List<String> filters) {
		List<Pattern> patterns = new ArrayList<>();
		for (String filter : filters) {
			if (filter.isBlank()) {
				continue;
			}
			try {
				// the newline ends a trailing comment before the closing boundary
				patterns.add(Pattern.compile("(?:_|\\b)(?:" + filter + "\n)(?:_|\\b)", FLAGS));
			}
			catch (PatternSyntaxException ex) {
				log.warn("Ignoring smart episode filter {}: {}", filter, ex.getDescription());
			}
		}
		return new SmartEpisodeFilter(List.copyOf(patterns));
	}

	/**
	 * The episode a title names.
	 * @param title the article's title
	 * @return its normalised id, or {@code null} when no expression finds one
	 */
	@Nullable String episodeId(String title) {
		Matcher first = null;
		for (Pattern pattern : this.patterns) {
			Matcher matcher = pattern.matcher(title);
			// the joined alternation finds the leftmost match, the earlier line on a tie
			if (matcher.find() && (first == null || matcher.start() < first.start())) {
				first = matcher;
			}
		}
		if (first == null) {
			return null;
		}
		List<String> captures = new ArrayList<>();
		for (int i = 1; i <= first.groupCount(); i++) {
			String capture = first.group(i);
			if (capture != null && !capture.isEmpty()) {
				captures.add(capture);
			}
		}
		if (captures.isEmpty()) {
			return first.group().strip().toUpperCase(Locale.ROOT);
		}
		return normalise(captures);
	}

	static String normalise(List<String> captures) {
		if (captures.size() == 2 && isNumber(captures.get(0)) && isNumber(captures.get(1))) {
			return String.format(Locale.ROOT, "S%02dE%02d", number(captures.get(0)), number(captures.get(1)));
		}
		if (captures.size() == 1) {
			Matcher date = YEAR_FIRST.matcher(captures.get(0));
			if (date.matches()) {
				return date(date.group(1), date.group(2), date.group(3));
			}
			date = YEAR_LAST.matcher(captures.get(0));
			if (date.matches()) {
				return date(date.group(3), date.group(1), date.group(2));
			}
		}
		List<String> parts = new ArrayList<>();
		for (String capture : captures) {
			parts.add(isNumber(capture) ? String.valueOf(number(capture)) : capture);
		}
		return String.join("x", parts);
	}

	private static String date(String year, String first, String second) {
		return String.format(Locale.ROOT, "%04d-%02d-%02d", number(year), number(first), number(second));
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.length() <= 9 && text.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	private static int number(String text) {
		return Integer.parseInt(text);
	}

	/**
	 * Whether a rule with these previously matched episodes takes this title.
	 * @param title the article's title
	 * @param previouslyMatched the rule's {@code previouslyMatchedEpisodes}
	 * @param downloadRepackProper {@code rss_download_repack_proper_episodes}
	 * @return the ids to add to the rule's list when it downloads the article (e.g.
	 * {@code S01E05}, or {@code S01E05-REPACK}), or {@code null} when refused
	 */
	@Nullable List<String> admit(String title, Collection<String> previouslyMatched, boolean downloadRepackProper) {
		String episode = episodeId(title);
		if (episode == null) {
			return null;
		}
		if (!previouslyMatched.contains(episode)) {
			return List.of(episode);
		}
		if (!downloadRepackProper) {
			return null;
		}
		String upper = title.toUpperCase(Locale.ROOT);
		boolean repack = upper.contains("REPACK");
		boolean proper = upper.contains("PROPER");
		if (!repack && !proper) {
			return null;
		}
		String full = episode + (repack ? "-REPACK" : "") + (proper ? "-PROPER" : "");
		if (previouslyMatched.contains(full)) {
			return null;
		}
		if (repack && proper) {
			// as qBittorrent: a REPACK PROPER also stands for the REPACK and the PROPER
			return List.of(full, episode + "-REPACK", episode + "-PROPER");
		}
		return List.of(full);
	}

}
