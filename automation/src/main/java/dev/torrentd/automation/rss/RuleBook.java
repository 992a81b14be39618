package dev.torrentd.automation.rss;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssException;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.rss.RssStore.RulesFile;
import dev.torrentd.automation.rss.RuleEvaluator.Acceptance;
import org.jspecify.annotations.Nullable;

/**
 * The download rules by name and ident, as qBittorrent's {@code RSS::AutoDownloader}
 * keeps them (its error messages included), and which rule takes an article. Not
 * thread-safe: every method but {@link #requireValid} is called with the {@link RssState}
 * lock held.
 */
final class RuleBook {

	/** Rules in the order they were created. */
	private final List<RssRule> rules = new ArrayList<>();

	private int nextRuleIdent;

	/**
	 * Each rule's compiled matcher, by name, for the rule instance it was compiled from
	 * (rules are immutable: a replaced rule is a new instance and is compiled again).
	 */
	private final Map<String, Compiled> compiled = new HashMap<>();

	/**
	 * The rules as persisted.
	 * @param file {@code rules.json}
	 */
	RuleBook(RulesFile file) {
		this.nextRuleIdent = file.nextIdent();
		for (RssRule rule : file.rules()) {
			this.rules.add(rule);
			// idents are never reused, even when the file's counter lags behind
			this.nextRuleIdent = Math.max(this.nextRuleIdent, rule.ident() + 1);
		}
	}

	/**
	 * Puts the rules back as they were (a change that could not be saved).
	 * @param file the rules as {@link #file()} gave them before the change
	 */
	void restore(RulesFile file) {
		this.rules.clear();
		this.rules.addAll(file.rules());
		this.nextRuleIdent = file.nextIdent();
		this.compiled.clear();
	}

	/**
	 * The rules to persist.
	 * @return {@code rules.json}
	 */
	RulesFile file() {
		return new RulesFile(this.nextRuleIdent, this.rules);
	}

	/**
	 * Every rule.
	 * @return a copy, in creation order
	 */
	List<RssRule> all() {
		return List.copyOf(this.rules);
	}

	@Nullable RssRule byName(String name) {
		for (RssRule rule : this.rules) {
			if (rule.name().equals(name)) {
				return rule;
			}
		}
		return null;
	}

	@Nullable RssRule byIdent(int ident) {
		for (RssRule rule : this.rules) {
			if (rule.ident() == ident) {
				return rule;
			}
		}
		return null;
	}

	/**
	 * Checks what can be checked of a rule without the others: a name, and regular
	 * expressions that compile. Needs no lock.
	 * @param rule a rule to store
	 * @throws RssException if it has no name or a filter does not compile
	 */
	static void requireValid(RssRule rule) {
		if (rule.name().isBlank()) {
			throw new RssException("Rule name can't be empty.");
		}
		if (!rule.useRegex()) {
			return;
		}
		for (String field : List.of(rule.mustContain(), rule.mustNotContain())) {
			try {
				Pattern.compile(field);
			}
			catch (PatternSyntaxException ex) {
				throw new RssException("Invalid regular expression in rule " + rule.name() + ": " + ex.getDescription()
						+ " in " + field);
			}
		}
	}

	/**
	 * Replaces the rule of the same name, keeping its ident, or adds a rule with the next
	 * ident.
	 * @param rule a valid rule (its ident is ignored)
	 * @return the rule as stored
	 */
	RssRule set(RssRule rule) {
		RssRule existing = byName(rule.name());
		RssRule stored;
		if (existing != null) {
			stored = rule.toBuilder().ident(existing.ident()).build();
			this.rules.set(this.rules.indexOf(existing), stored);
		}
		else {
			stored = rule.toBuilder().ident(this.nextRuleIdent++).build();
			this.rules.add(stored);
		}
		return stored;
	}

	/**
	 * Adds a rule under a name no rule has, with the next ident.
	 * @param rule a valid rule (its ident is ignored)
	 * @return the rule as stored
	 * @throws RssException if the name is taken
	 */
	RssRule create(RssRule rule) {
		if (byName(rule.name()) != null) {
			throw new RssException("Rule already exists: " + rule.name() + ".");
		}
		return set(rule);
	}

	/**
	 * Replaces a rule by what a change makes of it, keeping its ident.
	 * @param ident the rule's ident
	 * @param change makes the new rule from the stored one
	 * @return the rule as stored
	 * @throws RssException if there is no such rule, or the changed rule is invalid or
	 * takes another rule's name
	 */
	RssRule update(int ident, UnaryOperator<RssRule> change) {
		RssRule current = byIdent(ident);
		if (current == null) {
			throw new RssException("Rule doesn't exist: " + ident + ".");
		}
		RssRule next = change.apply(current);
		requireValid(next);
		if (!next.name().equals(current.name()) && byName(next.name()) != null) {
			throw new RssException("Rule already exists: " + next.name() + ".");
		}
		RssRule stored = next.toBuilder().ident(current.ident()).build();
		this.rules.set(this.rules.indexOf(current), stored);
		this.compiled.remove(current.name());
		return stored;
	}

	/**
	 * Renames a rule.
	 * @param name its name
	 * @param newName the new name
	 * @return whether it changed ({@code false} when the names are the same)
	 * @throws RssException for an unknown rule, an empty or a taken new name
	 */
	boolean rename(String name, String newName) {
		RssRule rule = byName(name);
		if (rule == null) {
			throw new RssException("Rule doesn't exist: " + name + ".");
		}
		if (newName.isBlank()) {
			throw new RssException("Rule name can't be empty.");
		}
		if (newName.equals(name)) {
			return false;
		}
		if (byName(newName) != null) {
			throw new RssException("Rule already exists: " + newName + ".");
		}
		this.rules.set(this.rules.indexOf(rule), rule.toBuilder().name(newName).build());
		this.compiled.remove(name);
		return true;
	}

	/**
	 * Removes a rule.
	 * @param name its name
	 * @return whether there was one
	 */
	boolean remove(String name) {
		this.compiled.remove(name);
		return this.rules.removeIf((rule) -> rule.name().equals(name));
	}

	/**
	 * Makes the rules that read a feed read it at its new URL (as qBittorrent's
	 * {@code AutoDownloader::handleFeedURLChanged}).
	 * @param oldUrl the feed's old URL
	 * @param newUrl its new URL
	 * @return whether a rule changed
	 */
	boolean replaceFeedUrl(String oldUrl, String newUrl) {
		boolean changed = false;
		for (int i = 0; i < this.rules.size(); i++) {
			RssRule rule = this.rules.get(i);
			if (rule.affectedFeeds().contains(oldUrl)) {
				List<String> urls = rule.affectedFeeds()
					.stream()
					.map((each) -> each.equals(oldUrl) ? newUrl : each)
					.toList();
				this.rules.set(i, rule.toBuilder().affectedFeeds(urls).build());
				changed = true;
			}
		}
		return changed;
	}

	/**
	 * The first enabled rule, by priority, that reads a feed and takes an article.
	 * @param feedUrl the feed's URL
	 * @param article the article
	 * @param smart the smart episode filter
	 * @param downloadRepackProper {@code rss_download_repack_proper_episodes}
	 * @param now the time, for articles without a date
	 * @return the rule and what it records once the article is added, or {@code null}
	 */
	@Nullable Taken taker(String feedUrl, RssArticle article, SmartEpisodeFilter smart, boolean downloadRepackProper,
			Instant now) {
		for (RssRule rule : this.rules.stream().sorted(RuleEvaluator.ORDER).toList()) {
			if (!rule.enabled() || !RuleEvaluator.affects(rule, feedUrl)) {
				continue;
			}
			TitleMatcher matcher = matcher(rule);
			if (matcher == null) {
				continue;
			}
			Acceptance acceptance = RuleEvaluator.evaluate(rule, matcher, article, smart, downloadRepackProper, now);
			if (acceptance != null) {
				return new Taken(rule, acceptance);
			}
		}
		return null;
	}

	/**
	 * A rule's matcher, compiled once per rule instance.
	 * @return the matcher, or {@code null} for a stored rule whose expression does not
	 * compile (it takes nothing)
	 */
	private @Nullable TitleMatcher matcher(RssRule rule) {
		Compiled entry = this.compiled.get(rule.name());
		if (entry == null || entry.rule() != rule) {
			TitleMatcher matcher;
			try {
				matcher = TitleMatcher.of(rule);
			}
			catch (PatternSyntaxException ex) {
				matcher = null;
			}
			entry = new Compiled(rule, matcher);
			this.compiled.put(rule.name(), entry);
		}
		return entry.matcher();
	}

	/**
	 * Records that a rule's article was added: its last match and episodes. A rule
	 * renamed or removed meanwhile records nothing.
	 * @param name the rule's name when it took the article
	 * @param acceptance what it records
	 */
	void recordDownload(String name, Acceptance acceptance) {
		RssRule current = byName(name);
		if (current != null) {
			this.rules.set(this.rules.indexOf(current), RuleEvaluator.afterDownload(current, acceptance));
		}
	}

	/**
	 * The articles a rule matches, per feed name (qBittorrent
	 * {@code rss/matchingArticles}); feeds of the same name share one list.
	 * @param ruleName the rule's name
	 * @param feeds the feeds
	 * @param smart the smart episode filter
	 * @param downloadRepackProper {@code rss_download_repack_proper_episodes}
	 * @return article titles per feed name, empty for an unknown or broken rule
	 */
	Map<String, List<String>> matchingArticles(String ruleName, List<FeedState> feeds, SmartEpisodeFilter smart,
			boolean downloadRepackProper) {
		Map<String, List<String>> matching = new LinkedHashMap<>();
		RssRule rule = byName(ruleName);
		if (rule == null) {
			return matching;
		}
		TitleMatcher matcher = matcher(rule);
		if (matcher == null) {
			return matching;
		}
		Instant now = Instant.now();
		for (FeedState feed : feeds) {
			if (!RuleEvaluator.affects(rule, feed.url)) {
				continue;
			}
			List<String> titles = new ArrayList<>();
			for (RssArticle article : feed.articles) {
				if (RuleEvaluator.evaluate(rule, matcher, article, smart, downloadRepackProper, now) != null) {
					titles.add(article.title());
				}
			}
			if (!titles.isEmpty()) {
				matching.merge(feed.name(), titles, (a, b) -> {
					List<String> both = new ArrayList<>(a);
					both.addAll(b);
					return both;
				});
			}
		}
		return matching;
	}

	/**
	 * A rule that takes an article.
	 *
	 * @param rule the rule as it was when it took the article
	 * @param acceptance what it records once the article is added
	 */
	record Taken(RssRule rule, Acceptance acceptance) {

	}

	private record Compiled(RssRule rule, @Nullable TitleMatcher matcher) {

	}

}
