package dev.torrentd.qbittorrent.wire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import dev.torrentd.automation.RssRule;
import dev.torrentd.qbittorrent.QbProfile;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * qBittorrent's rule definition ({@code ruleDef} of {@code rss/setRule}, the values of
 * {@code rss/rules}), both ways, as {@code AutoDownloadRule::toJsonObject} and
 * {@code fromJsonObject} of qBittorrent 5.1.4 and 4.6.7.
 */
public final class RssRuleJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RssRuleJson() {
	}

	/**
	 * A rule's definition: {@code enabled, priority, useRegex, mustContain,
	 * mustNotContain, episodeFilter, affectedFeeds, lastMatch, ignoreDays, smartFilter,
	 * previouslyMatchedEpisodes}, the deprecated {@code addPaused} (bool or null),
	 * {@code torrentContentLayout} (null: torrentd has no per-rule layout),
	 * {@code savePath} and {@code assignedCategory}, and {@code torrentParams} (the same
	 * add options as qBittorrent's {@code serializeAddTorrentParams}; 5.x adds
	 * {@code share_limit_action} and the {@code ssl_*} keys). Keys sorted, as Qt writes
	 * them.
	 * @param rule the rule
	 * @param feedUrls every feed's URL: a rule on all feeds (a µTorrent filter on feed
	 * {@code -1}) lists them as its {@code affectedFeeds}
	 * @param profile the qBittorrent release presented
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> ruleDef(RssRule rule, List<String> feedUrls, QbProfile profile) {
		Map<String, Object> json = new TreeMap<>();
		json.put("enabled", rule.enabled());
		json.put("priority", rule.priority());
		json.put("useRegex", rule.useRegex());
		json.put("mustContain", rule.mustContain());
		json.put("mustNotContain", rule.mustNotContain());
		json.put("episodeFilter", rule.episodeFilter());
		json.put("affectedFeeds", List.copyOf(rule.allFeeds() ? feedUrls : rule.affectedFeeds()));
		json.put("lastMatch", Rfc2822.format(rule.lastMatch()));
		json.put("ignoreDays", rule.ignoreDays());
		json.put("smartFilter", rule.smartFilter());
		json.put("previouslyMatchedEpisodes", rule.previouslyMatchedEpisodes());
		json.put("addPaused", rule.addStopped());
		json.put("torrentContentLayout", null);
		json.put("savePath", rule.savePath());
		json.put("assignedCategory", rule.category());
		json.put("torrentParams", torrentParams(rule, profile));
		return json;
	}

	/**
	 * qBittorrent's add options of a rule: nothing but the category, save path and
	 * stopped state is set, so the rest shows qBittorrent's "use the global value"
	 * defaults.
	 */
	private static Map<String, Object> torrentParams(RssRule rule, QbProfile profile) {
		Map<String, Object> json = new TreeMap<>();
		json.put("category", rule.category());
		json.put("tags", List.of());
		json.put("save_path", rule.savePath());
		json.put("download_path", "");
		json.put("operating_mode", "AutoManaged");
		json.put("skip_checking", false);
		json.put("upload_limit", -1);
		json.put("download_limit", -1);
		json.put("seeding_time_limit", -2);
		json.put("inactive_seeding_time_limit", -2);
		json.put("ratio_limit", -2);
		if (profile != QbProfile.V4_6) {
			json.put("share_limit_action", "Default");
			json.put("ssl_certificate", "");
			json.put("ssl_private_key", "");
			json.put("ssl_dh_params", "");
		}
		if (rule.addStopped() != null) {
			json.put("stopped", rule.addStopped());
		}
		if (!rule.savePath().isEmpty()) {
			// a rule's own save path turns automatic management off, as qBittorrent sets
			json.put("use_auto_tmm", false);
		}
		return json;
	}

	/**
	 * The rule a {@code rss/setRule} call defines. As qBittorrent: text that is not a
	 * JSON object is an empty definition, and every key missing takes the default of a
	 * new rule (enabled, priority 0, wildcard mode, no filters, no feeds); a value of the
	 * wrong JSON type is missing too. The add options come from {@code torrentParams}
	 * when present (qBittorrent's WebUI sends them), else from the deprecated
	 * {@code savePath}, {@code assignedCategory} and {@code addPaused}. What qBittorrent
	 * cannot express is kept from the rule being replaced: its µTorrent ident, original
	 * name matching, quality and postpone mode, and "every feed" while the feeds sent are
	 * still exactly every feed (the list {@link #ruleDef} showed).
	 * @param ruleName the {@code ruleName} parameter; when empty, the definition's
	 * {@code name}
	 * @param ruleDef the {@code ruleDef} parameter
	 * @param rules the stored rule of a name, if any (the one being replaced)
	 * @param feedUrls every feed's URL
	 * @return the rule to store
	 */
	public static RssRule fromRuleDef(String ruleName, String ruleDef, Function<String, Optional<RssRule>> rules,
			List<String> feedUrls) {
		Map<String, Object> json = object(ruleDef);
		String name = ruleName.isEmpty() ? string(json.get("name")) : ruleName;
		Optional<RssRule> existing = rules.apply(name);
		List<String> affectedFeeds = strings(json.get("affectedFeeds"));
		RssRule.Builder rule = existing.map(RssRule::toBuilder).orElseGet(() -> RssRule.named(name));
		rule.name(name)
			.enabled(bool(json.get("enabled"), true))
			.priority(integer(json.get("priority"), 0))
			.useRegex(bool(json.get("useRegex"), false))
			.mustContain(string(json.get("mustContain")))
			.mustNotContain(string(json.get("mustNotContain")))
			.episodeFilter(string(json.get("episodeFilter")))
			.lastMatch(Rfc2822.parse(string(json.get("lastMatch"))))
			.ignoreDays(integer(json.get("ignoreDays"), 0))
			.smartFilter(bool(json.get("smartFilter"), false))
			.previouslyMatchedEpisodes(strings(json.get("previouslyMatchedEpisodes")));
		boolean allFeeds = existing.isPresent() && existing.get().allFeeds()
				&& new HashSet<>(affectedFeeds).equals(new HashSet<>(feedUrls));
		rule.allFeeds(allFeeds).affectedFeeds(allFeeds ? existing.get().affectedFeeds() : affectedFeeds);
		if (json.containsKey("torrentParams")) {
			Map<String, Object> params = map(json.get("torrentParams"));
			Object stopped = params.get("stopped");
			rule.category(string(params.get("category")))
				.savePath(string(params.get("save_path")))
				.addStopped((stopped != null) ? Boolean.valueOf(bool(stopped, false)) : null);
		}
		else {
			Object addPaused = json.get("addPaused");
			rule.category(string(json.get("assignedCategory")))
				.savePath(string(json.get("savePath")))
				.addStopped((addPaused instanceof Boolean b) ? b : null);
		}
		return rule.build();
	}

	/** {@code QJsonDocument::fromJson(text).object()}: anything else is empty. */
	private static Map<String, Object> object(String text) {
		try {
			Map<String, Object> json = JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
			});
			return (json != null) ? json : Map.of();
		}
		catch (JacksonException ex) {
			return Map.of();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(@Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	/** {@code QJsonValue::toString()}: a string, else {@code ""}. */
	private static String string(@Nullable Object value) {
		return (value instanceof String s) ? s : "";
	}

	/** {@code QJsonValue::toBool(fallback)}: a boolean, else the fallback. */
	private static boolean bool(@Nullable Object value, boolean fallback) {
		return (value instanceof Boolean b) ? b : fallback;
	}

	/**
	 * {@code QJsonValue::toInt(fallback)}: a number with an integral value that fits an
	 * int, else the fallback.
	 */
	private static int integer(@Nullable Object value, int fallback) {
		if (value instanceof Integer i) {
			return i;
		}
		if (value instanceof Number n) {
			try {
				return new BigDecimal(n.toString()).intValueExact();
			}
			catch (ArithmeticException | NumberFormatException ex) {
				return fallback;
			}
		}
		return fallback;
	}

	/**
	 * A list of strings as qBittorrent reads {@code affectedFeeds}: one string is a list
	 * of one, an array's strings are the list (empty entries dropped), anything else is
	 * empty.
	 */
	private static List<String> strings(@Nullable Object value) {
		List<String> strings = new ArrayList<>();
		if (value instanceof String s) {
			strings.add(s);
		}
		else if (value instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof String s) {
					strings.add(s);
				}
			}
		}
		strings.removeIf(String::isEmpty);
		return strings;
	}

}
