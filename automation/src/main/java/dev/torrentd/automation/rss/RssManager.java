package dev.torrentd.automation.rss;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import dev.torrentd.automation.rss.FeedFetcher.FetchException;
import dev.torrentd.automation.rss.FeedFetcher.Fetched;
import dev.torrentd.automation.rss.FeedParser.NotAFeedException;
import dev.torrentd.automation.rss.FeedParser.ParsedFeed;
import dev.torrentd.automation.rss.RssStore.FeedsFile;
import dev.torrentd.automation.rss.RssStore.RulesFile;
import dev.torrentd.automation.rss.RuleEvaluator.Acceptance;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSS service: feeds fetched on schedule, parsed, rules applied, torrents added. The
 * tree of folders and feeds follows qBittorrent's {@code RSS::Session} (its error
 * messages included); the rules its {@code RSS::AutoDownloader}. All state is guarded by
 * one lock; network fetches and engine adds run outside it.
 */
public final class RssManager implements RssService, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RssManager.class);

	/** How often the schedule is checked for feeds due a refresh. */
	private static final Duration TICK = Duration.ofSeconds(1);

	private final TorrentEngine engine;

	private final RssStore store;

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

	/** When each host may be fetched next (the settings' fetch delay between fetches). */
	private final Map<String, Instant> hostFree = new HashMap<>();

	/** Runs the HTTP client and parses what it fetched. */
	private final ExecutorService fetchPool;

	/** Applies the rules, one article after the other, and adds what they take. */
	private final ExecutorService downloader;

	private final FeedFetcher fetcher;

	private boolean started;

	private boolean closed;

	private @Nullable ScheduledFuture<?> tick;

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
		this.fetchPool = Executors.newCachedThreadPool(daemonThreads("rss-fetch-"));
		this.downloader = Executors.newSingleThreadExecutor(daemonThreads("rss-download-"));
		this.fetcher = new FeedFetcher(options.fetchTimeout(), options.maxFeedBytes(), this.fetchPool);
	}

	private static ThreadFactory daemonThreads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Schedules the feeds' refreshes. */
	public void start() {
		synchronized (this.lock) {
			if (this.started || this.closed) {
				return;
			}
			this.started = true;
			Instant now = Instant.now();
			for (FeedState feed : this.feeds) {
				plan(feed, now);
			}
			this.tick = this.scheduler.scheduleWithFixedDelay(this::refreshDueFeeds, 0, TICK.toMillis(),
					TimeUnit.MILLISECONDS);
		}
		if (settings().autoDownloadingEnabled()) {
			// as qBittorrent on start: unread articles meet the rules
			processAllFeeds();
		}
	}

	/** Stops fetching and downloading; the state is already on disk. */
	@Override
	public void close() {
		synchronized (this.lock) {
			this.closed = true;
			if (this.tick != null) {
				this.tick.cancel(false);
			}
		}
		// the add under way finishes and is recorded; nothing else starts
		this.downloader.shutdown();
		this.fetchPool.shutdown();
		try {
			this.downloader.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.downloader.shutdownNow();
		this.fetchPool.shutdownNow();
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
		boolean reprocess;
		synchronized (this.lock) {
			RssSettings old = this.settings;
			this.settings = sanitize(settings);
			this.store.saveSettings(this.settings);
			// unread articles meet the rules again when downloading is turned on (as
			// qBittorrent) or what the smart filter lets through changed
			reprocess = this.settings.autoDownloadingEnabled() && (!old.autoDownloadingEnabled()
					|| old.downloadRepackProperEpisodes() != this.settings.downloadRepackProperEpisodes()
					|| !old.smartEpisodeFilters().equals(this.settings.smartEpisodeFilters()));
			boolean trimmed = false;
			for (FeedState feed : this.feeds) {
				if (feed.articles.size() > this.settings.maxArticlesPerFeed()) {
					feed.articles = new ArrayList<>(feed.articles.subList(0, this.settings.maxArticlesPerFeed()));
					trimmed = true;
				}
			}
			if (trimmed) {
				saveFeeds();
			}
			Instant now = Instant.now();
			for (FeedState feed : this.feeds) {
				plan(feed, now);
			}
		}
		if (reprocess) {
			processAllFeeds();
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
			plan(feed, Instant.now());
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
			plan(feed, Instant.now());
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
			plan(feed, Instant.now());
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
		Map<String, List<String>> matching = new LinkedHashMap<>();
		synchronized (this.lock) {
			RssRule rule = ruleByName(ruleName);
			if (rule == null) {
				return matching;
			}
			TitleMatcher matcher;
			try {
				matcher = TitleMatcher.of(rule);
			}
			catch (PatternSyntaxException ex) {
				return matching;
			}
			SmartEpisodeFilter smart = SmartEpisodeFilter.of(this.settings.smartEpisodeFilters());
			Instant now = Instant.now();
			for (FeedState feed : this.feeds) {
				if (!RuleEvaluator.affects(rule, feed.url)) {
					continue;
				}
				List<String> titles = new ArrayList<>();
				for (RssArticle article : feed.articles) {
					if (RuleEvaluator.evaluate(rule, matcher, article, smart,
							this.settings.downloadRepackProperEpisodes(), now) != null) {
						titles.add(article.title());
					}
				}
				if (!titles.isEmpty()) {
					matching.merge(feed.name(), titles, (a, b) -> {
						List<String> both = new ArrayList<>(a);
						both.addAll(b);
						return both;
					});
				}
			}
		}
		return matching;
	}

	@Override
	public UnknownUrlResult addUnknownUrl(String url, AddOptions options) {
		String trimmed = url.strip();
		if (FeedParser.isMagnet(trimmed)) {
			return new UnknownUrlResult.Torrent(addTorrent(new TorrentSource.Magnet(trimmed), options));
		}
		URI uri = Urls.httpUri(trimmed);
		if (uri == null) {
			throw new RssException("Not a magnet or an http(s) URL: " + trimmed);
		}
		Fetched fetched;
		try {
			fetched = this.fetcher.fetchNow(uri);
		}
		catch (FetchException ex) {
			throw new RssException("Cannot fetch " + trimmed + ": " + ex.getMessage());
		}
		// indexers such as Prowlarr answer a download link with a redirect to a magnet
		if (fetched.status() / 100 == 3 && fetched.location() != null && FeedParser.isMagnet(fetched.location())) {
			return new UnknownUrlResult.Torrent(addTorrent(new TorrentSource.Magnet(fetched.location()), options));
		}
		if (!fetched.ok()) {
			throw new RssException("Cannot fetch " + trimmed + ": HTTP " + fetched.status());
		}
		if (isTorrentFile(fetched)) {
			return new UnknownUrlResult.Torrent(addTorrent(new TorrentSource.MetainfoFile(fetched.body()), options));
		}
		try {
			FeedParser.parse(fetched.body(), fetched.contentType());
		}
		catch (NotAFeedException ex) {
			throw new RssException("Neither a torrent nor an RSS or Atom feed: " + trimmed);
		}
		return new UnknownUrlResult.Feed(addFeed(trimmed, ""));
	}

	private AddResult addTorrent(TorrentSource source, AddOptions options) {
		try {
			return this.engine.add(source, options);
		}
		catch (RuntimeException ex) {
			throw new RssException(FeedParser.oneLine(ex.getMessage()));
		}
	}

	/**
	 * A .torrent by its type, or by its shape: a bencoded dictionary ("d8:announce…").
	 */
	private static boolean isTorrentFile(Fetched fetched) {
		String type = (fetched.contentType() != null) ? fetched.contentType().toLowerCase(Locale.ROOT) : "";
		if (type.startsWith(FeedParser.BITTORRENT_TYPE)) {
			return true;
		}
		byte[] body = fetched.body();
		return body.length > 2 && body[0] == 'd' && Character.isDigit(body[1])
				&& new String(body, 0, Math.min(body.length, 64), StandardCharsets.ISO_8859_1).matches("d\\d+:.*");
	}

	// fetching

	private void onFeedAdded(FeedState feed) {
		if (settings().processingEnabled()) {
			fetchSoon(feed);
		}
	}

	private void onFeedUrlChanged(FeedState feed) {
		if (settings().processingEnabled()) {
			fetchSoon(feed);
		}
	}

	/** The scheduler's tick: fetches the enabled feeds whose refresh is due. */
	private void refreshDueFeeds() {
		try {
			List<FeedState> due = new ArrayList<>();
			synchronized (this.lock) {
				if (this.closed || !this.settings.processingEnabled()) {
					return;
				}
				Instant now = Instant.now();
				for (FeedState feed : this.feeds) {
					if (feed.enabled && !feed.loading && feed.nextRefresh != null && !feed.nextRefresh.isAfter(now)) {
						due.add(feed);
					}
				}
			}
			due.forEach(this::fetchSoon);
		}
		catch (RuntimeException ex) {
			// an exception would end the periodic task
			log.warn("RSS refresh failed", ex);
		}
	}

	/**
	 * Fetches a feed as soon as its host allows (the settings' fetch delay), unless it is
	 * being fetched already.
	 */
	private void fetchSoon(FeedState feed) {
		int generation;
		URI uri;
		long delayMillis;
		synchronized (this.lock) {
			if (!this.started || this.closed || !this.feeds.contains(feed) || feed.loading) {
				return;
			}
			uri = Urls.httpUri(feed.url);
			if (uri == null) {
				feed.error = "invalid URL";
				return;
			}
			feed.loading = true;
			generation = feed.generation;
			Instant now = Instant.now();
			String host = String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT);
			Instant free = this.hostFree.getOrDefault(host, now);
			Instant at = free.isAfter(now) ? free : now;
			this.hostFree.put(host, at.plusSeconds(this.settings.fetchDelaySeconds()));
			delayMillis = Duration.between(now, at).toMillis();
		}
		try {
			this.scheduler.schedule(() -> startFetch(feed, generation, uri), delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			synchronized (this.lock) {
				if (feed.generation == generation) {
					feed.loading = false;
				}
			}
		}
	}

	private void startFetch(FeedState feed, int generation, URI uri) {
		try {
			this.fetcher.fetch(uri)
				.whenCompleteAsync((fetched, error) -> finishFetch(feed, generation, fetched, error), this.fetchPool);
		}
		catch (RejectedExecutionException ex) {
			// closed meanwhile
		}
	}

	private void finishFetch(FeedState feed, int generation, @Nullable Fetched fetched, @Nullable Throwable error) {
		String failure = null;
		ParsedFeed parsed = null;
		if (error != null || fetched == null) {
			Throwable cause = (error instanceof CompletionException && error.getCause() != null) ? error.getCause()
					: error;
			failure = (cause instanceof FetchException) ? cause.getMessage()
					: FeedParser.oneLine((cause != null) ? cause.toString() : "no response");
		}
		else if (!fetched.ok()) {
			failure = "HTTP " + fetched.status();
		}
		else {
			try {
				parsed = FeedParser.parse(fetched.body(), fetched.contentType());
			}
			catch (NotAFeedException ex) {
				failure = ex.getMessage();
			}
		}
		Set<String> fresh = Set.of();
		boolean download;
		synchronized (this.lock) {
			if (this.closed || !this.feeds.contains(feed) || feed.generation != generation) {
				// closed, removed, or its URL changed while this fetch was under way
				return;
			}
			Instant now = Instant.now();
			feed.loading = false;
			feed.lastRefresh = now;
			if (parsed == null) {
				feed.error = failure;
				log.warn("RSS feed {} ({}) could not be refreshed: {}", feed.path, feed.url, failure);
			}
			else {
				feed.error = null;
				feed.title = parsed.title();
				feed.lastBuildDate = parsed.lastBuildDate();
				ArticleMerge.Result merged = ArticleMerge.merge(feed.articles, parsed.articles(),
						this.settings.maxArticlesPerFeed());
				feed.articles = new ArrayList<>(merged.articles());
				fresh = merged.newIds();
			}
			plan(feed, now);
			saveFeeds();
			download = this.settings.autoDownloadingEnabled() && !fresh.isEmpty();
		}
		if (download) {
			submitProcessing(feed, fresh);
		}
	}

	/** Sets when a feed is fetched next on schedule (lock held). */
	private void plan(FeedState feed, Instant now) {
		if (!this.started || !this.settings.processingEnabled() || !feed.enabled) {
			feed.nextRefresh = null;
			return;
		}
		Instant next = (feed.lastRefresh != null)
				? feed.lastRefresh.plus(Duration.ofMinutes(this.settings.refreshIntervalMinutes())) : now;
		feed.nextRefresh = next.isBefore(now) ? now : next;
	}

	// downloading

	private void onRulesChanged() {
		if (settings().autoDownloadingEnabled()) {
			processAllFeeds();
		}
	}

	private void processAllFeeds() {
		List<FeedState> all;
		synchronized (this.lock) {
			all = List.copyOf(this.feeds);
		}
		for (FeedState feed : all) {
			submitProcessing(feed, null);
		}
	}

	private void submitProcessing(FeedState feed, @Nullable Set<String> articleIds) {
		try {
			this.downloader.execute(() -> process(feed, articleIds));
		}
		catch (RejectedExecutionException ex) {
			// closed
		}
	}

	/**
	 * Offers a feed's unread articles to the rules, oldest first, as qBittorrent's
	 * {@code AutoDownloader::processJob}: the first enabled rule (by priority) that reads
	 * the feed and takes the article adds its torrent; once added, the article is read
	 * and the rule remembers its last match and the episode. Runs on the downloader
	 * thread only, so that two copies of an episode are never taken at once.
	 * @param feed the feed
	 * @param articleIds the articles to offer, {@code null} for every unread one
	 */
	private void process(FeedState feed, @Nullable Set<String> articleIds) {
		List<RssArticle> candidates;
		synchronized (this.lock) {
			if (!this.feeds.contains(feed)) {
				return;
			}
			candidates = new ArrayList<>(feed.articles);
		}
		Collections.reverse(candidates);
		for (RssArticle candidate : candidates) {
			if (Thread.currentThread().isInterrupted()) {
				return;
			}
			if (candidate.read() || candidate.torrentUrl() == null
					|| (articleIds != null && !articleIds.contains(candidate.id()))) {
				continue;
			}
			try {
				offer(feed, candidate);
			}
			catch (RuntimeException ex) {
				log.warn("RSS article '{}' could not be processed", candidate.title(), ex);
			}
		}
	}

	private void offer(FeedState feed, RssArticle candidate) {
		RssRule taker = null;
		Acceptance acceptance = null;
		synchronized (this.lock) {
			if (!this.started || this.closed || !this.settings.autoDownloadingEnabled() || !this.feeds.contains(feed)) {
				return;
			}
			RssArticle article = article(feed, candidate.id());
			if (article == null || article.read()) {
				return;
			}
			SmartEpisodeFilter smart = SmartEpisodeFilter.of(this.settings.smartEpisodeFilters());
			Instant now = Instant.now();
			for (RssRule rule : this.rules.stream().sorted(RuleEvaluator.ORDER).toList()) {
				if (!rule.enabled() || !RuleEvaluator.affects(rule, feed.url)) {
					continue;
				}
				try {
					acceptance = RuleEvaluator.evaluate(rule, TitleMatcher.of(rule), article, smart,
							this.settings.downloadRepackProperEpisodes(), now);
				}
				catch (PatternSyntaxException ex) {
					continue;
				}
				if (acceptance != null) {
					taker = rule;
					break;
				}
			}
		}
		if (taker == null || acceptance == null) {
			return;
		}
		String torrentUrl = candidate.torrentUrl();
		TorrentSource source = (torrentUrl != null) ? toSource(torrentUrl) : null;
		if (source == null) {
			log.warn("RSS article '{}' is accepted by rule '{}' but {} is no magnet or http(s) link", candidate.title(),
					taker.name(), torrentUrl);
			return;
		}
		log.info("RSS article '{}' is accepted by rule '{}'. Adding {}", candidate.title(), taker.name(), torrentUrl);
		try {
			this.engine.add(source, addOptions(taker));
		}
		catch (RuntimeException ex) {
			// left unread: a later pass (a rule change, a restart) tries again
			log.warn("RSS article '{}' accepted by rule '{}' could not be added: {}", candidate.title(), taker.name(),
					FeedParser.oneLine(ex.getMessage()));
			return;
		}
		synchronized (this.lock) {
			if (this.feeds.contains(feed)) {
				markRead(feed, candidate.id());
			}
			RssRule current = ruleByName(taker.name());
			if (current != null) {
				this.rules.set(this.rules.indexOf(current), RuleEvaluator.afterDownload(current, acceptance));
			}
			saveFeeds();
			saveRules();
		}
	}

	private static @Nullable RssArticle article(FeedState feed, String id) {
		for (RssArticle article : feed.articles) {
			if (article.id().equals(id)) {
				return article;
			}
		}
		return null;
	}

	private static @Nullable TorrentSource toSource(String url) {
		if (FeedParser.isMagnet(url)) {
			return new TorrentSource.Magnet(url.strip());
		}
		URI uri = Urls.httpUri(url);
		return (uri != null) ? new TorrentSource.Remote(uri) : null;
	}

	/** The rule's save path (empty: the default), category and start state. */
	static AddOptions addOptions(RssRule rule) {
		return AddOptions.builder()
			.savePath(rule.savePath().isBlank() ? null : Path.of(rule.savePath()))
			.category(rule.category())
			.stopped(rule.addStopped())
			.build();
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
		if (Urls.httpUri(url) == null) {
			throw new RssException("Invalid RSS feed URL: " + url + ".");
		}
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
