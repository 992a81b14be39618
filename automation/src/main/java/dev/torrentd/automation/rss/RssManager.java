package dev.torrentd.automation.rss;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssException;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.UnknownUrlResult;
import dev.torrentd.automation.rss.RssStore.FeedsFile;
import dev.torrentd.automation.rss.RssStore.RulesFile;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentEngine;
import org.jspecify.annotations.Nullable;

/**
 * The RSS service: feeds fetched on schedule, parsed, rules applied, torrents added. The
 * tree of folders and feeds follows qBittorrent's {@code RSS::Session} (its error
 * messages included); the rules its {@code RSS::AutoDownloader}. All state is guarded by
 * one lock; network fetches and engine adds run outside it.
 */
public final class RssManager implements RssService, AutoCloseable {

	private final TorrentEngine engine;

	private final RssStore store;

	private final AutomationOptions options;

	private final ScheduledExecutorService scheduler;

	private final Object lock = new Object();

	private RssSettings settings;

	/** Folder paths in creation order (moves keep their place). */
	private final List<String> folders = new ArrayList<>();

	/** Feeds in the order they were added. */
	private final List<FeedState> feeds = new ArrayList<>();

	private int nextFeedIdent;

	/** Rules in the order they were created. */
	private final List<RssRule> rules = new ArrayList<>();

	private int nextRuleIdent;

	/**
	 * Loads the persisted state (nothing is fetched before {@link #start()}).
	 * @param engine where matched torrents are added
	 * @param directory the RSS state directory
	 * @param options fetch timeout and size limit
	 * @param scheduler the automation's scheduler
	 */
	public RssManager(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		this.engine = engine;
		this.store = new RssStore(directory);
		this.options = options;
		this.scheduler = scheduler;
		this.settings = sanitize(this.store.loadSettings());
		FeedsFile feedsFile = this.store.loadFeeds();
		this.nextFeedIdent = feedsFile.nextIdent();
		this.folders.addAll(feedsFile.folders());
		for (RssStore.StoredFeed stored : feedsFile.feeds()) {
			FeedState feed = FeedState.of(stored);
			this.feeds.add(feed);
			this.nextFeedIdent = Math.max(this.nextFeedIdent, feed.ident + 1);
		}
		RulesFile rulesFile = this.store.loadRules();
		this.nextRuleIdent = rulesFile.nextIdent();
		for (RssRule rule : rulesFile.rules()) {
			this.rules.add(rule);
			this.nextRuleIdent = Math.max(this.nextRuleIdent, rule.ident() + 1);
		}
	}

	/** Schedules the feeds' refreshes. */
	public void start() {
	}

	@Override
	public void close() {
	}

	// settings

	@Override
	public RssSettings settings() {
		synchronized (this.lock) {
			return this.settings;
		}
	}

	@Override
	public void applySettings(RssSettings settings) {
		synchronized (this.lock) {
			this.settings = sanitize(settings);
			this.store.saveSettings(this.settings);
		}
	}

	private static RssSettings sanitize(RssSettings settings) {
		return new RssSettings(settings.processingEnabled(), Math.max(1, settings.refreshIntervalMinutes()),
				Math.max(0, settings.fetchDelaySeconds()), Math.max(1, settings.maxArticlesPerFeed()),
				settings.autoDownloadingEnabled(), settings.downloadRepackProperEpisodes(),
				settings.smartEpisodeFilters());
	}

	// the tree

	@Override
	public List<String> folders() {
		synchronized (this.lock) {
			List<String> ordered = new ArrayList<>(this.folders.size());
			addChildFolders("", ordered);
			return ordered;
		}
	}

	private void addChildFolders(String parent, List<String> into) {
		for (String folder : this.folders) {
			if (RssPaths.parent(folder).equals(parent)) {
				into.add(folder);
				addChildFolders(folder, into);
			}
		}
	}

	@Override
	public List<RssFeed> feeds() {
		synchronized (this.lock) {
			return this.feeds.stream().map(FeedState::snapshot).toList();
		}
	}

	@Override
	public Optional<RssFeed> feed(int ident) {
		synchronized (this.lock) {
			return this.feeds.stream().filter((feed) -> feed.ident == ident).findFirst().map(FeedState::snapshot);
		}
	}

	@Override
	public void addFolder(String path) {
		String normalized = RssPaths.normalize(path);
		synchronized (this.lock) {
			prepareItemDest(normalized);
			this.folders.add(normalized);
			saveFeeds();
		}
	}

	@Override
	public RssFeed addFeed(String url, String path) {
		String normalized = RssPaths.normalize(path);
		FeedState feed;
		synchronized (this.lock) {
			requireFeedUrl(url);
			if (feedByUrl(url) != null) {
				throw new RssException("RSS feed with given URL already exists: " + url + ".");
			}
			// as qBittorrent's rss/addFeed: no path names the feed after its URL
			if (normalized.isEmpty()) {
				normalized = url;
			}
			prepareItemDest(normalized);
			feed = new FeedState(this.nextFeedIdent++, "{" + UUID.randomUUID() + "}", normalized, url);
			this.feeds.add(feed);
			saveFeeds();
		}
		onFeedAdded(feed);
		synchronized (this.lock) {
			return feed.snapshot();
		}
	}

	@Override
	public void setFeedUrl(String path, String url) {
		String normalized = RssPaths.normalize(path);
		FeedState feed;
		synchronized (this.lock) {
			feed = feedByPath(normalized);
			if (feed == null) {
				throw new RssException("Feed doesn't exist: " + normalized + ".");
			}
			if (url.equals(feed.url)) {
				return;
			}
			requireFeedUrl(url);
			if (feedByUrl(url) != null) {
				throw new RssException("RSS feed with given URL already exists: " + url + ".");
			}
			String oldUrl = feed.url;
			feed.url = url;
			feed.generation++;
			feed.articles = new ArrayList<>();
			feed.title = "";
			feed.lastBuildDate = "";
			feed.error = null;
			feed.loading = false;
			// as qBittorrent's AutoDownloader::handleFeedURLChanged: rules follow the
			// feed
			boolean rulesChanged = false;
			for (int i = 0; i < this.rules.size(); i++) {
				RssRule rule = this.rules.get(i);
				if (rule.affectedFeeds().contains(oldUrl)) {
					List<String> urls = rule.affectedFeeds()
						.stream()
						.map((each) -> each.equals(oldUrl) ? url : each)
						.toList();
					this.rules.set(i, rule.toBuilder().affectedFeeds(urls).build());
					rulesChanged = true;
				}
			}
			saveFeeds();
			if (rulesChanged) {
				saveRules();
			}
		}
		onFeedUrlChanged(feed);
	}

	@Override
	public void setFeedFlags(String path, boolean enabled, boolean subscribed, boolean smartFilter) {
		String normalized = RssPaths.normalize(path);
		synchronized (this.lock) {
			FeedState feed = feedByPath(normalized);
			if (feed == null) {
				throw new RssException("Feed doesn't exist: " + normalized + ".");
			}
			feed.enabled = enabled;
			feed.subscribed = subscribed;
			feed.smartFilter = smartFilter;
			saveFeeds();
		}
	}

	@Override
	public void removeItem(String path) {
		String normalized = RssPaths.normalize(path);
		synchronized (this.lock) {
			if (normalized.isEmpty()) {
				throw new RssException("Cannot delete root folder.");
			}
			if (!itemExists(normalized)) {
				throw new RssException("Item doesn't exist: " + normalized + ".");
			}
			this.feeds.removeIf((feed) -> RssPaths.isWithin(feed.path, normalized));
			this.folders.removeIf((folder) -> RssPaths.isWithin(folder, normalized));
			saveFeeds();
		}
	}

	@Override
	public void moveItem(String itemPath, String destPath) {
		String from = RssPaths.normalize(itemPath);
		String to = RssPaths.normalize(destPath);
		synchronized (this.lock) {
			if (from.isEmpty()) {
				throw new RssException("Cannot move root folder.");
			}
			if (!itemExists(from)) {
				throw new RssException("Item doesn't exist: " + from + ".");
			}
			if (from.equals(to)) {
				return;
			}
			boolean isFolder = this.folders.contains(from);
			if (isFolder && to.startsWith(from + RssPaths.SEPARATOR)) {
				throw new RssException("Can't move a folder into itself or its subfolders.");
			}
			prepareItemDest(to);
			for (FeedState feed : this.feeds) {
				if (RssPaths.isWithin(feed.path, from)) {
					feed.path = RssPaths.rebase(feed.path, from, to);
				}
			}
			this.folders
				.replaceAll((folder) -> RssPaths.isWithin(folder, from) ? RssPaths.rebase(folder, from, to) : folder);
			saveFeeds();
		}
	}

	@Override
	public void markAsRead(String itemPath, @Nullable String articleId) {
		String normalized = RssPaths.normalize(itemPath);
		synchronized (this.lock) {
			boolean changed = false;
			if (articleId != null) {
				FeedState feed = feedByPath(normalized);
				if (feed != null) {
					changed = markRead(feed, articleId);
				}
			}
			else if (itemExists(normalized)) {
				for (FeedState feed : feedsWithin(normalized)) {
					for (int i = 0; i < feed.articles.size(); i++) {
						RssArticle article = feed.articles.get(i);
						if (!article.read()) {
							feed.articles.set(i, article.markedRead());
							changed = true;
						}
					}
				}
			}
			if (changed) {
				saveFeeds();
			}
		}
	}

	@Override
	public void refresh(String itemPath) {
		String normalized = RssPaths.normalize(itemPath);
		List<FeedState> due;
		synchronized (this.lock) {
			if (!itemExists(normalized)) {
				return;
			}
			due = feedsWithin(normalized);
		}
		for (FeedState feed : due) {
			fetchSoon(feed);
		}
	}

	// rules

	@Override
	public List<RssRule> rules() {
		synchronized (this.lock) {
			return List.copyOf(this.rules);
		}
	}

	@Override
	public Optional<RssRule> rule(String name) {
		synchronized (this.lock) {
			return Optional.ofNullable(ruleByName(name));
		}
	}

	@Override
	public Optional<RssRule> rule(int ident) {
		synchronized (this.lock) {
			return this.rules.stream().filter((rule) -> rule.ident() == ident).findFirst();
		}
	}

	@Override
	public RssRule setRule(RssRule rule) {
		if (rule.name().isBlank()) {
			throw new RssException("Rule name can't be empty.");
		}
		requireValidFilters(rule);
		RssRule stored;
		synchronized (this.lock) {
			RssRule existing = ruleByName(rule.name());
			if (existing != null) {
				stored = rule.toBuilder().ident(existing.ident()).build();
				this.rules.set(this.rules.indexOf(existing), stored);
			}
			else {
				stored = rule.toBuilder().ident(this.nextRuleIdent++).build();
				this.rules.add(stored);
			}
			saveRules();
		}
		onRulesChanged();
		return stored;
	}

	@Override
	public void renameRule(String name, String newName) {
		synchronized (this.lock) {
			RssRule rule = ruleByName(name);
			if (rule == null) {
				throw new RssException("Rule doesn't exist: " + name + ".");
			}
			if (newName.isBlank()) {
				throw new RssException("Rule name can't be empty.");
			}
			if (newName.equals(name)) {
				return;
			}
			if (ruleByName(newName) != null) {
				throw new RssException("Rule already exists: " + newName + ".");
			}
			this.rules.set(this.rules.indexOf(rule), rule.toBuilder().name(newName).build());
			saveRules();
		}
	}

	@Override
	public void removeRule(String name) {
		synchronized (this.lock) {
			if (this.rules.removeIf((rule) -> rule.name().equals(name))) {
				saveRules();
			}
		}
	}

	@Override
	public Map<String, List<String>> matchingArticles(String ruleName) {
		synchronized (this.lock) {
			return new LinkedHashMap<>();
		}
	}

	@Override
	public UnknownUrlResult addUnknownUrl(String url, AddOptions options) {
		throw new RssException("Not supported yet: " + url);
	}

	// fetching and downloading (hooks)

	private void onFeedAdded(FeedState feed) {
		fetchSoon(feed);
	}

	private void onFeedUrlChanged(FeedState feed) {
		fetchSoon(feed);
	}

	private void onRulesChanged() {
	}

	private void fetchSoon(FeedState feed) {
	}

	// helpers, called with the lock held

	private void prepareItemDest(String path) {
		if (!RssPaths.isValid(path)) {
			throw new RssException("Incorrect RSS Item path: " + path + ".");
		}
		if (itemExists(path)) {
			throw new RssException("RSS item with given path already exists: " + path + ".");
		}
		String parent = RssPaths.parent(path);
		if (!parent.isEmpty() && !this.folders.contains(parent)) {
			throw new RssException("Parent folder doesn't exist: " + parent + ".");
		}
	}

	private boolean itemExists(String path) {
		return path.isEmpty() || this.folders.contains(path) || feedByPath(path) != null;
	}

	private List<FeedState> feedsWithin(String path) {
		return this.feeds.stream().filter((feed) -> RssPaths.isWithin(feed.path, path)).toList();
	}

	private @Nullable FeedState feedByPath(String path) {
		for (FeedState feed : this.feeds) {
			if (feed.path.equals(path)) {
				return feed;
			}
		}
		return null;
	}

	private @Nullable FeedState feedByUrl(String url) {
		for (FeedState feed : this.feeds) {
			if (feed.url.equals(url)) {
				return feed;
			}
		}
		return null;
	}

	private @Nullable RssRule ruleByName(String name) {
		for (RssRule rule : this.rules) {
			if (rule.name().equals(name)) {
				return rule;
			}
		}
		return null;
	}

	private static boolean markRead(FeedState feed, String articleId) {
		for (int i = 0; i < feed.articles.size(); i++) {
			RssArticle article = feed.articles.get(i);
			if (article.id().equals(articleId)) {
				if (article.read()) {
					return false;
				}
				feed.articles.set(i, article.markedRead());
				return true;
			}
		}
		return false;
	}

	private static void requireFeedUrl(String url) {
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new RssException("Invalid RSS feed URL: " + url + ".");
	}

	private static void requireValidFilters(RssRule rule) {
		if (!rule.useRegex()) {
			return;
		}
		for (String field : List.of(rule.mustContain(), rule.mustNotContain())) {
			try {
				Pattern.compile(field);
			}
			catch (PatternSyntaxException ex) {
				throw new RssException("Invalid regular expression in rule " + rule.name() + ": " + ex.getDescription()
						+ " in " + field);
			}
		}
	}

	private void saveFeeds() {
		this.store.saveFeeds(
				new FeedsFile(this.nextFeedIdent, folders(), this.feeds.stream().map(FeedState::stored).toList()));
	}

	private void saveRules() {
		this.store.saveRules(new RulesFile(this.nextRuleIdent, this.rules));
	}

}
