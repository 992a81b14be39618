package dev.torrentd.automation.rss;

import dev.torrentd.automation.RssSettings;

/**
 * What the RSS service's parts share, all guarded by {@link #lock}: the settings, the
 * life cycle, the {@link FeedTree} and the {@link RuleBook}, and their persistence.
 * Fields are read and written, and every save made, with the lock held; network fetches
 * and engine adds happen without it.
 */
final class RssState {

	/** The one lock of the RSS service. */
	final Object lock = new Object();

	private final RssStore store;

	final FeedTree tree;

	final RuleBook rules;

	/** Sanitized (see {@link #sanitize}). */
	private RssSettings settings;

	/** Compiled from {@link #settings} once, not per article. */
	private SmartEpisodeFilter smartFilter;

	/** Whether {@code start()} ran: nothing is fetched or downloaded before. */
	boolean started;

	/** Whether {@code close()} ran: nothing new starts after. */
	boolean closed;

	/**
	 * Loads the persisted state.
	 * @param store the RSS state directory
	 */
	RssState(RssStore store) {
		this.store = store;
		this.settings = sanitize(store.loadSettings());
		this.smartFilter = SmartEpisodeFilter.of(this.settings.smartEpisodeFilters());
		this.tree = new FeedTree(store.loadFeeds());
		this.rules = new RuleBook(store.loadRules());
	}

	RssSettings settings() {
		return this.settings;
	}

	/**
	 * The smart episode filter of the current settings.
	 * @return the compiled filter
	 */
	SmartEpisodeFilter smartFilter() {
		return this.smartFilter;
	}

	/**
	 * Replaces and persists the settings.
	 * @param settings the new settings, sanitized here
	 * @return the settings they replaced
	 */
	RssSettings replaceSettings(RssSettings settings) {
		RssSettings old = this.settings;
		RssSettings sanitized = sanitize(settings);
		this.store.saveSettings(sanitized);
		this.settings = sanitized;
		if (!sanitized.smartEpisodeFilters().equals(old.smartEpisodeFilters())) {
			this.smartFilter = SmartEpisodeFilter.of(sanitized.smartEpisodeFilters());
		}
		return old;
	}

	/** Whether the service runs: started and not closed. */
	boolean running() {
		return this.started && !this.closed;
	}

	void saveFeeds() {
		this.store.saveFeeds(this.tree.file());
	}

	void saveRules() {
		this.store.saveRules(this.rules.file());
	}

	/** At least one minute between refreshes, one article per feed; no negative delay. */
	private static RssSettings sanitize(RssSettings settings) {
		return new RssSettings(settings.processingEnabled(), Math.max(1, settings.refreshIntervalMinutes()),
				Math.max(0, settings.fetchDelaySeconds()), Math.max(1, settings.maxArticlesPerFeed()),
				settings.autoDownloadingEnabled(), settings.downloadRepackProperEpisodes(),
				settings.smartEpisodeFilters());
	}

}
