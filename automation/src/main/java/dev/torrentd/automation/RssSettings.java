package dev.torrentd.automation;

import java.util.List;

/**
 * The RSS settings both dialects show: qBittorrent's {@code rss_*} preferences.
 *
 * @param processingEnabled feeds are refreshed on schedule
 * ({@code rss_processing_enabled})
 * @param refreshIntervalMinutes minutes between scheduled refreshes of a feed
 * ({@code rss_refresh_interval}); at least 1
 * @param fetchDelaySeconds seconds between two fetches from the same host
 * ({@code rss_fetch_delay})
 * @param maxArticlesPerFeed articles kept per feed, newest first
 * ({@code rss_max_articles_per_feed})
 * @param autoDownloadingEnabled rules download what they match
 * ({@code rss_auto_downloading_enabled})
 * @param downloadRepackProperEpisodes the smart filter lets a REPACK/PROPER of an episode
 * through once more ({@code rss_download_repack_proper_episodes})
 * @param smartEpisodeFilters regular expressions that find an episode id in a title
 * ({@code rss_smart_episode_filters}, one per line there)
 */
public record RssSettings(boolean processingEnabled, int refreshIntervalMinutes, long fetchDelaySeconds,
		int maxArticlesPerFeed, boolean autoDownloadingEnabled, boolean downloadRepackProperEpisodes,
		List<String> smartEpisodeFilters) {

	/** qBittorrent's default smart episode filters. */
	public static final List<String> DEFAULT_SMART_EPISODE_FILTERS = List.of("s(\\d+)e(\\d+)", "(\\d+)x(\\d+)",
			"(\\d{4}[.\\-]\\d{1,2}[.\\-]\\d{1,2})", "(\\d{1,2}[.\\-]\\d{1,2}[.\\-]\\d{4})");

	public RssSettings {
		smartEpisodeFilters = List.copyOf(smartEpisodeFilters);
	}

	/**
	 * The defaults: qBittorrent's, except that processing and auto-downloading are on
	 * (µTorrent has no switch for them, and with no feed or rule they do nothing).
	 * @return the defaults
	 */
	public static RssSettings defaults() {
		return new RssSettings(true, 30, 2, 50, true, true, DEFAULT_SMART_EPISODE_FILTERS);
	}

}
