package dev.torrentd.automation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One subscribed feed. qBittorrent addresses it by {@code path} (folders and the feed's
 * name joined by {@code \}), µTorrent by {@code ident}.
 *
 * @param ident µTorrent's integer feed id (IDENT, {@code feed-id}); positive, never
 * reused
 * @param uid qBittorrent's {@code uid}: a UUID in braces, as qBittorrent writes it
 * @param path the feed's place in the tree, e.g. {@code "TV\\Show feed"}; its last
 * segment is the name (µTorrent: alias)
 * @param url the feed's URL
 * @param enabled µTorrent ENABLED: a disabled feed is not refreshed on schedule
 * @param subscribed µTorrent USER SELECTED ({@code subscribe})
 * @param smartFilter µTorrent {@code smart-filter} on the feed
 * @param title the feed's own title from its last fetch (empty before)
 * @param lastBuildDate the feed's {@code lastBuildDate}/{@code updated} text as the feed
 * wrote it (empty when absent)
 * @param lastRefresh when it was last fetched (successfully or not)
 * @param nextRefresh when it will be fetched next on schedule (µTorrent NEXT UPDATE)
 * @param loading a fetch is under way (qBittorrent {@code isLoading})
 * @param error why the last fetch failed, or {@code null} (qBittorrent {@code hasError})
 * @param articles newest first, at most the configured maximum per feed
 */
public record RssFeed(int ident, String uid, String path, String url, boolean enabled, boolean subscribed,
		boolean smartFilter, String title, String lastBuildDate, @Nullable Instant lastRefresh,
		@Nullable Instant nextRefresh, boolean loading, @Nullable String error, List<RssArticle> articles) {

	public RssFeed {
		articles = List.copyOf(articles);
	}

	/**
	 * The feed's name: the last segment of its path (µTorrent: the alias).
	 * @return the name
	 */
	public String name() {
		int slash = this.path.lastIndexOf('\\');
		return (slash < 0) ? this.path : this.path.substring(slash + 1);
	}

}
