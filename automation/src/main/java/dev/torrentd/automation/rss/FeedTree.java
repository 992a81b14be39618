package dev.torrentd.automation.rss;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssException;
import dev.torrentd.automation.rss.RssStore.FeedsFile;
import org.jspecify.annotations.Nullable;

/**
 * The tree of folders and feeds, as qBittorrent's {@code RSS::Session} keeps it (its
 * error messages included): paths, idents, adds, moves, removals. Not thread-safe: every
 * method is called with the {@link RssState} lock held.
 */
final class FeedTree {

	/** Folder paths in creation order (moves keep their place). */
	private final List<String> folders = new ArrayList<>();

	/** Feeds in the order they were added. */
	private final List<FeedState> feeds = new ArrayList<>();

	private int nextFeedIdent;

	/**
	 * The tree as persisted.
	 * @param file {@code feeds.json}
	 */
	FeedTree(FeedsFile file) {
		this.nextFeedIdent = file.nextIdent();
		this.folders.addAll(file.folders());
		for (RssStore.StoredFeed stored : file.feeds()) {
			FeedState feed = FeedState.of(stored);
			this.feeds.add(feed);
			// idents are never reused, even when the file's counter lags behind
			this.nextFeedIdent = Math.max(this.nextFeedIdent, feed.ident + 1);
		}
	}

	/**
	 * The tree to persist.
	 * @return {@code feeds.json}
	 */
	FeedsFile file() {
		return new FeedsFile(this.nextFeedIdent, folders(), this.feeds.stream().map(FeedState::stored).toList());
	}

	/**
	 * Every folder, parents before children.
	 * @return folder paths
	 */
	List<String> folders() {
		List<String> ordered = new ArrayList<>(this.folders.size());
		addChildFolders("", ordered);
		return ordered;
	}

	private void addChildFolders(String parent, List<String> into) {
		for (String folder : this.folders) {
			if (RssPaths.parent(folder).equals(parent)) {
				into.add(folder);
				addChildFolders(folder, into);
			}
		}
	}

	/**
	 * The live feeds (not a copy: the caller holds the lock while it reads them).
	 * @return feeds in the order they were added
	 */
	List<FeedState> feeds() {
		return this.feeds;
	}

	boolean contains(FeedState feed) {
		return this.feeds.contains(feed);
	}

	@Nullable FeedState feed(int ident) {
		for (FeedState feed : this.feeds) {
			if (feed.ident == ident) {
				return feed;
			}
		}
		return null;
	}

	/**
	 * Adds a folder.
	 * @param path a normalized path
	 * @throws RssException if the path is invalid or taken, or its parent is missing
	 */
	void addFolder(String path) {
		prepareItemDest(path);
		this.folders.add(path);
	}

	/**
	 * Adds a feed with the next ident and a fresh braced uid.
	 * @param url an http(s) URL not yet subscribed
	 * @param path a normalized path, {@code ""} to name the feed after its URL (as
	 * qBittorrent's rss/addFeed)
	 * @return the new feed (not yet planned)
	 * @throws RssException if the URL is invalid or subscribed, or the path unusable
	 */
	FeedState addFeed(String url, String path) {
		requireFeedUrl(url);
		requireNewUrl(url);
		String named = path.isEmpty() ? url : path;
		prepareItemDest(named);
		FeedState feed = new FeedState(this.nextFeedIdent++, "{" + UUID.randomUUID() + "}", named, url);
		this.feeds.add(feed);
		return feed;
	}

	/**
	 * A feed by path.
	 * @param path a normalized path
	 * @return the feed
	 * @throws RssException if no feed has that path
	 */
	FeedState existingFeed(String path) {
		FeedState feed = feedByPath(path);
		if (feed == null) {
			throw new RssException("Feed doesn't exist: " + path + ".");
		}
		return feed;
	}

	/**
	 * Points a feed at another URL: its articles, title and error are dropped, and a
	 * fetch of the old URL under way is discarded (the generation changes).
	 * @param feed a feed of this tree
	 * @param url an http(s) URL not yet subscribed, other than the feed's
	 * @throws RssException if the URL is invalid or subscribed
	 */
	void changeUrl(FeedState feed, String url) {
		requireFeedUrl(url);
		requireNewUrl(url);
		feed.url = url;
		feed.generation++;
		feed.articles = new ArrayList<>();
		feed.title = "";
		feed.lastBuildDate = "";
		feed.error = null;
		feed.loading = false;
	}

	/**
	 * Removes an item and everything within it.
	 * @param path a normalized path
	 * @throws RssException for the root or an unknown item
	 */
	void remove(String path) {
		if (path.isEmpty()) {
			throw new RssException("Cannot delete root folder.");
		}
		if (!itemExists(path)) {
			throw new RssException("Item doesn't exist: " + path + ".");
		}
		this.feeds.removeIf((feed) -> RssPaths.isWithin(feed.path, path));
		this.folders.removeIf((folder) -> RssPaths.isWithin(folder, path));
	}

	/**
	 * Moves (renames) an item with everything within it.
	 * @param from a normalized path
	 * @param to the normalized new path
	 * @return whether anything moved ({@code false} when both paths are the same)
	 * @throws RssException for the root, an unknown item, a folder into itself or an
	 * unusable destination
	 */
	boolean move(String from, String to) {
		if (from.isEmpty()) {
			throw new RssException("Cannot move root folder.");
		}
		if (!itemExists(from)) {
			throw new RssException("Item doesn't exist: " + from + ".");
		}
		if (from.equals(to)) {
			return false;
		}
		boolean isFolder = this.folders.contains(from);
		if (isFolder && to.startsWith(from + RssPaths.SEPARATOR)) {
			throw new RssException("Can't move a folder into itself or its subfolders.");
		}
		prepareItemDest(to);
		for (FeedState feed : this.feeds) {
			if (RssPaths.isWithin(feed.path, from)) {
				feed.path = RssPaths.rebase(feed.path, from, to);
			}
		}
		this.folders
			.replaceAll((folder) -> RssPaths.isWithin(folder, from) ? RssPaths.rebase(folder, from, to) : folder);
		return true;
	}

	/**
	 * Marks one article of a feed, or every article within an item, read. Unknown items
	 * and articles are ignored (as qBittorrent).
	 * @param path a normalized path
	 * @param articleId one article of the feed at {@code path}, {@code null} for all
	 * @return whether an article changed
	 */
	boolean markAsRead(String path, @Nullable String articleId) {
		boolean changed = false;
		if (articleId != null) {
			FeedState feed = feedByPath(path);
			if (feed != null) {
				changed = feed.markRead(articleId);
			}
		}
		else if (itemExists(path)) {
			for (FeedState feed : feedsWithin(path)) {
				for (int i = 0; i < feed.articles.size(); i++) {
					RssArticle article = feed.articles.get(i);
					if (!article.read()) {
						feed.articles.set(i, article.markedRead());
						changed = true;
					}
				}
			}
		}
		return changed;
	}

	/**
	 * Keeps each feed's newest articles.
	 * @param max how many a feed keeps
	 * @return whether a feed lost articles
	 */
	boolean trimArticles(int max) {
		boolean trimmed = false;
		for (FeedState feed : this.feeds) {
			if (feed.articles.size() > max) {
				feed.articles = new ArrayList<>(feed.articles.subList(0, max));
				trimmed = true;
			}
		}
		return trimmed;
	}

	/**
	 * Whether an item exists.
	 * @param path a normalized path, {@code ""} the root (always there)
	 * @return true for the root, a folder or a feed
	 */
	boolean itemExists(String path) {
		return path.isEmpty() || this.folders.contains(path) || feedByPath(path) != null;
	}

	/**
	 * The feeds an item holds.
	 * @param path a normalized path: a feed, a folder or the root
	 * @return the feed itself, or the feeds within the folder
	 */
	List<FeedState> feedsWithin(String path) {
		return this.feeds.stream().filter((feed) -> RssPaths.isWithin(feed.path, path)).toList();
	}

	private void prepareItemDest(String path) {
		if (!RssPaths.isValid(path)) {
			throw new RssException("Incorrect RSS Item path: " + path + ".");
		}
		if (itemExists(path)) {
			throw new RssException("RSS item with given path already exists: " + path + ".");
		}
		String parent = RssPaths.parent(path);
		if (!parent.isEmpty() && !this.folders.contains(parent)) {
			throw new RssException("Parent folder doesn't exist: " + parent + ".");
		}
	}

	private @Nullable FeedState feedByPath(String path) {
		for (FeedState feed : this.feeds) {
			if (feed.path.equals(path)) {
				return feed;
			}
		}
		return null;
	}

	private void requireNewUrl(String url) {
		for (FeedState feed : this.feeds) {
			if (feed.url.equals(url)) {
				throw new RssException("RSS feed with given URL already exists: " + url + ".");
			}
		}
	}

	private static void requireFeedUrl(String url) {
		if (Urls.httpUri(url) == null) {
			throw new RssException("Invalid RSS feed URL: " + url + ".");
		}
	}

}
