package dev.torrentd.automation.rss;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.rss.FeedFetcher.FetchException;
import dev.torrentd.automation.rss.FeedFetcher.Fetched;
import dev.torrentd.automation.rss.FeedParser.NotAFeedException;
import dev.torrentd.automation.rss.FeedParser.ParsedFeed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refreshes feeds: plans each enabled feed's next refresh (the settings' interval after
 * the last), fetches those due, at most one fetch per host per the settings' fetch delay,
 * merges what came into the feed's articles and hands the new ones to the
 * {@link AutoDownloader}. Fetches run outside the {@link RssState} lock; a fetch finished
 * after its feed was removed, its URL changed or the service closed is discarded.
 */
final class FeedRefresher {

	private static final Logger log = LoggerFactory.getLogger(FeedRefresher.class);

	/** How often the schedule is checked for feeds due a refresh. */
	private static final Duration TICK = Duration.ofSeconds(1);

	private final RssState state;

	private final FeedFetcher fetcher;

	/** Runs the fetches' completions: parsing and merging. */
	private final Executor fetchPool;

	private final ScheduledExecutorService scheduler;

	private final AutoDownloader downloader;

	/** When each host may be fetched next (lock held). */
	private final Map<String, Instant> hostFree = new HashMap<>();

	private @Nullable ScheduledFuture<?> tick;

	/**
	 * A refresher.
	 * @param state the shared state
	 * @param fetcher fetches feeds
	 * @param fetchPool runs the fetches' completions
	 * @param scheduler runs the schedule's tick and the delayed fetches
	 * @param downloader gets the articles a fetch brings
	 */
	FeedRefresher(RssState state, FeedFetcher fetcher, Executor fetchPool, ScheduledExecutorService scheduler,
			AutoDownloader downloader) {
		this.state = state;
		this.fetcher = fetcher;
		this.fetchPool = fetchPool;
		this.scheduler = scheduler;
		this.downloader = downloader;
	}

	/** Plans every feed and starts the schedule (lock held, once started). */
	void start() {
		planAll();
		this.tick = this.scheduler.scheduleWithFixedDelay(this::refreshDueFeeds, 0, TICK.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Stops the schedule (lock held). */
	void stop() {
		if (this.tick != null) {
			this.tick.cancel(false);
		}
	}

	/** Plans every feed anew, after the settings changed (lock held). */
	void planAll() {
		Instant now = Instant.now();
		for (FeedState feed : this.state.tree.feeds()) {
			plan(feed, now);
		}
	}

	/**
	 * Sets when a feed is fetched next on schedule (lock held): never before the service
	 * starts, while processing is off or for a disabled feed.
	 * @param feed the feed
	 * @param now the time
	 */
	void plan(FeedState feed, Instant now) {
		RssSettings settings = this.state.settings();
		if (!this.state.started || !settings.processingEnabled() || !feed.enabled) {
			feed.nextRefresh = null;
			return;
		}
		Instant next = (feed.lastRefresh != null)
				? feed.lastRefresh.plus(Duration.ofMinutes(settings.refreshIntervalMinutes())) : now;
		feed.nextRefresh = next.isBefore(now) ? now : next;
	}

	/**
	 * Fetches a new feed, or one whose URL changed, soon when processing is on (lock not
	 * held).
	 * @param feed the feed
	 */
	void fetchIfProcessing(FeedState feed) {
		boolean processing;
		synchronized (this.state.lock) {
			processing = this.state.settings().processingEnabled();
		}
		if (processing) {
			fetchSoon(feed);
		}
	}

	/** The scheduler's tick: fetches the enabled feeds whose refresh is due. */
	private void refreshDueFeeds() {
		try {
			List<FeedState> due = new ArrayList<>();
			synchronized (this.state.lock) {
				if (this.state.closed || !this.state.settings().processingEnabled()) {
					return;
				}
				Instant now = Instant.now();
				for (FeedState feed : this.state.tree.feeds()) {
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
	 * being fetched already (lock not held).
	 * @param feed the feed
	 */
	void fetchSoon(FeedState feed) {
		int generation;
		URI uri;
		long delayMillis;
		synchronized (this.state.lock) {
			if (!this.state.running() || !this.state.tree.contains(feed) || feed.loading) {
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
			this.hostFree.put(host, at.plusSeconds(this.state.settings().fetchDelaySeconds()));
			delayMillis = Duration.between(now, at).toMillis();
		}
		try {
			this.scheduler.schedule(() -> startFetch(feed, generation, uri), delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			synchronized (this.state.lock) {
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
		catch (RuntimeException ex) {
			// a request that cannot even be made is a failed refresh, not a feed loading
			// forever
			finishFetch(feed, generation, null, ex);
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
		synchronized (this.state.lock) {
			if (this.state.closed || !this.state.tree.contains(feed) || feed.generation != generation) {
				// closed, removed, or its URL changed while this fetch was under way
				return;
			}
			RssSettings settings = this.state.settings();
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
						settings.maxArticlesPerFeed());
				feed.articles = new ArrayList<>(merged.articles());
				fresh = merged.newIds();
			}
			plan(feed, now);
			this.state.saveInBackground();
			download = settings.autoDownloadingEnabled() && !fresh.isEmpty();
		}
		if (download) {
			this.downloader.submit(feed, fresh);
		}
	}

}
