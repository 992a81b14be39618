package dev.torrentd.qbittorrent.v2;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.automation.RssException;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssService;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.wire.QbValues;
import dev.torrentd.qbittorrent.wire.RssItemsJson;
import dev.torrentd.qbittorrent.wire.RssRuleJson;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/rss}, as qBittorrent 5.1's {@code RSSController} (WebAPI 2.11.4) over
 * the shared {@link RssService}: feeds and folders by {@code \}-separated path, rules by
 * name. Reads ({@code items}, {@code rules}, {@code matchingArticles}) accept GET and
 * POST; actions are POST only and answer an empty 200. A request the service refuses is
 * 409 with its one-line reason; a missing parameter is 400. Not served: 5.2's
 * {@code setFeedRefreshInterval} (feeds have no interval of their own) and
 * {@code cloneRule}.
 */
@RestController
@RequestMapping("/api/v2/rss")
class RssController {

	private static final Logger log = LoggerFactory.getLogger(RssController.class);

	private final RssService rss;

	private final QbProfile profile;

	RssController(RssService rss, QbProfile profile) {
		this.rss = rss;
		this.profile = profile;
	}

	// ---- feeds and folders

	/** 409 when the path is empty or taken, or its parent folder is missing. */
	@PostMapping("/addFolder")
	ResponseEntity<String> addFolder(@RequestParam String path) {
		this.rss.addFolder(path);
		return PlainText.empty();
	}

	/**
	 * {@code path} is required but may be empty: the feed is then named after its URL in
	 * the root folder (qBittorrent passes the URL as the path). 409 for a URL already
	 * subscribed or not http(s), or a path taken or in a missing folder.
	 */
	@PostMapping("/addFeed")
	ResponseEntity<String> addFeed(@RequestParam String url, @RequestParam String path) {
		this.rss.addFeed(url, path.isEmpty() ? url : path);
		return PlainText.empty();
	}

	/** 409 when there is no such feed or the URL is taken or invalid. */
	@PostMapping("/setFeedURL")
	ResponseEntity<String> setFeedUrl(@RequestParam String path, @RequestParam String url) {
		this.rss.setFeedUrl(path, url);
		return PlainText.empty();
	}

	/** A feed, or a folder with everything in it; 409 when there is no such item. */
	@PostMapping("/removeItem")
	ResponseEntity<String> removeItem(@RequestParam String path) {
		this.rss.removeItem(path);
		return PlainText.empty();
	}

	/** Moves or renames; 409 when the item is missing or the destination unusable. */
	@PostMapping("/moveItem")
	ResponseEntity<String> moveItem(@RequestParam String itemPath, @RequestParam String destPath) {
		this.rss.moveItem(itemPath, destPath);
		return PlainText.empty();
	}

	/**
	 * The tree of folders and feeds ({@link RssItemsJson}); {@code withData=true} adds
	 * the feeds' titles, states and articles (any other value is false, as qBittorrent's
	 * {@code parseBool}).
	 */
	@RequestMapping(path = "/items", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> items(@RequestParam(required = false) @Nullable String withData) {
		return RssItemsJson.items(this.rss.folders(), this.rss.feeds(), QbValues.bool(withData, false));
	}

	/**
	 * Without {@code articleId}, every article of the feed or folder; with it, that
	 * article of the feed (nothing when the item is a folder, as qBittorrent). Unknown
	 * items and articles are ignored.
	 */
	@PostMapping("/markAsRead")
	ResponseEntity<String> markAsRead(@RequestParam String itemPath,
			@RequestParam(required = false) @Nullable String articleId) {
		this.rss.markAsRead(itemPath, articleId);
		return PlainText.empty();
	}

	/**
	 * Fetches a feed, a folder's feeds, or ({@code ""}) every feed; unknown is ignored.
	 */
	@PostMapping("/refreshItem")
	ResponseEntity<String> refreshItem(@RequestParam String itemPath) {
		this.rss.refresh(itemPath);
		return PlainText.empty();
	}

	// ---- rules

	/**
	 * Creates or replaces a rule from {@code ruleDef} ({@link RssRuleJson#fromRuleDef}:
	 * keys left out take a new rule's defaults, as qBittorrent). 409 for a rule the
	 * service refuses (no name, a regular expression that does not compile), where
	 * qBittorrent would store a rule that never matches.
	 */
	@PostMapping("/setRule")
	ResponseEntity<String> setRule(@RequestParam String ruleName, @RequestParam String ruleDef) {
		this.rss.setRule(RssRuleJson.fromRuleDef(ruleName, ruleDef, this.rss::rule, feedUrls()));
		return PlainText.empty();
	}

	/**
	 * Always an empty 200, as qBittorrent, which ignores a rename it cannot do (no such
	 * rule, or the new name taken).
	 */
	@PostMapping("/renameRule")
	ResponseEntity<String> renameRule(@RequestParam String ruleName, @RequestParam String newRuleName) {
		try {
			this.rss.renameRule(ruleName, newRuleName);
		}
		catch (RssException ex) {
			log.debug("rss/renameRule ignored: {}", ex.getMessage());
		}
		return PlainText.empty();
	}

	/** An unknown rule is ignored. */
	@PostMapping("/removeRule")
	ResponseEntity<String> removeRule(@RequestParam String ruleName) {
		this.rss.removeRule(ruleName);
		return PlainText.empty();
	}

	/** {@code {name: ruleDef}} ({@link RssRuleJson#ruleDef}). */
	@RequestMapping(path = "/rules", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> rules() {
		List<String> feedUrls = feedUrls();
		Map<String, Object> json = new TreeMap<>();
		for (RssRule rule : this.rss.rules()) {
			json.put(rule.name(), RssRuleJson.ruleDef(rule, feedUrls, this.profile));
		}
		return json;
	}

	/**
	 * {@code {feedName: [article title]}}, feeds with no match left out; {} for an
	 * unknown rule.
	 */
	@RequestMapping(path = "/matchingArticles", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, List<String>> matchingArticles(@RequestParam String ruleName) {
		return new TreeMap<>(this.rss.matchingArticles(ruleName));
	}

	// ----

	private List<String> feedUrls() {
		return this.rss.feeds().stream().map(RssFeed::url).toList();
	}

}
