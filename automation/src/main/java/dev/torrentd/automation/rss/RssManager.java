package dev.torrentd.automation.rss;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.torrentd.automation.support.DaemonThreads;
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
 * The RSS service: feeds fetched on schedule, parsed, rules applied, torrents added. The
 * tree of folders and feeds ({@link FeedTree}) follows qBittorrent's {@code RSS::Session}
 * (its error messages included); the rules ({@link RuleBook}, {@link AutoDownloader}) its
 * {@code RSS::AutoDownloader}. This facade wires the parts and owns their threads; all
 * state is guarded by the one lock of {@link RssState}; network fetches
 * ({@link FeedRefresher}, {@link UnknownUrlResolver}) and engine adds run outside it.
 */
public final class RssManager implements RssService, AutoCloseable {

	private final RssState state;

	/** Runs the HTTP client and parses what it fetched. */
	private final ExecutorService fetchPool;

	/** Applies the rules, one article after the other, and adds what they take. */
	private final ExecutorService downloadThread;

	private final AutoDownloader downloader;

	private final FeedRefresher refresher;

	private final UnknownUrlResolver resolver;

	/**
	 * Loads the persisted state (nothing is fetched before {@link #start()}).
	 * @param engine where matched torrents are added
	 * @param directory the RSS state directory
	 * @param options fetch timeout and size limit
	 * @param scheduler the automation's scheduler
	 */
	public RssManager(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		this.state = new RssState(new RssStore(directory));
		this.fetchPool = Executors.newCachedThreadPool(DaemonThreads.named("rss-fetch-"));
		this.downloadThread = Executors.newSingleThreadExecutor(DaemonThreads.named("rss-download-"));
		FeedFetcher fetcher = new FeedFetcher(options.fetchTimeout(), options.maxFeedBytes(), this.fetchPool);
		this.downloader = new AutoDownloader(this.state, engine, this.downloadThread);
		this.refresher = new FeedRefresher(this.state, fetcher, this.fetchPool, scheduler, this.downloader);
		this.resolver = new UnknownUrlResolver(engine, fetcher, (url) -> addFeed(url, ""));
	}

	/** Schedules the feeds' refreshes. */
	public void start() {
		synchronized (this.state.lock) {
			if (this.state.started || this.state.closed) {
				return;
			}
			this.state.started = true;
			this.refresher.start();
		}
		if (settings().autoDownloadingEnabled()) {
			// as qBittorrent on start: unread articles meet the rules
			this.downloader.processAll();
		}
	}

	/** Stops fetching and downloading; the state is already on disk. */
	@Override
	public void close() {
		synchronized (this.state.lock) {
			this.state.closed = true;
			this.refresher.stop();
		}
		// the add under way finishes and is recorded; nothing else starts
		this.downloadThread.shutdown();
		this.fetchPool.shutdown();
		try {
			this.downloadThread.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.downloadThread.shutdownNow();
		this.fetchPool.shutdownNow();
	}

	// settings

	@Override
	public RssSettings settings() {
		synchronized (this.state.lock) {
			return this.state.settings();
		}
	}

	@Override
	public void applySettings(RssSettings settings) {
		boolean reprocess;
		synchronized (this.state.lock) {
			RssSettings old = this.state.replaceSettings(settings);
			RssSettings now = this.state.settings();
			// unread articles meet the rules again when downloading is turned on (as
			// qBittorrent) or what the smart filter lets through changed
			reprocess = now.autoDownloadingEnabled() && (!old.autoDownloadingEnabled()
					|| old.downloadRepackProperEpisodes() != now.downloadRepackProperEpisodes()
					|| !old.smartEpisodeFilters().equals(now.smartEpisodeFilters()));
			if (this.state.tree.trimArticles(now.maxArticlesPerFeed())) {
				this.state.saveFeeds();
			}
			this.refresher.planAll();
		}
		if (reprocess) {
			this.downloader.processAll();
		}
	}

	// the tree

	@Override
	public List<String> folders() {
		synchronized (this.state.lock) {
			return this.state.tree.folders();
		}
	}

	@Override
	public List<RssFeed> feeds() {
		synchronized (this.state.lock) {
			return this.state.tree.feeds().stream().map(FeedState::snapshot).toList();
		}
	}

	@Override
	public Optional<RssFeed> feed(int ident) {
		synchronized (this.state.lock) {
			return Optional.ofNullable(this.state.tree.feed(ident)).map(FeedState::snapshot);
		}
	}

	@Override
	public void addFolder(String path) {
		String normalized = RssPaths.normalize(path);
		synchronized (this.state.lock) {
			this.state.tree.addFolder(normalized);
			this.state.saveFeeds();
		}
	}

	@Override
	public RssFeed addFeed(String rawUrl, String path) {
		// as qBittorrent's rss/addFeed: the URL is trimmed, then checked and stored
		String url = rawUrl.strip();
		String normalized = RssPaths.normalize(path);
		FeedState feed;
		synchronized (this.state.lock) {
			feed = this.state.tree.addFeed(url, normalized);
			this.refresher.plan(feed, Instant.now());
			this.state.saveFeeds();
		}
		this.refresher.fetchIfProcessing(feed);
		synchronized (this.state.lock) {
			return feed.snapshot();
		}
	}

	@Override
	public void setFeedUrl(String path, String rawUrl) {
		String url = rawUrl.strip();
		String normalized = RssPaths.normalize(path);
		FeedState feed;
		synchronized (this.state.lock) {
			feed = this.state.tree.existingFeed(normalized);
			if (url.equals(feed.url)) {
				return;
			}
			String oldUrl = feed.url;
			this.state.tree.changeUrl(feed, url);
			this.refresher.plan(feed, Instant.now());
			// as qBittorrent's AutoDownloader::handleFeedURLChanged: rules follow the
			// feed
			this.state.saveFeeds();
			this.state.changeRules((rules) -> rules.replaceFeedUrl(oldUrl, url));
		}
		this.refresher.fetchIfProcessing(feed);
	}

	@Override
	public void setFeedFlags(String path, boolean enabled, boolean subscribed, boolean smartFilter) {
		String normalized = RssPaths.normalize(path);
		synchronized (this.state.lock) {
			FeedState feed = this.state.tree.existingFeed(normalized);
			feed.enabled = enabled;
			feed.subscribed = subscribed;
			feed.smartFilter = smartFilter;
			this.refresher.plan(feed, Instant.now());
			this.state.saveFeeds();
		}
	}

	@Override
	public void removeItem(String path) {
		String normalized = RssPaths.normalize(path);
		synchronized (this.state.lock) {
			this.state.tree.remove(normalized);
			this.state.saveFeeds();
		}
	}

	@Override
	public void moveItem(String itemPath, String destPath) {
		String from = RssPaths.normalize(itemPath);
		String to = RssPaths.normalize(destPath);
		synchronized (this.state.lock) {
			if (this.state.tree.move(from, to)) {
				this.state.saveFeeds();
			}
		}
	}

	@Override
	public void markAsRead(String itemPath, @Nullable String articleId) {
		String normalized = RssPaths.normalize(itemPath);
		synchronized (this.state.lock) {
			if (this.state.tree.markAsRead(normalized, articleId)) {
				this.state.saveFeeds();
			}
		}
	}

	@Override
	public void refresh(String itemPath) {
		String normalized = RssPaths.normalize(itemPath);
		List<FeedState> due;
		synchronized (this.state.lock) {
			if (!this.state.tree.itemExists(normalized)) {
				return;
			}
			due = this.state.tree.feedsWithin(normalized);
		}
		for (FeedState feed : due) {
			this.refresher.fetchSoon(feed);
		}
	}

	// rules

	@Override
	public List<RssRule> rules() {
		synchronized (this.state.lock) {
			return this.state.rules.all();
		}
	}

	@Override
	public Optional<RssRule> rule(String name) {
		synchronized (this.state.lock) {
			return Optional.ofNullable(this.state.rules.byName(name));
		}
	}

	@Override
	public Optional<RssRule> rule(int ident) {
		synchronized (this.state.lock) {
			return Optional.ofNullable(this.state.rules.byIdent(ident));
		}
	}

	@Override
	public RssRule setRule(RssRule rule) {
		RuleBook.requireValid(rule);
		return storeRule((rules) -> rules.set(rule));
	}

	@Override
	public RssRule createRule(RssRule rule) {
		RuleBook.requireValid(rule);
		return storeRule((rules) -> rules.create(rule));
	}

	@Override
	public RssRule updateRule(int ident, UnaryOperator<RssRule> change) {
		return storeRule((rules) -> rules.update(ident, change));
	}

	/** Stores a rule, then applies the rules to the articles already fetched. */
	private RssRule storeRule(Function<RuleBook, RssRule> change) {
		RssRule stored;
		synchronized (this.state.lock) {
			stored = this.state.changeRules(change);
		}
		if (settings().autoDownloadingEnabled()) {
			this.downloader.processAll();
		}
		return stored;
	}

	@Override
	public void renameRule(String name, String newName) {
		synchronized (this.state.lock) {
			this.state.changeRules((rules) -> rules.rename(name, newName));
		}
	}

	@Override
	public void removeRule(String name) {
		synchronized (this.state.lock) {
			this.state.changeRules((rules) -> rules.remove(name));
		}
	}

	@Override
	public Map<String, List<String>> matchingArticles(String ruleName) {
		synchronized (this.state.lock) {
			return this.state.rules.matchingArticles(ruleName, this.state.tree.feeds(), this.state.smartFilter(),
					this.state.settings().downloadRepackProperEpisodes());
		}
	}

	@Override
	public UnknownUrlResult addUnknownUrl(String url, AddOptions options) {
		return this.resolver.resolve(url, options);
	}

}
