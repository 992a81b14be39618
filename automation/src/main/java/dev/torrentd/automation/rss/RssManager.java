package dev.torrentd.automation.rss;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.UnknownUrlResult;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentEngine;
import org.jspecify.annotations.Nullable;

/**
 * The RSS service: feeds fetched on schedule, parsed, rules applied, torrents added. TODO
 * contract stub: implemented by the RSS helper.
 */
public final class RssManager implements RssService, AutoCloseable {

	/**
	 * Loads the persisted state (nothing is fetched before {@link #start()}).
	 * @param engine where matched torrents are added
	 * @param directory the RSS state directory
	 * @param options fetch timeout and size limit
	 * @param scheduler the automation's scheduler
	 */
	public RssManager(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		throw new UnsupportedOperationException("TODO");
	}

	/** Schedules the feeds' refreshes. */
	public void start() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void close() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public RssSettings settings() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void applySettings(RssSettings settings) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public List<String> folders() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public List<RssFeed> feeds() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public Optional<RssFeed> feed(int ident) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void addFolder(String path) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public RssFeed addFeed(String url, String path) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void setFeedUrl(String path, String url) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void setFeedFlags(String path, boolean enabled, boolean subscribed, boolean smartFilter) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void removeItem(String path) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void moveItem(String itemPath, String destPath) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void markAsRead(String itemPath, @Nullable String articleId) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void refresh(String itemPath) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public List<RssRule> rules() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public Optional<RssRule> rule(String name) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public Optional<RssRule> rule(int ident) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public RssRule setRule(RssRule rule) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void renameRule(String name, String newName) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void removeRule(String name) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public Map<String, List<String>> matchingArticles(String ruleName) {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public UnknownUrlResult addUnknownUrl(String url, AddOptions options) {
		throw new UnsupportedOperationException("TODO");
	}

}
