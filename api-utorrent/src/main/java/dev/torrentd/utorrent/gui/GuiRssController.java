package dev.torrentd.utorrent.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssService;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.utorrent.error.GuiException;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.wire.RssFeedRow;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The RSS actions (µTorrent Server manual, "RSS Feed Actions", "RSS Filter Actions",
 * add-unknown-url) over the shared {@link RssService}: feeds and filters are addressed by
 * their integer idents; a µTorrent feed's alias is the feed's name in the service's tree
 * (renamed in place, so a feed a qBittorrent client put in a folder stays there). An
 * unknown ident, a refused value or a service refusal is {@code {"build":N,"error":"…"}}.
 */
@RestController
@RequestMapping(path = "/gui/", method = { RequestMethod.GET, RequestMethod.POST })
class GuiRssController {

	/** The {@code feed-id}/{@code filter-id} of a new feed or filter. */
	private static final int NEW = -1;

	private final RssService rss;

	private final GuiReplies replies;

	private final DownloadDirs dirs;

	GuiRssController(RssService rss, GuiReplies replies, DownloadDirs dirs) {
		this.rss = rss;
		this.replies = replies;
		this.dirs = dirs;
	}

	/**
	 * Creates a feed ({@code feed-id} -1 or absent; {@code url} required, {@code alias}
	 * optional: without one the feed is named after its URL and shows its own title) and
	 * answers its {@code rss_ident}; or changes one: {@code url}, {@code alias} ("" drops
	 * the alias), {@code enabled}, {@code subscribe}, {@code smart-filter}, and
	 * {@code update=1} fetches it now.
	 */
	@RequestMapping(params = "action=rss-update")
	ResponseEntity<String> rssUpdate(GuiQuery query) {
		int id = ident(query, "feed-id");
		String url = blankToNull(query.first("url"));
		String alias = query.first("alias");
		Boolean enabled = FilterUpdate.bool(query, "enabled");
		Boolean subscribe = FilterUpdate.bool(query, "subscribe");
		// utorrentctl's rss_set_props sends its attribute name, smart_filter
		Boolean smartFilter = (query.first("smart-filter") != null) ? FilterUpdate.bool(query, "smart-filter")
				: FilterUpdate.bool(query, "smart_filter");
		Boolean update = FilterUpdate.bool(query, "update");
		if (id == NEW) {
			if (url == null) {
				throw new GuiException("Can't add RSS feed: no URL given (url=)");
			}
			String name = (alias != null && !alias.isBlank()) ? aliasName(alias) : "";
			RssFeed feed = this.rss.addFeed(url, name);
			setFlags(feed, enabled, subscribe, smartFilter);
			return this.replies.reply(query, Map.of("rss_ident", feed.ident()));
		}
		RssFeed feed = feed(id);
		String path = feed.path();
		String currentUrl = feed.url();
		if (url != null && !url.equals(currentUrl)) {
			this.rss.setFeedUrl(path, url);
			currentUrl = url;
		}
		// a feed without an alias is named after its URL, and follows it
		String name = (alias != null) ? (alias.isBlank() ? currentUrl : aliasName(alias))
				: RssFeedRow.usesFeedTitle(feed) ? currentUrl : null;
		if (name != null) {
			if (!name.equals(feed.name())) {
				int slash = path.lastIndexOf('\\');
				String dest = (slash < 0) ? name : path.substring(0, slash + 1) + name;
				this.rss.moveItem(path, dest);
				path = dest;
			}
		}
		setFlags(this.rss.feed(id).orElse(feed), enabled, subscribe, smartFilter);
		if (Boolean.TRUE.equals(update)) {
			this.rss.refresh(path);
		}
		return this.replies.ok(query);
	}

	/** Removes feeds: {@code feed-id}, or {@code feedid} as @ctrl/utorrent sends it. */
	@RequestMapping(params = "action=rss-remove")
	ResponseEntity<String> rssRemove(GuiQuery query) {
		List<String> ids = new ArrayList<>(query.all("feed-id"));
		ids.addAll(query.all("feedid"));
		if (ids.isEmpty()) {
			throw new GuiException("No RSS feed given (feed-id=)");
		}
		List<RssFeed> feeds = new ArrayList<>();
		for (String id : ids) {
			feeds.add(feed(parseIdent("feed-id", id)));
		}
		for (RssFeed feed : feeds) {
			this.rss.removeItem(feed.path());
		}
		return this.replies.ok(query);
	}

	/**
	 * Creates a filter ({@code filter-id} -1 or absent) and answers its
	 * {@code filter_ident}, or changes the given fields of one ({@link FilterUpdate}).
	 */
	@RequestMapping(params = "action=filter-update")
	ResponseEntity<String> filterUpdate(GuiQuery query) {
		int id = ident(query, "filter-id");
		if (id == NEW) {
			RssRule created = this.rss
				.createRule(FilterUpdate.apply(null, query, this.rss::feed, (name) -> this.rss.rule(name).isPresent()));
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("filter_ident", created.ident());
			return this.replies.reply(query, body);
		}
		rule(id);
		// applied to the rule as stored at that moment: a match recorded meanwhile stays
		this.rss.updateRule(id, (current) -> FilterUpdate.apply(current, query, this.rss::feed,
				(name) -> this.rss.rule(name).isPresent()));
		return this.replies.ok(query);
	}

	/** Removes filters ({@code filter-id}). */
	@RequestMapping(params = "action=filter-remove")
	ResponseEntity<String> filterRemove(GuiQuery query) {
		List<String> ids = query.all("filter-id");
		if (ids.isEmpty()) {
			throw new GuiException("No RSS filter given (filter-id=)");
		}
		List<RssRule> rules = new ArrayList<>();
		for (String id : ids) {
			rules.add(rule(parseIdent("filter-id", id)));
		}
		for (RssRule rule : rules) {
			this.rss.removeRule(rule.name());
		}
		return this.replies.ok(query);
	}

	/**
	 * {@code add-unknown-url}: a magnet or a .torrent link is added (with
	 * {@code download_dir} and {@code path} as add-url), an RSS or Atom URL subscribed.
	 */
	@RequestMapping(params = "action=add-unknown-url")
	ResponseEntity<String> addUnknownUrl(GuiQuery query) {
		String url = query.addUrl();
		if (url == null || url.isBlank()) {
			throw new GuiException("Can't add: no URL given (s=)");
		}
		int cookie = url.indexOf(":COOKIE:");
		if (cookie >= 0) {
			url = url.substring(0, cookie);
		}
		Path savePath = this.dirs.savePath(query.first("download_dir"), query.first("path"));
		this.rss.addUnknownUrl(url.strip(), AddOptions.builder().savePath(savePath).build());
		return this.replies.ok(query);
	}

	private void setFlags(RssFeed feed, @Nullable Boolean enabled, @Nullable Boolean subscribe,
			@Nullable Boolean smartFilter) {
		boolean on = (enabled != null) ? enabled : feed.enabled();
		boolean subscribed = (subscribe != null) ? subscribe : feed.subscribed();
		boolean smart = (smartFilter != null) ? smartFilter : feed.smartFilter();
		if (on != feed.enabled() || subscribed != feed.subscribed() || smart != feed.smartFilter()) {
			this.rss.setFeedFlags(feed.path(), on, subscribed, smart);
		}
	}

	private RssFeed feed(int id) {
		return this.rss.feed(id).orElseThrow(() -> new GuiException("No such RSS feed: " + id));
	}

	private RssRule rule(int id) {
		return this.rss.rule(id).orElseThrow(() -> new GuiException("No such RSS filter: " + id));
	}

	/**
	 * A µTorrent alias is a name, not a path: a backslash (the tree's separator) would
	 * put the feed in a folder.
	 */
	private static String aliasName(String alias) {
		return alias.strip().replace('\\', '/');
	}

	/** An id parameter; absent, blank or -1 means a new one. */
	private static int ident(GuiQuery query, String name) {
		String value = query.first(name);
		return (value == null || value.isBlank()) ? NEW : parseIdent(name, value);
	}

	private static int parseIdent(String name, String value) {
		try {
			int id = Integer.parseInt(value.strip());
			return (id < 0) ? NEW : id;
		}
		catch (NumberFormatException ex) {
			throw new GuiException("Invalid " + name + ": " + value);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
