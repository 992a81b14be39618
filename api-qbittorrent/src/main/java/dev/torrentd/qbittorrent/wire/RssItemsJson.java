package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssFeed;
import org.jspecify.annotations.Nullable;

/**
 * qBittorrent's {@code rss/items} tree (spec §3.7; {@code Folder::toJsonValue} and
 * {@code Feed::toJsonValue} in qBittorrent 5.1.4): the root folder as an object whose
 * keys are the names of its items, a folder as a nested object of the same kind, a feed
 * as {@code {uid, url}}, and with data also
 * {@code title, lastBuildDate, isLoading, hasError, articles}. Keys are sorted, as Qt's
 * {@code QJsonObject} keeps them.
 */
public final class RssItemsJson {

	private RssItemsJson() {
	}

	/**
	 * The tree.
	 * @param folders every folder path, parents first
	 * @param feeds every feed
	 * @param withData whether feeds carry their title, state and articles
	 * @return the root object, a new mutable map
	 */
	public static Map<String, Object> items(List<String> folders, List<RssFeed> feeds, boolean withData) {
		Map<String, Object> root = new TreeMap<>();
		for (String folder : folders) {
			folder(root, segments(folder));
		}
		for (RssFeed feed : feeds) {
			List<String> segments = segments(feed.path());
			if (segments.isEmpty()) {
				continue;
			}
			Map<String, Object> parent = folder(root, segments.subList(0, segments.size() - 1));
			parent.put(segments.get(segments.size() - 1), feed(feed, withData));
		}
		return root;
	}

	/**
	 * One feed.
	 * @param feed the feed
	 * @param withData whether to add its title, state and articles
	 * @return {@code {uid, url}}, with data also {@code title} (the feed's own title,
	 * {@code ""} before its first fetch), {@code lastBuildDate}, {@code isLoading},
	 * {@code hasError} and {@code articles} (newest first)
	 */
	public static Map<String, Object> feed(RssFeed feed, boolean withData) {
		Map<String, Object> json = new TreeMap<>();
		json.put("uid", feed.uid());
		json.put("url", feed.url());
		if (withData) {
			json.put("title", feed.title());
			json.put("lastBuildDate", feed.lastBuildDate());
			json.put("isLoading", feed.loading());
			json.put("hasError", feed.error() != null);
			List<Map<String, Object>> articles = new ArrayList<>();
			for (RssArticle article : feed.articles()) {
				articles.add(article(article));
			}
			json.put("articles", articles);
		}
		return json;
	}

	/**
	 * One article as qBittorrent shows the item it parsed: {@code id}, {@code date} (RFC
	 * 2822 text, {@link Rfc2822}; the fetch time stands in for an item without one, as
	 * qBittorrent's fallback date) and {@code torrentURL} (null when the item points at
	 * nothing) always; {@code title}, {@code author}, {@code description} and
	 * {@code link} only when the item has them (qBittorrent copies only the elements the
	 * feed wrote, and takes a magnet {@code <link>} for the torrent URL alone);
	 * {@code isRead: true} only once the article is read (as qBittorrent, which adds the
	 * key when an article is marked read; readers treat a missing key as {@code false}).
	 * @param article the article
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> article(RssArticle article) {
		Map<String, Object> json = new TreeMap<>();
		json.put("id", article.id());
		json.put("date", Rfc2822.format(article.date()));
		json.put("torrentURL", article.torrentUrl());
		putIfPresent(json, "title", article.title());
		putIfPresent(json, "author", article.author());
		putIfPresent(json, "description", article.description());
		String link = article.link();
		if (link != null && !link.regionMatches(true, 0, "magnet:", 0, 7)) {
			putIfPresent(json, "link", link);
		}
		if (article.read()) {
			json.put("isRead", true);
		}
		return json;
	}

	private static void putIfPresent(Map<String, Object> json, String key, @Nullable String value) {
		if (value != null && !value.isEmpty()) {
			json.put(key, value);
		}
	}

	/** The folder object at a path, created (with its parents) when missing. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> folder(Map<String, Object> root, List<String> segments) {
		Map<String, Object> current = root;
		for (String segment : segments) {
			Object child = current.get(segment);
			if (!(child instanceof Map)) {
				child = new TreeMap<String, Object>();
				current.put(segment, child);
			}
			current = (Map<String, Object>) child;
		}
		return current;
	}

	/** A {@code \}-separated path's names, without empty ones (as qBittorrent trims). */
	private static List<String> segments(String path) {
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("\\\\")) {
			if (!segment.isEmpty()) {
				segments.add(segment);
			}
		}
		return segments;
	}

}
