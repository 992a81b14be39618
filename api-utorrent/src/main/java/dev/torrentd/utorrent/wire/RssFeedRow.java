package dev.torrentd.utorrent.wire;

import java.util.ArrayList;
import java.util.List;

import dev.torrentd.automation.ReleaseTitle;
import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssFeed;

/**
 * One row of {@code rssfeeds} / {@code rssfeedp} in {@code list=1} (µTorrent Server
 * manual, "Torrent/labels/RSS/Filters List"; the reference WebUI's
 * {@code CONST.RSSFEED_*} and {@code CONST.RSSITEM_*}).
 *
 * <p>
 * Feed columns: 0 IDENT (int), 1 ENABLED (bool), 2 USE FEED TITLE (bool), 3 USER SELECTED
 * (bool), 4 PROGRAMMED (bool, always false: torrentd has no featured feeds), 5 DOWNLOAD
 * STATE (int: 1 while a fetch is under way, else 0), 6 URL ({@code "name|url"}: the
 * reference WebUI shows {@code split("|")[0]} as the feed's name and edits
 * {@code split("|")[1]} as its URL), 7 NEXT UPDATE (unix s, 0 = not scheduled), 8 the
 * items.
 *
 * <p>
 * Item columns: 0 NAME (the show's name, {@link ReleaseTitle}), 1 NAME FULL (the title),
 * 2 URL (what a download adds: the torrent link, else the item's link), 3 QUALITY and 4
 * CODEC (0: not decoded, shown as "?"), 5 TIMESTAMP (unix s, the WebUI multiplies by
 * 1000; 0 = unknown), 6 SEASON, 7 EPISODE, 8 EPISODE TO (0 = none), 9 FEED ID, 10 REPACK
 * (bool), 11 IN HISTORY (bool: read, or downloaded by a rule). Booleans are JSON
 * {@code true}/{@code false} (the WebUI tests them for truth, utorrentctl keeps them as
 * they come), times {@code Long}, other numbers {@code Integer}.
 */
public final class RssFeedRow {

	/** The number of feed columns (the items are the last). */
	public static final int COLUMNS = 9;

	/** The number of columns of an item. */
	public static final int ITEM_COLUMNS = 12;

	private RssFeedRow() {
	}

	/**
	 * The row of a feed.
	 * @param feed the feed
	 * @return 9 values, the last the item rows newest first
	 */
	public static List<Object> of(RssFeed feed) {
		List<Object> items = new ArrayList<>(feed.articles().size());
		for (RssArticle article : feed.articles()) {
			items.add(item(article, feed.ident()));
		}
		return List.of(feed.ident(), feed.enabled(), usesFeedTitle(feed), feed.subscribed(), false,
				feed.loading() ? 1 : 0, urlColumn(feed), WireNumbers.unixSeconds(feed.nextRefresh()),
				List.copyOf(items));
	}

	/**
	 * One item of a feed.
	 * @param article the article
	 * @param feedIdent its feed's ident
	 * @return 12 values
	 */
	static List<Object> item(RssArticle article, int feedIdent) {
		ReleaseTitle decoded = ReleaseTitle.parse(article.title());
		String url = (article.torrentUrl() != null) ? article.torrentUrl()
				: (article.link() != null) ? article.link() : "";
		return List.of(decoded.name(), article.title(), url, 0, 0, WireNumbers.unixSeconds(article.date()),
				decoded.season(), decoded.episode(), decoded.episodeTo(), feedIdent, decoded.repack(), article.read());
	}

	/**
	 * Whether the feed has no alias of its own: µTorrent then names it after the feed's
	 * title. In torrentd that is a feed named after its URL (as {@code rss-update}
	 * without an alias and qBittorrent's {@code rss/addFeed} without a path name it).
	 * @param feed the feed
	 * @return true when its name is its URL
	 */
	public static boolean usesFeedTitle(RssFeed feed) {
		return feed.name().equals(feed.url());
	}

	/**
	 * The URL column: the name the user sees, {@code |}, the URL. A feed without an alias
	 * shows its own title once fetched, its URL before.
	 * @param feed the feed
	 * @return {@code "name|url"}
	 */
	static String urlColumn(RssFeed feed) {
		String name = (usesFeedTitle(feed) && !feed.title().isBlank()) ? feed.title().strip() : feed.name();
		// a '|' in the name would move the split: the WebUI would take the rest for the
		// URL
		return name.replace('|', '/') + "|" + feed.url();
	}

}
