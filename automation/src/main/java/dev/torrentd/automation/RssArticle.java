package dev.torrentd.automation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One item of a feed, as qBittorrent's {@code rss/items?withData=true} lists it and
 * µTorrent's {@code rssfeeds} item rows carry it.
 *
 * @param id the article's id within its feed: the item's guid, else its link, else its
 * title (as qBittorrent)
 * @param title the item's title
 * @param link the item's link, if any
 * @param torrentUrl what to add for this item: the torrent enclosure's URL, a
 * {@code torrent:magnetURI} value, a magnet link, or else the link; {@code null} when the
 * item points at nothing addable
 * @param date when the item was published, if the feed says
 * @param description the item's description (may be empty)
 * @param author the item's author (may be empty)
 * @param read whether the user marked it read or a rule downloaded it (µTorrent: IN
 * HISTORY)
 */
public record RssArticle(String id, String title, @Nullable String link, @Nullable String torrentUrl,
		@Nullable Instant date, String description, String author, boolean read) {

	/**
	 * The same article marked read.
	 * @return a copy with {@code read = true}
	 */
	public RssArticle markedRead() {
		return new RssArticle(this.id, this.title, this.link, this.torrentUrl, this.date, this.description, this.author,
				true);
	}

}
