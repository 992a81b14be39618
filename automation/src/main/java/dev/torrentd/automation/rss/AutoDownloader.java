package dev.torrentd.automation.rss;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.rss.RuleBook.Taken;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offers feeds' unread articles to the rules and adds the torrents they take, as
 * qBittorrent's {@code AutoDownloader::processJob}. Everything runs on one thread, one
 * article after the other, so that two copies of an episode are never taken at once; the
 * engine add runs outside the {@link RssState} lock.
 */
final class AutoDownloader {

	private static final Logger log = LoggerFactory.getLogger(AutoDownloader.class);

	private final RssState state;

	private final TorrentEngine engine;

	/** A single thread: the one that applies the rules and adds. */
	private final Executor addThread;

	/**
	 * An auto-downloader.
	 * @param state the shared state
	 * @param engine where taken torrents are added
	 * @param addThread a single-thread executor, shut down by the owner to stop
	 */
	AutoDownloader(RssState state, TorrentEngine engine, Executor addThread) {
		this.state = state;
		this.engine = engine;
		this.addThread = addThread;
	}

	/** Offers every feed's unread articles to the rules (lock not held). */
	void processAll() {
		List<FeedState> all;
		synchronized (this.state.lock) {
			all = List.copyOf(this.state.tree.feeds());
		}
		for (FeedState feed : all) {
			submit(feed, null);
		}
	}

	/**
	 * Offers some of a feed's unread articles to the rules, later, on the add thread;
	 * once closed, nothing.
	 * @param feed the feed
	 * @param articleIds the articles to offer, {@code null} for every unread one
	 */
	void submit(FeedState feed, @Nullable Set<String> articleIds) {
		try {
			this.addThread.execute(() -> process(feed, articleIds));
		}
		catch (RejectedExecutionException ex) {
			// closed
		}
	}

	/**
	 * Offers a feed's unread articles to the rules, oldest first: the first enabled rule
	 * (by priority) that reads the feed and takes the article adds its torrent; once
	 * added, the article is read and the rule remembers its last match and the episode.
	 */
	private void process(FeedState feed, @Nullable Set<String> articleIds) {
		List<RssArticle> candidates;
		synchronized (this.state.lock) {
			if (!this.state.tree.contains(feed)) {
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
		Taken taken;
		synchronized (this.state.lock) {
			RssSettings settings = this.state.settings();
			if (!this.state.running() || !settings.autoDownloadingEnabled() || !this.state.tree.contains(feed)) {
				return;
			}
			// read meanwhile (by a client or an earlier pass), or trimmed away
			RssArticle article = feed.article(candidate.id());
			if (article == null || article.read()) {
				return;
			}
			taken = this.state.rules.taker(feed.url, article, this.state.smartFilter(),
					settings.downloadRepackProperEpisodes(), Instant.now());
		}
		if (taken == null) {
			return;
		}
		RssRule taker = taken.rule();
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
		synchronized (this.state.lock) {
			if (this.state.tree.contains(feed)) {
				feed.markRead(candidate.id());
			}
			this.state.rules.recordDownload(taker.name(), taken.acceptance());
			this.state.saveInBackground();
		}
	}

	private static @Nullable TorrentSource toSource(String url) {
		if (FeedParser.isMagnet(url)) {
			return new TorrentSource.Magnet(url.strip());
		}
		URI uri = Urls.httpUri(url);
		return (uri != null) ? new TorrentSource.Remote(uri) : null;
	}

	/**
	 * How a rule adds: its save path (empty: the engine's default), category and start
	 * state.
	 * @param rule the rule
	 * @return the engine's add options
	 */
	static AddOptions addOptions(RssRule rule) {
		return AddOptions.builder()
			.savePath(rule.savePath().isBlank() ? null : Path.of(rule.savePath()))
			.category(rule.category())
			.stopped(rule.addStopped())
			.build();
	}

}
