package dev.torrentd.automation.rss;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.torrentd.automation.RssArticle;

/**
 * What a feed holds after a fetch, as qBittorrent's {@code Feed}: articles it already
 * knew keep their read state (their other fields are refreshed), articles gone from the
 * feed are kept, the newest {@code max} are kept. Pure.
 */
final class ArticleMerge {

	private ArticleMerge() {
	}

	/**
	 * Merges a fetch into a feed's articles.
	 * @param known the feed's articles, newest first
	 * @param fetched the fetched articles in feed order
	 * @param max how many to keep (at least 1)
	 * @return the articles to keep and the ids among them that are new
	 */
	static Result merge(List<RssArticle> known, List<RssArticle> fetched, int max) {
		Map<String, RssArticle> byId = new HashMap<>();
		for (RssArticle article : known) {
			byId.put(article.id(), article);
		}
		List<RssArticle> merged = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (RssArticle article : fetched) {
			RssArticle old = byId.get(article.id());
			merged.add((old != null && old.read()) ? article.markedRead() : article);
			seen.add(article.id());
		}
		for (RssArticle article : known) {
			if (!seen.contains(article.id())) {
				merged.add(article);
			}
		}
		// newest first; only when every article has a date can they be ordered by it
		if (merged.stream().allMatch((article) -> article.date() != null)) {
			merged.sort(Comparator.comparing(RssArticle::date, Comparator.<Instant>reverseOrder()));
		}
		List<RssArticle> kept = merged.subList(0, Math.min(merged.size(), Math.max(1, max)));
		Set<String> fresh = new LinkedHashSet<>();
		for (RssArticle article : kept) {
			if (!byId.containsKey(article.id())) {
				fresh.add(article.id());
			}
		}
		return new Result(List.copyOf(kept), fresh);
	}

	/**
	 * A merge's outcome.
	 *
	 * @param articles newest first
	 * @param newIds the ids of articles the feed did not have before
	 */
	record Result(List<RssArticle> articles, Set<String> newIds) {

		Result {
			articles = List.copyOf(articles);
			newIds = Set.copyOf(newIds);
		}

	}

}
