package dev.torrentd.automation.rss;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.rss.RssStore.StoredFeed;
import org.jspecify.annotations.Nullable;

/** One feed while the service runs; guarded by the manager's lock. */
final class FeedState {

	final int ident;

	final String uid;

	String path;

	String url;

	boolean enabled;

	boolean subscribed;

	boolean smartFilter;

	String title = "";

	String lastBuildDate = "";

	@Nullable Instant lastRefresh;

	@Nullable Instant nextRefresh;

	boolean loading;

	@Nullable String error;

	/** Newest first. */
	List<RssArticle> articles = new ArrayList<>();

	/** Bumped whenever the URL changes, so that a fetch of the old URL is discarded. */
	int generation;

	FeedState(int ident, String uid, String path, String url) {
		this.ident = ident;
		this.uid = uid;
		this.path = path;
		this.url = url;
		this.enabled = true;
		this.subscribed = true;
	}

	static FeedState of(StoredFeed stored) {
		FeedState feed = new FeedState(stored.ident(), stored.uid(), stored.path(), stored.url());
		feed.enabled = stored.enabled();
		feed.subscribed = stored.subscribed();
		feed.smartFilter = stored.smartFilter();
		feed.title = stored.title();
		feed.lastBuildDate = stored.lastBuildDate();
		feed.lastRefresh = stored.lastRefresh();
		feed.error = stored.error();
		feed.articles = new ArrayList<>(stored.articles());
		return feed;
	}

	StoredFeed stored() {
		return new StoredFeed(this.ident, this.uid, this.path, this.url, this.enabled, this.subscribed,
				this.smartFilter, this.title, this.lastBuildDate, this.lastRefresh, this.error, this.articles);
	}

	RssFeed snapshot() {
		return new RssFeed(this.ident, this.uid, this.path, this.url, this.enabled, this.subscribed, this.smartFilter,
				this.title, this.lastBuildDate, this.lastRefresh, this.nextRefresh, this.loading, this.error,
				this.articles);
	}

	/**
	 * One of the feed's articles.
	 * @param id the article's id
	 * @return it, or {@code null} when the feed no longer holds it
	 */
	@Nullable RssArticle article(String id) {
		for (RssArticle article : this.articles) {
			if (article.id().equals(id)) {
				return article;
			}
		}
		return null;
	}

	/**
	 * Marks one article read.
	 * @param articleId the article's id
	 * @return whether it changed (false when unknown or read already)
	 */
	boolean markRead(String articleId) {
		for (int i = 0; i < this.articles.size(); i++) {
			RssArticle article = this.articles.get(i);
			if (article.id().equals(articleId)) {
				if (article.read()) {
					return false;
				}
				this.articles.set(i, article.markedRead());
				return true;
			}
		}
		return false;
	}

	/** The name the rules' {@code matchingArticles} lists a feed under. */
	String name() {
		return RssPaths.name(this.path);
	}

}
