package dev.torrentd.automation.rss;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import dev.torrentd.automation.RssException;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.rss.RssStore.RulesFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the RSS service's parts share, all guarded by {@link #lock}: the settings, the
 * life cycle, the {@link FeedTree} and the {@link RuleBook}, and their persistence.
 * Fields are read and written, and every save made, with the lock held; network fetches
 * and engine adds happen without it.
 */
final class RssState {

	private static final Logger log = LoggerFactory.getLogger(RssState.class);

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
	 * @throws RssException with a one-line reason when they cannot be saved (nothing
	 * changes)
	 */
	RssSettings replaceSettings(RssSettings settings) {
		RssSettings old = this.settings;
		RssSettings sanitized = sanitize(settings);
		try {
			this.store.saveSettings(sanitized);
		}
		catch (UncheckedIOException ex) {
			throw saveFailed("settings", ex);
		}
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

	/**
	 * Saves the feeds after a client's change.
	 * @throws RssException with a one-line reason when the file cannot be written; the
	 * change stays in memory and is saved with the next one (the feeds' state is shared
	 * with fetches under way, so it is not rolled back)
	 */
	void saveFeeds() {
		try {
			this.store.saveFeeds(this.tree.file());
		}
		catch (UncheckedIOException ex) {
			throw saveFailed("feeds", ex);
		}
	}

	/**
	 * Changes the rules and saves them; when they cannot be saved the change is undone,
	 * so memory and disk never disagree about what the client was told.
	 * @param change the change
	 * @return what the change returns
	 * @throws RssException with a one-line reason when the rules cannot be saved, or
	 * whatever the change throws
	 */
	<T> T changeRules(Function<RuleBook, T> change) {
		RulesFile before = this.rules.file();
		T result = change.apply(this.rules);
		RulesFile after = this.rules.file();
		if (!after.equals(before)) {
			try {
				this.store.saveRules(after);
			}
			catch (UncheckedIOException ex) {
				this.rules.restore(before);
				throw saveFailed("rules", ex);
			}
		}
		return result;
	}

	/**
	 * Saves what a background task (a fetch, an automatic download) changed; a failure is
	 * logged, and the state stays in memory to be saved with the next change.
	 */
	void saveInBackground() {
		try {
			this.store.saveFeeds(this.tree.file());
			this.store.saveRules(this.rules.file());
		}
		catch (UncheckedIOException ex) {
			log.warn("Cannot save the RSS state ({}); it is kept in memory and saved with the next change", reason(ex));
		}
	}

	private static RssException saveFailed(String what, UncheckedIOException ex) {
		return new RssException("Cannot save the RSS " + what + ": " + reason(ex));
	}

	private static String reason(UncheckedIOException ex) {
		IOException cause = ex.getCause();
		return FeedParser.oneLine(ex.getMessage() + ((cause != null && cause.getMessage() != null
				&& !String.valueOf(ex.getMessage()).contains(cause.getMessage())) ? ": " + cause.getMessage() : ""));
	}

	/** At least one minute between refreshes, one article per feed; no negative delay. */
	private static RssSettings sanitize(RssSettings settings) {
		return new RssSettings(settings.processingEnabled(), Math.max(1, settings.refreshIntervalMinutes()),
				Math.max(0, settings.fetchDelaySeconds()), Math.max(1, settings.maxArticlesPerFeed()),
				settings.autoDownloadingEnabled(), settings.downloadRepackProperEpisodes(),
				settings.smartEpisodeFilters());
	}

}
