package dev.torrentd.utorrent.gui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.utorrent.error.GuiException;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.settings.SettingValues;
import dev.torrentd.utorrent.wire.RssFilterRow;
import org.jspecify.annotations.Nullable;

/**
 * What {@code filter-update} (µTorrent Server manual, "RSS Filter Actions") makes of a
 * rule: only the parameters given change it. A new filter is a wildcard rule for every
 * feed, named {@value #DEFAULT_NAME} (numbered when taken: rules are unique by name) when
 * the request gives no name — the reference WebUI creates filters with
 * {@code filter-id=-1} alone and sends the fields afterwards. Pure.
 *
 * <p>
 * Parameters: {@code name}, {@code filter}, {@code not-filter} (wildcards: giving either
 * makes the rule a wildcard rule), {@code save-in} (absolute, or "" for the default),
 * {@code label}, {@code episode} and {@code episode-filter} (the expression and its
 * switch; an expression given without the switch turns it on), {@code quality} (bit
 * mask), {@code postpone-mode}, {@code origname}, {@code prio} (the rule runs before the
 * others: qBittorrent priority -1), {@code smart-ep-filter}, {@code add-stopped} and
 * {@code feed-id} (-1 = every feed, else that feed only); and, torrentd's addition since
 * the reference WebUI has no switch for it, {@code enabled}. Booleans are 1/0 or
 * true/false.
 *
 * <p>
 * µTorrent's empty FILTER matches nothing, qBittorrent's empty must-contain everything: a
 * filter whose FILTER is empty is stored as a disabled rule, and shown enabled (see
 * {@link RssFilterRow}); giving it a FILTER turns it on.
 */
final class FilterUpdate {

	/** The name of a new filter the request does not name. */
	static final String DEFAULT_NAME = "New Filter";

	private FilterUpdate() {
	}

	/**
	 * Applies a request to a rule.
	 * @param current the rule, or null to make a new one
	 * @param query the request
	 * @param feeds the feed of an ident
	 * @param nameTaken whether a rule has a name (for a new filter's default name)
	 * @return the rule to store (with the request's name, which may differ from
	 * {@code current}'s)
	 * @throws GuiException for a value that is not of its parameter's type, an unknown
	 * feed or a relative {@code save-in}
	 */
	static RssRule apply(@Nullable RssRule current, GuiQuery query, IntFunction<Optional<RssFeed>> feeds,
			Predicate<String> nameTaken) {
		String name = query.first("name");
		RssRule base = (current != null) ? current
				: RssRule.named((name != null) ? name : defaultName(nameTaken)).allFeeds(true).build();
		RssRule.Builder rule = base.toBuilder();
		if (name != null) {
			rule.name(name);
		}

		String filter = query.first("filter");
		String notFilter = query.first("not-filter");
		Boolean enabledParam = bool(query, "enabled");
		boolean shownEnabled = (enabledParam != null) ? enabledParam
				: (current == null || RssFilterRow.shownEnabled(current));
		String shownFilter = (filter != null) ? filter : (current != null) ? RssFilterRow.filter(current) : "";
		rule.enabled(shownEnabled && !shownFilter.isBlank());
		if (filter != null) {
			rule.mustContain(filter.strip());
		}
		if (notFilter != null) {
			rule.mustNotContain(notFilter.strip());
		}
		if (current == null || filter != null || notFilter != null) {
			rule.useRegex(false);
		}

		String saveIn = query.first("save-in");
		if (saveIn != null) {
			rule.savePath(savePath(saveIn));
		}
		String label = query.first("label");
		if (label != null) {
			rule.category(label.strip());
		}

		String episode = query.first("episode");
		Boolean episodeOn = bool(query, "episode-filter");
		if (episode != null || episodeOn != null) {
			String expression = ((episode != null) ? episode : base.episodeFilter()).strip();
			boolean on = (episodeOn != null) ? episodeOn : !expression.isEmpty();
			rule.episodeFilter(on ? expression : "");
		}

		Integer quality = integer(query, "quality");
		if (quality != null) {
			rule.quality(quality);
		}
		Integer postpone = postponeMode(query);
		if (postpone != null) {
			rule.postponeMode(postpone);
		}
		Boolean origName = bool(query, "origname");
		if (origName != null) {
			rule.matchOriginalName(origName);
		}
		Boolean prio = bool(query, "prio");
		if (prio != null) {
			int priority = base.priority();
			rule.priority(prio ? Math.min(priority, -1) : Math.max(priority, 0));
		}
		Boolean smart = bool(query, "smart-ep-filter");
		if (smart != null) {
			rule.smartFilter(smart);
		}
		Boolean addStopped = bool(query, "add-stopped");
		if (addStopped != null) {
			// off: the server's default, unless the rule said "always started"
			rule.addStopped(
					addStopped ? Boolean.TRUE : Boolean.TRUE.equals(base.addStopped()) ? null : base.addStopped());
		}
		Integer feedId = integer(query, "feed-id");
		if (feedId != null) {
			if (feedId == RssFilterRow.ALL_FEEDS) {
				rule.allFeeds(true);
			}
			else {
				RssFeed feed = feeds.apply(feedId)
					.orElseThrow(() -> new GuiException("No such RSS feed: " + query.first("feed-id")));
				rule.allFeeds(false).affectedFeeds(List.of(feed.url()));
			}
		}
		return rule.build();
	}

	/**
	 * The name of a new filter: {@value #DEFAULT_NAME}, else {@code "New Filter 2"}, …
	 * @param taken whether a name is taken
	 * @return the first free name
	 */
	static String defaultName(Predicate<String> taken) {
		String name = DEFAULT_NAME;
		for (int n = 2; taken.test(name); n++) {
			name = DEFAULT_NAME + " " + n;
		}
		return name;
	}

	private static String savePath(String value) {
		String path = value.strip();
		if (path.isEmpty()) {
			return "";
		}
		try {
			if (Path.of(path).isAbsolute()) {
				return path;
			}
		}
		catch (InvalidPathException ex) {
			// reported below
		}
		throw new GuiException("Invalid save-in: it must be an absolute path");
	}

	/** The manual calls it a boolean, the reference WebUI sends the interval's index. */
	private static @Nullable Integer postponeMode(GuiQuery query) {
		String value = query.first("postpone-mode");
		if (value == null) {
			return null;
		}
		Boolean asBoolean = SettingValues.parseBoolean(value);
		if (asBoolean != null && !value.strip().matches("\\d+")) {
			return asBoolean ? 1 : 0;
		}
		return integer(query, "postpone-mode");
	}

	/**
	 * A boolean parameter: 1/0 or true/false.
	 * @param query the request
	 * @param name the parameter
	 * @return the value, or null when absent
	 * @throws GuiException when it is neither
	 */
	static @Nullable Boolean bool(GuiQuery query, String name) {
		String value = query.first(name);
		if (value == null) {
			return null;
		}
		Boolean parsed = SettingValues.parseBoolean(value);
		if (parsed == null) {
			throw new GuiException("Invalid " + name + ": " + value + " (1, 0, true or false)");
		}
		return parsed;
	}

	/**
	 * An integer parameter.
	 * @param query the request
	 * @param name the parameter
	 * @return the value, or null when absent or blank
	 * @throws GuiException when it is not an integer
	 */
	static @Nullable Integer integer(GuiQuery query, String name) {
		String value = query.first(name);
		if (value == null || value.isBlank()) {
			return null;
		}
		Long parsed = SettingValues.parseInteger(value);
		if (parsed == null || parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
			throw new GuiException("Invalid " + name + ": " + value);
		}
		return parsed.intValue();
	}

}
