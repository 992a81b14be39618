package dev.torrentd.automation.rss;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.engine.AtomicFiles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The RSS state on disk, as JSON files in one directory, each written atomically:
 * {@code settings.json}, {@code feeds.json} (folders, feeds with their articles, the next
 * feed ident) and {@code rules.json} (rules, the next rule ident). A file that cannot be
 * parsed is set aside as {@code <name>.corrupt} rather than overwritten, and the service
 * starts without it.
 */
final class RssStore {

	private static final Logger log = LoggerFactory.getLogger(RssStore.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	static final String SETTINGS = "settings.json";

	static final String FEEDS = "feeds.json";

	static final String RULES = "rules.json";

	private final Path directory;

	/**
	 * A store in a directory (created on the first write).
	 * @param directory the RSS state directory
	 */
	RssStore(Path directory) {
		this.directory = directory;
	}

	/**
	 * The persisted settings.
	 * @return the settings, or the defaults when none were saved
	 */
	RssSettings loadSettings() {
		RssSettings settings = read(SETTINGS, RssSettings.class);
		return (settings != null) ? settings : RssSettings.defaults();
	}

	void saveSettings(RssSettings settings) {
		write(SETTINGS, settings);
	}

	/**
	 * The persisted folders and feeds.
	 * @return them, or an empty tree
	 */
	FeedsFile loadFeeds() {
		FeedsFile feeds = read(FEEDS, FeedsFile.class);
		return (feeds != null) ? feeds : new FeedsFile(1, List.of(), List.of());
	}

	void saveFeeds(FeedsFile feeds) {
		write(FEEDS, feeds);
	}

	/**
	 * The persisted rules.
	 * @return them, or none
	 */
	RulesFile loadRules() {
		RulesFile rules = read(RULES, RulesFile.class);
		return (rules != null) ? rules : new RulesFile(1, List.of());
	}

	void saveRules(RulesFile rules) {
		write(RULES, rules);
	}

	private <T> @Nullable T read(String name, Class<T> type) {
		Path file = this.directory.resolve(name);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return JSON.readValue(Files.readAllBytes(file), type);
		}
		catch (JacksonException | NullPointerException | IllegalArgumentException ex) {
			// keep the unreadable file for the user instead of overwriting it
			Path aside = file.resolveSibling(name + ".corrupt");
			log.warn("RSS state {} is unreadable ({}); moved to {} and starting without it", file, ex.getMessage(),
					aside);
			try {
				Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException moveFailed) {
				throw new UncheckedIOException("cannot set aside " + file, moveFailed);
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	private void write(String name, Object value) {
		AtomicFiles.write(this.directory.resolve(name), JSON.writeValueAsBytes(value));
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
