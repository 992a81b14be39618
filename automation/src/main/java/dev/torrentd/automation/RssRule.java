package dev.torrentd.automation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One download rule: qBittorrent's RSS auto-downloading rule and µTorrent's RSS filter
 * are two views of it. Matching (see the rules' matcher) follows qBittorrent's
 * {@code AutoDownloadRule}: in wildcard mode {@code mustContain} words separated by
 * spaces must all match and {@code |} separates alternatives, {@code *} and {@code ?} are
 * wildcards; in regex mode each field is one case-insensitive regular expression.
 *
 * @param ident µTorrent's integer filter id (IDENT, {@code filter-id}); positive, never
 * reused; {@code 0} in a rule not stored yet
 * @param name the rule's name (qBittorrent's key, µTorrent NAME); unique
 * @param enabled whether the rule downloads (µTorrent flag bit 1)
 * @param priority qBittorrent's {@code priority}: lower runs first
 * @param useRegex whether the filters are regular expressions
 * @param mustContain qBittorrent {@code mustContain}, µTorrent FILTER; empty matches all
 * @param mustNotContain qBittorrent {@code mustNotContain}, µTorrent NOT FILTER; empty
 * excludes nothing
 * @param episodeFilter qBittorrent {@code episodeFilter} / µTorrent EPISODE FILTER STR,
 * e.g. {@code "1x01-10;2x-"}; empty when off
 * @param smartFilter qBittorrent {@code smartFilter} / µTorrent SMART EP FILTER: the same
 * episode is downloaded once (repacks and propers per the settings)
 * @param allFeeds the rule applies to every feed (µTorrent {@code feed-id=-1}); when true
 * {@code affectedFeeds} is ignored
 * @param affectedFeeds the feed URLs the rule reads (qBittorrent {@code affectedFeeds})
 * @param ignoreDays after a match, ignore further matches for this many days (0 = never)
 * @param lastMatch when the rule last downloaded something
 * @param previouslyMatchedEpisodes episode ids the smart filter has downloaded, e.g.
 * {@code "S01E05"}, {@code "2024-03-01"}
 * @param savePath where matched torrents go; empty = the default (or the category's)
 * @param category qBittorrent {@code assignedCategory}, µTorrent LABEL; empty = none
 * @param addStopped {@code true}/{@code false} to add stopped/started, {@code null} for
 * the server's default
 * @param matchOriginalName µTorrent {@code origname} (flag bit 2): match the item's full
 * name instead of the cleaned one; kept for the µTorrent view
 * @param quality µTorrent QUALITY bit mask ({@code -1} any); kept for the µTorrent view
 * @param postponeMode µTorrent POSTPONE MODE; kept for the µTorrent view
 */
public record RssRule(int ident, String name, boolean enabled, int priority, boolean useRegex, String mustContain,
		String mustNotContain, String episodeFilter, boolean smartFilter, boolean allFeeds, List<String> affectedFeeds,
		int ignoreDays, @Nullable Instant lastMatch, List<String> previouslyMatchedEpisodes, String savePath,
		String category, @Nullable Boolean addStopped, boolean matchOriginalName, int quality, int postponeMode) {

	public RssRule {
		affectedFeeds = List.copyOf(affectedFeeds);
		previouslyMatchedEpisodes = List.copyOf(previouslyMatchedEpisodes);
	}

	/**
	 * A new rule as qBittorrent's WebUI creates one: enabled, wildcard mode, no filters,
	 * no feeds.
	 * @param name the rule's name
	 * @return a builder holding the defaults
	 */
	public static Builder named(String name) {
		return new Builder(new RssRule(0, name, true, 0, false, "", "", "", false, false, List.of(), 0, null, List.of(),
				"", "", null, false, -1, 0));
	}

	/**
	 * A builder starting from this rule.
	 * @return the builder
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** Changes some fields of a rule; every setter returns the builder. */
	public static final class Builder {

		private int ident;

		private String name;

		private boolean enabled;

		private int priority;

		private boolean useRegex;

		private String mustContain;

		private String mustNotContain;

		private String episodeFilter;

		private boolean smartFilter;

		private boolean allFeeds;

		private List<String> affectedFeeds;

		private int ignoreDays;

		private @Nullable Instant lastMatch;

		private List<String> previouslyMatchedEpisodes;

		private String savePath;

		private String category;

		private @Nullable Boolean addStopped;

		private boolean matchOriginalName;

		private int quality;

		private int postponeMode;

		Builder(RssRule rule) {
			this.ident = rule.ident;
			this.name = rule.name;
			this.enabled = rule.enabled;
			this.priority = rule.priority;
			this.useRegex = rule.useRegex;
			this.mustContain = rule.mustContain;
			this.mustNotContain = rule.mustNotContain;
			this.episodeFilter = rule.episodeFilter;
			this.smartFilter = rule.smartFilter;
			this.allFeeds = rule.allFeeds;
			this.affectedFeeds = rule.affectedFeeds;
			this.ignoreDays = rule.ignoreDays;
			this.lastMatch = rule.lastMatch;
			this.previouslyMatchedEpisodes = rule.previouslyMatchedEpisodes;
			this.savePath = rule.savePath;
			this.category = rule.category;
			this.addStopped = rule.addStopped;
			this.matchOriginalName = rule.matchOriginalName;
			this.quality = rule.quality;
			this.postponeMode = rule.postponeMode;
		}

		public Builder ident(int ident) {
			this.ident = ident;
			return this;
		}

		public Builder name(String name) {
			this.name = name;
			return this;
		}

		public Builder enabled(boolean enabled) {
			this.enabled = enabled;
			return this;
		}

		public Builder priority(int priority) {
			this.priority = priority;
			return this;
		}

		public Builder useRegex(boolean useRegex) {
			this.useRegex = useRegex;
			return this;
		}

		public Builder mustContain(String mustContain) {
			this.mustContain = mustContain;
			return this;
		}

		public Builder mustNotContain(String mustNotContain) {
			this.mustNotContain = mustNotContain;
			return this;
		}

		public Builder episodeFilter(String episodeFilter) {
			this.episodeFilter = episodeFilter;
			return this;
		}

		public Builder smartFilter(boolean smartFilter) {
			this.smartFilter = smartFilter;
			return this;
		}

		public Builder allFeeds(boolean allFeeds) {
			this.allFeeds = allFeeds;
			return this;
		}

		public Builder affectedFeeds(List<String> affectedFeeds) {
			this.affectedFeeds = affectedFeeds;
			return this;
		}

		public Builder ignoreDays(int ignoreDays) {
			this.ignoreDays = ignoreDays;
			return this;
		}

		public Builder lastMatch(@Nullable Instant lastMatch) {
			this.lastMatch = lastMatch;
			return this;
		}

		public Builder previouslyMatchedEpisodes(List<String> previouslyMatchedEpisodes) {
			this.previouslyMatchedEpisodes = previouslyMatchedEpisodes;
			return this;
		}

		public Builder savePath(String savePath) {
			this.savePath = savePath;
			return this;
		}

		public Builder category(String category) {
			this.category = category;
			return this;
		}

		public Builder addStopped(@Nullable Boolean addStopped) {
			this.addStopped = addStopped;
			return this;
		}

		public Builder matchOriginalName(boolean matchOriginalName) {
			this.matchOriginalName = matchOriginalName;
			return this;
		}

		public Builder quality(int quality) {
			this.quality = quality;
			return this;
		}

		public Builder postponeMode(int postponeMode) {
			this.postponeMode = postponeMode;
			return this;
		}

		public RssRule build() {
			return new RssRule(this.ident, this.name, this.enabled, this.priority, this.useRegex, this.mustContain,
					this.mustNotContain, this.episodeFilter, this.smartFilter, this.allFeeds, this.affectedFeeds,
					this.ignoreDays, this.lastMatch, this.previouslyMatchedEpisodes, this.savePath, this.category,
					this.addStopped, this.matchOriginalName, this.quality, this.postponeMode);
		}

	}

}
