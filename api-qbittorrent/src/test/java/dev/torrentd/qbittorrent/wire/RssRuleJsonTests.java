package dev.torrentd.qbittorrent.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.torrentd.automation.RssRule;
import dev.torrentd.qbittorrent.QbProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RssRuleJsonTests {

	private static final List<String> FEEDS = List.of("http://x/tv", "http://x/hd");

	private static final RssRule SHOW = RssRule.named("Show")
		.ident(7)
		.priority(2)
		.mustContain("Show.Name")
		.mustNotContain("720p|x265")
		.episodeFilter("1x01-10;2x-")
		.smartFilter(true)
		.affectedFeeds(List.of("http://x/tv"))
		.ignoreDays(3)
		.lastMatch(Instant.parse("2026-11-22T09:00:00Z"))
		.previouslyMatchedEpisodes(List.of("S01E05"))
		.savePath("/srv/tv")
		.category("tv")
		.addStopped(true)
		.matchOriginalName(true)
		.quality(4)
		.postponeMode(1)
		.build();

	private static RssRule fromRuleDef(String name, String ruleDef, Optional<RssRule> existing) {
		return RssRuleJson.fromRuleDef(name, ruleDef, (n) -> existing.filter((r) -> r.name().equals(n)), FEEDS);
	}

	@Test
	void ruleDefHasTheKeysQbittorrent514Writes() {
		Map<String, Object> json = RssRuleJson.ruleDef(SHOW, FEEDS, QbProfile.V5_1);
		assertThat(json.keySet()).containsExactly("addPaused", "affectedFeeds", "assignedCategory", "enabled",
				"episodeFilter", "ignoreDays", "lastMatch", "mustContain", "mustNotContain",
				"previouslyMatchedEpisodes", "priority", "savePath", "smartFilter", "torrentContentLayout",
				"torrentParams", "useRegex");
		assertThat(json).containsEntry("enabled", true)
			.containsEntry("priority", 2)
			.containsEntry("useRegex", false)
			.containsEntry("mustContain", "Show.Name")
			.containsEntry("mustNotContain", "720p|x265")
			.containsEntry("episodeFilter", "1x01-10;2x-")
			.containsEntry("affectedFeeds", List.of("http://x/tv"))
			.containsEntry("lastMatch", "22 Nov 2026 09:00:00 +0000")
			.containsEntry("ignoreDays", 3)
			.containsEntry("smartFilter", true)
			.containsEntry("previouslyMatchedEpisodes", List.of("S01E05"))
			.containsEntry("addPaused", true)
			.containsEntry("torrentContentLayout", null)
			.containsEntry("savePath", "/srv/tv")
			.containsEntry("assignedCategory", "tv");
	}

	@Test
	void torrentParamsAreQbittorrentsAddOptionsWithTheRulesCategorySavePathAndStoppedState() {
		assertThat(RssRuleJson.ruleDef(SHOW, FEEDS, QbProfile.V5_1).get("torrentParams")).isEqualTo(Map.ofEntries(
				Map.entry("category", "tv"), Map.entry("tags", List.of()), Map.entry("save_path", "/srv/tv"),
				Map.entry("download_path", ""), Map.entry("operating_mode", "AutoManaged"),
				Map.entry("skip_checking", false), Map.entry("upload_limit", -1), Map.entry("download_limit", -1),
				Map.entry("seeding_time_limit", -2), Map.entry("inactive_seeding_time_limit", -2),
				Map.entry("ratio_limit", -2), Map.entry("share_limit_action", "Default"),
				Map.entry("ssl_certificate", ""), Map.entry("ssl_private_key", ""), Map.entry("ssl_dh_params", ""),
				Map.entry("stopped", true), Map.entry("use_auto_tmm", false)));
	}

	@Test
	void qbittorrent46TorrentParamsHaveNoShareLimitActionOrSslKeys() {
		RssRule plain = RssRule.named("Plain").build();
		@SuppressWarnings("unchecked")
		Map<String, Object> params = (Map<String, Object>) RssRuleJson.ruleDef(plain, FEEDS, QbProfile.V4_6)
			.get("torrentParams");
		assertThat(params).containsOnlyKeys("category", "tags", "save_path", "download_path", "operating_mode",
				"skip_checking", "upload_limit", "download_limit", "seeding_time_limit", "inactive_seeding_time_limit",
				"ratio_limit");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRuleThatNeverMatchedHasAnEmptyLastMatchAndNullAddPaused() {
		Map<String, Object> json = RssRuleJson.ruleDef(RssRule.named("New").build(), FEEDS, QbProfile.V5_1);
		assertThat(json).containsEntry("lastMatch", "").containsEntry("addPaused", null);
		assertThat((Map<String, Object>) json.get("torrentParams")).doesNotContainKeys("stopped", "use_auto_tmm");
	}

	@Test
	void aRuleOnEveryFeedListsEveryFeed() {
		RssRule everywhere = RssRule.named("All").allFeeds(true).affectedFeeds(List.of("http://old")).build();
		assertThat(RssRuleJson.ruleDef(everywhere, FEEDS, QbProfile.V5_1)).containsEntry("affectedFeeds", FEEDS);
	}

	@Test
	void aPartialRuleDefTakesQbittorrentsDefaults() {
		RssRule rule = fromRuleDef("Show",
				"{\"mustContain\":\"Show.Name\",\"affectedFeeds\":[\"http://x/tv\"]," + "\"assignedCategory\":\"tv\"}",
				Optional.empty());
		assertThat(rule).isEqualTo(RssRule.named("Show")
			.mustContain("Show.Name")
			.affectedFeeds(List.of("http://x/tv"))
			.category("tv")
			.build());
		assertThat(rule.enabled()).isTrue();
		assertThat(rule.addStopped()).isNull();
	}

	@Test
	void textThatIsNotAnObjectIsAnEmptyDefinition() {
		assertThat(fromRuleDef("Show", "{bad", Optional.empty())).isEqualTo(RssRule.named("Show").build());
		assertThat(fromRuleDef("Show", "[1]", Optional.empty())).isEqualTo(RssRule.named("Show").build());
	}

	@Test
	void valuesOfTheWrongTypeAreMissing() {
		RssRule rule = fromRuleDef("Show",
				"{\"enabled\":\"false\",\"priority\":2.5,\"ignoreDays\":\"3\","
						+ "\"useRegex\":1,\"mustContain\":5,\"addPaused\":\"yes\",\"affectedFeeds\":\"http://x/tv\","
						+ "\"previouslyMatchedEpisodes\":[\"S01E01\",3,\"\"]}",
				Optional.empty());
		assertThat(rule.enabled()).isTrue();
		assertThat(rule.priority()).isZero();
		assertThat(rule.ignoreDays()).isZero();
		assertThat(rule.useRegex()).isFalse();
		assertThat(rule.mustContain()).isEmpty();
		assertThat(rule.addStopped()).isNull();
		assertThat(rule.affectedFeeds()).containsExactly("http://x/tv");
		assertThat(rule.previouslyMatchedEpisodes()).containsExactly("S01E01");
	}

	@Test
	void torrentParamsWinOverTheDeprecatedKeys() {
		RssRule rule = fromRuleDef("Show",
				"{\"savePath\":\"/old\",\"assignedCategory\":\"old\",\"addPaused\":true,"
						+ "\"torrentParams\":{\"save_path\":\"/srv/tv\",\"category\":\"tv\",\"stopped\":false}}",
				Optional.empty());
		assertThat(rule.savePath()).isEqualTo("/srv/tv");
		assertThat(rule.category()).isEqualTo("tv");
		assertThat(rule.addStopped()).isFalse();
		assertThat(fromRuleDef("Show", "{\"addPaused\":true,\"torrentParams\":{\"stopped\":null}}", Optional.empty())
			.addStopped()).isNull();
	}

	@Test
	void whatRulesShowsSetRuleReadsBackUnchanged() {
		String ruleDef = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.writeValueAsString(RssRuleJson.ruleDef(SHOW, FEEDS, QbProfile.V5_1));
		assertThat(fromRuleDef("Show", ruleDef, Optional.of(SHOW))).isEqualTo(SHOW);
	}

	@Test
	void replacingARuleKeepsWhatOnlyMicroTorrentShows() {
		RssRule rule = fromRuleDef("Show", "{\"enabled\":false}", Optional.of(SHOW));
		assertThat(rule.ident()).isEqualTo(7);
		assertThat(rule.matchOriginalName()).isTrue();
		assertThat(rule.quality()).isEqualTo(4);
		assertThat(rule.postponeMode()).isEqualTo(1);
		assertThat(rule.enabled()).isFalse();
		assertThat(rule.mustContain()).as("replaced, as qBittorrent does").isEmpty();
	}

	@Test
	void aRuleOnEveryFeedStaysSoWhileTheFeedsSentBackAreEveryFeed() {
		RssRule everywhere = RssRule.named("All").ident(3).allFeeds(true).build();
		assertThat(fromRuleDef("All", "{\"affectedFeeds\":[\"http://x/hd\",\"http://x/tv\"]}", Optional.of(everywhere))
			.allFeeds()).isTrue();
		RssRule narrowed = fromRuleDef("All", "{\"affectedFeeds\":[\"http://x/tv\"]}", Optional.of(everywhere));
		assertThat(narrowed.allFeeds()).isFalse();
		assertThat(narrowed.affectedFeeds()).containsExactly("http://x/tv");
		assertThat(fromRuleDef("New", "{\"affectedFeeds\":[\"http://x/hd\",\"http://x/tv\"]}", Optional.empty())
			.allFeeds()).as("only a rule that already reads every feed").isFalse();
	}

	@Test
	void anEmptyRuleNameTakesTheNameInTheDefinition() {
		assertThat(fromRuleDef("", "{\"name\":\"Named\"}", Optional.empty()).name()).isEqualTo("Named");
	}

}
