package dev.torrentd.utorrent.wire;

import java.util.List;

import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;

/**
 * One row of {@code rssfilters} / {@code rssfilterp} in {@code list=1}: a download rule
 * as µTorrent shows a filter (µTorrent Server manual, "Torrent/labels/RSS/Filters List";
 * the reference WebUI's {@code CONST.RSSFILTER_*} and {@code CONST.RSSFILTERFLAG_*}).
 *
 * <p>
 * Columns: 0 IDENT (int), 1 FLAGS (int, the bits below), 2 NAME, 3 FILTER, 4 NOT FILTER,
 * 5 DIRECTORY (the save path, "" = default), 6 FEED (int: -1 = every feed, else the ident
 * of the first feed the rule reads, 0 when it reads none), 7 QUALITY (int bit mask, -1 =
 * any), 8 LABEL (the category), 9 POSTPONE MODE (int: the WebUI's "minimum interval"
 * index), 10 LAST MATCH (unix s, 0 = never), 11 SMART EP FILTER (int 0/1), 12 REPACK EP
 * FILTER (int 0/1: with the smart filter, a REPACK/PROPER passes once more —
 * {@code rss_download_repack_proper_episodes}), 13 EPISODE FILTER STR, 14 EPISODE FILTER
 * (bool), 15 RESOLVING CANDIDATE (bool, always false).
 *
 * <p>
 * µTorrent's empty FILTER matches nothing, torrentd's (qBittorrent's) empty
 * {@code mustContain} everything. So a rule that reads as µTorrent would is shown: an
 * enabled rule with no must-contain shows FILTER {@code *}; a rule with no must-contain
 * is shown enabled even when it is off, since an empty µTorrent filter takes nothing
 * either way (the reference WebUI cannot switch a filter on: it turns on when given a
 * FILTER, see {@code FilterUpdate}).
 */
public final class RssFilterRow {

	/** The number of columns. */
	public static final int COLUMNS = 16;

	/** FLAGS bit: the filter downloads. */
	public static final int FLAG_ENABLE = 1;

	/** FLAGS bit: match the item's original name. */
	public static final int FLAG_ORIG_NAME = 2;

	/** FLAGS bit: "give download highest priority" (the rule runs before the others). */
	public static final int FLAG_HIGH_PRIORITY = 4;

	/** FLAGS bit: the smart episode filter. */
	public static final int FLAG_SMART_EP_FILTER = 8;

	/** FLAGS bit: add the torrents stopped. */
	public static final int FLAG_ADD_STOPPED = 16;

	/** The FEED value of a rule that reads every feed. */
	public static final int ALL_FEEDS = -1;

	private RssFilterRow() {
	}

	/**
	 * The row of a rule.
	 * @param rule the rule
	 * @param feeds every feed (to turn the rule's feed URLs into idents)
	 * @param repackProper whether the smart filter lets a REPACK/PROPER through once more
	 * @return 16 values
	 */
	public static List<Object> of(RssRule rule, List<RssFeed> feeds, boolean repackProper) {
		return List.of(rule.ident(), flags(rule), rule.name(), filter(rule), rule.mustNotContain(), rule.savePath(),
				feed(rule, feeds), rule.quality(), rule.category(), rule.postponeMode(),
				WireNumbers.unixSeconds(rule.lastMatch()), rule.smartFilter() ? 1 : 0,
				(rule.smartFilter() && repackProper) ? 1 : 0, rule.episodeFilter(), !rule.episodeFilter().isEmpty(),
				false);
	}

	/**
	 * Whether µTorrent shows the filter enabled.
	 * @param rule the rule
	 * @return true when it is on, or has no must-contain (µTorrent: matches nothing)
	 */
	public static boolean shownEnabled(RssRule rule) {
		return rule.enabled() || rule.mustContain().isEmpty();
	}

	/**
	 * The FILTER column.
	 * @param rule the rule
	 * @return its must-contain; {@code *} for an enabled rule that takes everything
	 */
	public static String filter(RssRule rule) {
		return (rule.enabled() && rule.mustContain().isEmpty()) ? "*" : rule.mustContain();
	}

	/**
	 * The FLAGS column.
	 * @param rule the rule
	 * @return the bits
	 */
	public static int flags(RssRule rule) {
		int flags = 0;
		if (shownEnabled(rule)) {
			flags |= FLAG_ENABLE;
		}
		if (rule.matchOriginalName()) {
			flags |= FLAG_ORIG_NAME;
		}
		if (rule.priority() < 0) {
			flags |= FLAG_HIGH_PRIORITY;
		}
		if (rule.smartFilter()) {
			flags |= FLAG_SMART_EP_FILTER;
		}
		if (Boolean.TRUE.equals(rule.addStopped())) {
			flags |= FLAG_ADD_STOPPED;
		}
		return flags;
	}

	/**
	 * The FEED column.
	 * @param rule the rule
	 * @param feeds every feed
	 * @return -1 for every feed, the ident of the first feed it reads, or 0 for none
	 */
	public static int feed(RssRule rule, List<RssFeed> feeds) {
		if (rule.allFeeds()) {
			return ALL_FEEDS;
		}
		for (String url : rule.affectedFeeds()) {
			for (RssFeed feed : feeds) {
				if (feed.url().equals(url)) {
					return feed.ident();
				}
			}
		}
		return 0;
	}

}
