package dev.torrentd.automation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.torrentd.engine.AddOptions;
import org.jspecify.annotations.Nullable;

/**
 * RSS feeds, their folders and the download rules, shared by both dialects: qBittorrent
 * addresses feeds and folders by path ({@code \}-separated) and rules by name, µTorrent
 * by integer ident. Every change is persisted in the state directory before the method
 * returns. Paths are trimmed of leading and trailing {@code \}; {@code ""} is the root
 * folder.
 */
public interface RssService {

	/**
	 * The RSS settings.
	 * @return the current settings
	 */
	RssSettings settings();

	/**
	 * Replaces the RSS settings; a shorter refresh interval reschedules the feeds.
	 * @param settings the new settings
	 */
	void applySettings(RssSettings settings);

	/**
	 * Every folder, parents before children (as {@code rss/items} nests them).
	 * @return folder paths, without the root
	 */
	List<String> folders();

	/**
	 * Every feed, in the order they were added.
	 * @return the feeds with their articles
	 */
	List<RssFeed> feeds();

	/**
	 * One feed by µTorrent ident.
	 * @param ident the feed id
	 * @return the feed, or empty
	 */
	Optional<RssFeed> feed(int ident);

	/**
	 * Creates a folder; as in qBittorrent, its parent folder must exist.
	 * @param path the new folder's path
	 * @throws RssException if the path is empty, taken, or its parent folder is missing
	 */
	void addFolder(String path);

	/**
	 * Subscribes to a feed and fetches it soon (asynchronously).
	 * @param url the feed's URL (http or https)
	 * @param path where it goes in the tree, its last segment the name; {@code ""} names
	 * it after its URL in the root folder
	 * @return the new feed
	 * @throws RssException if the URL is not http(s) or already subscribed, or the path
	 * is taken or its folder missing
	 */
	RssFeed addFeed(String url, String path);

	/**
	 * Changes a feed's URL (its articles are dropped, then fetched again).
	 * @param path the feed's path
	 * @param url the new URL
	 * @throws RssException if there is no such feed or the URL is taken or invalid
	 */
	void setFeedUrl(String path, String url);

	/**
	 * Changes µTorrent's per-feed switches.
	 * @param path the feed's path
	 * @param enabled refreshed on schedule
	 * @param subscribed µTorrent USER SELECTED
	 * @param smartFilter µTorrent smart-filter
	 * @throws RssException if there is no such feed
	 */
	void setFeedFlags(String path, boolean enabled, boolean subscribed, boolean smartFilter);

	/**
	 * Removes a feed, or a folder with everything in it.
	 * @param path the item's path
	 * @throws RssException if there is no such item or the path is the root
	 */
	void removeItem(String path);

	/**
	 * Moves or renames a feed or folder.
	 * @param itemPath the item's path
	 * @param destPath its new path (the last segment is the new name)
	 * @throws RssException if the item is missing, the destination taken or its folder
	 * missing, or a folder would move into itself
	 */
	void moveItem(String itemPath, String destPath);

	/**
	 * Marks one article, or every article of a feed or folder, read. Unknown items are
	 * ignored (as qBittorrent).
	 * @param itemPath a feed or folder path
	 * @param articleId one article's id, or {@code null} for all
	 */
	void markAsRead(String itemPath, @Nullable String articleId);

	/**
	 * Fetches a feed, or every feed in a folder, now (asynchronously). Unknown items are
	 * ignored.
	 * @param itemPath a feed or folder path; {@code ""} for every feed
	 */
	void refresh(String itemPath);

	/**
	 * Every rule, in the order they were created.
	 * @return the rules
	 */
	List<RssRule> rules();

	/**
	 * One rule by name.
	 * @param name the rule's name
	 * @return the rule, or empty
	 */
	Optional<RssRule> rule(String name);

	/**
	 * One rule by µTorrent ident.
	 * @param ident the filter id
	 * @return the rule, or empty
	 */
	Optional<RssRule> rule(int ident);

	/**
	 * Creates or replaces the rule with this name. A rule that exists keeps its ident; a
	 * new one gets the next. The rule is then applied to the articles already fetched.
	 * @param rule the rule
	 * @return the rule as stored (with its ident)
	 * @throws RssException if the name is empty or a regular expression does not compile
	 */
	RssRule setRule(RssRule rule);

	/**
	 * Creates a rule under a name no rule has (µTorrent's {@code filter-update} with
	 * {@code filter-id=-1}): unlike {@link #setRule} it never replaces a rule, so two
	 * clients creating a filter at once get two filters or an error, never one. The rule
	 * is then applied to the articles already fetched.
	 * @param rule the rule (its ident is ignored)
	 * @return the rule as stored (with its new ident)
	 * @throws RssException if the name is empty or taken ("Rule already exists: X."), or
	 * a regular expression does not compile
	 */
	RssRule createRule(RssRule rule);

	/**
	 * Changes a rule atomically (µTorrent's {@code filter-update}): the change is given
	 * the rule as stored at that moment, under the service's lock, so what the server
	 * records meanwhile (last match, previously matched episodes) is never overwritten
	 * with an older copy. A change of name renames the rule; the ident stays. The rule is
	 * then applied to the articles already fetched.
	 * @param ident the rule's µTorrent ident
	 * @param change makes the new rule from the stored one; runs with the lock held, so
	 * it must be quick and may call this service's read methods but not wait on other
	 * threads
	 * @return the rule as stored
	 * @throws RssException if there is no such rule, the new name is empty or taken, or a
	 * regular expression does not compile; whatever {@code change} throws passes through
	 * and nothing changes
	 */
	RssRule updateRule(int ident, UnaryOperator<RssRule> change);

	/**
	 * Renames a rule.
	 * @param name its name
	 * @param newName the new name
	 * @throws RssException if there is no such rule or the new name is taken or empty
	 */
	void renameRule(String name, String newName);

	/**
	 * Removes a rule; an unknown name is ignored (as qBittorrent).
	 * @param name the rule's name
	 */
	void removeRule(String name);

	/**
	 * The fetched articles a rule matches, per feed name (qBittorrent
	 * {@code rss/matchingArticles}).
	 * @param ruleName the rule's name
	 * @return feed name → matching article titles; empty for an unknown rule
	 */
	Map<String, List<String>> matchingArticles(String ruleName);

	/**
	 * µTorrent's {@code add-unknown-url}: a magnet is added; an http(s) URL is fetched
	 * and added as a torrent if it answers with a .torrent file, subscribed as a feed if
	 * it answers with RSS or Atom.
	 * @param url the URL
	 * @param options how to add a torrent
	 * @return what it became
	 * @throws RssException if the URL is neither (one-line reason)
	 */
	UnknownUrlResult addUnknownUrl(String url, AddOptions options);

}
