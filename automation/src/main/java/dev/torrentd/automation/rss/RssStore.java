package dev.torrentd.automation.rss;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.support.JsonStateFile;
import org.jspecify.annotations.Nullable;

/**
 * The RSS state on disk, as JSON files in one directory, each written atomically:
 * {@code settings.json}, {@code feeds.json} (folders, feeds with their articles, the next
 * feed ident) and {@code rules.json} (rules, the next rule ident). A file that cannot be
 * parsed is set aside as {@code <name>.corrupt} rather than overwritten, and the service
 * starts without it.
 */
final class RssStore {

	static final String SETTINGS = "settings.json";

	static final String FEEDS = "feeds.json";

	static final String RULES = "rules.json";

	private final JsonStateFile settings;

	private final JsonStateFile feeds;

	private final JsonStateFile rules;

	/**
	 * A store in a directory (created on the first write).
	 * @param directory the RSS state directory
	 */
	RssStore(Path directory) {
		this.settings = new JsonStateFile(directory.resolve(SETTINGS), "RSS settings");
		this.feeds = new JsonStateFile(directory.resolve(FEEDS), "RSS feeds");
		this.rules = new JsonStateFile(directory.resolve(RULES), "RSS rules");
	}

	/**
	 * The persisted settings.
	 * @return the settings, or the defaults when none were saved
	 */
	RssSettings loadSettings() {
		RssSettings loaded = this.settings.read(RssSettings.class);
		return (loaded != null) ? loaded : RssSettings.defaults();
	}

	void saveSettings(RssSettings settings) {
		this.settings.write(settings);
	}

	/**
	 * The persisted folders and feeds.
	 * @return them, or an empty tree
	 */
	FeedsFile loadFeeds() {
		FeedsFile loaded = this.feeds.read(FeedsFile.class);
		return (loaded != null) ? loaded : new FeedsFile(1, List.of(), List.of());
	}

	void saveFeeds(FeedsFile feeds) {
		this.feeds.write(feeds);
	}

	/**
	 * The persisted rules.
	 * @return them, or none
	 */
	RulesFile loadRules() {
		RulesFile loaded = this.rules.read(RulesFile.class);
		return (loaded != null) ? loaded : new RulesFile(1, List.of());
	}

	void saveRules(RulesFile rules) {
		this.rules.write(rules);
	}

	/**
	 * {@code feeds.json}.
	 *
	 * @param nextIdent the ident the next feed gets (idents are never reused)
	 * @param folders folder paths, parents before children
	 * @param feeds the feeds in the order they were added
	 */
	record FeedsFile(int nextIdent, List<String> folders, List<StoredFeed> feeds) {

		FeedsFile {
			folders = (folders != null) ? List.copyOf(folders) : List.of();
			feeds = (feeds != null) ? List.copyOf(feeds) : List.of();
			nextIdent = Math.max(1, nextIdent);
		}

	}

	/**
	 * One feed as persisted (without what only lives while running: loading, next
	 * refresh).
	 *
	 * @param ident µTorrent feed id
	 * @param uid qBittorrent uid
	 * @param path place in the tree
	 * @param url the feed's URL
	 * @param enabled refreshed on schedule
	 * @param subscribed µTorrent USER SELECTED
	 * @param smartFilter µTorrent smart-filter
	 * @param title the feed's own title
	 * @param lastBuildDate the feed's lastBuildDate text
	 * @param lastRefresh when last fetched
	 * @param error the last fetch's error
	 * @param articles newest first
	 */
	record StoredFeed(int ident, String uid, String path, String url, boolean enabled, boolean subscribed,
			boolean smartFilter, @Nullable String title, @Nullable String lastBuildDate, @Nullable Instant lastRefresh,
			@Nullable String error, List<RssArticle> articles) {

		StoredFeed {
			title = (title != null) ? title : "";
			lastBuildDate = (lastBuildDate != null) ? lastBuildDate : "";
			articles = (articles != null) ? List.copyOf(articles) : List.of();
		}

	}

	/**
	 * {@code rules.json}.
	 *
	 * @param nextIdent the ident the next rule gets (never reused)
	 * @param rules the rules in the order they were created
	 */
	record RulesFile(int nextIdent, List<RssRule> rules) {

		RulesFile {
			rules = (rules != null) ? List.copyOf(rules) : List.of();
			nextIdent = Math.max(1, nextIdent);
		}

	}

}
