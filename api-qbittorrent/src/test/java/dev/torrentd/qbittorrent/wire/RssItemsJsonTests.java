package dev.torrentd.qbittorrent.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssFeed;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RssItemsJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final RssArticle EPISODE = new RssArticle("tv-505", "Show.S01E05.720p", "http://x/details/505",
			"http://x/1.torrent", Instant.parse("2026-11-22T09:00:00Z"), "<b>720p</b>", "indexer", false);

	private static RssFeed feed(String path, String url, List<RssArticle> articles) {
		return new RssFeed(1, "{8a1e1d1e-0000-4000-8000-000000000001}", path, url, true, true, false, "Indexer TV",
				"Sun, 22 Nov 2026 10:00:00 GMT", null, null, false, null, articles);
	}

	private static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	@Test
	void foldersNestAndFeedsSitInTheirFolderByName() {
		Map<String, Object> items = RssItemsJson.items(List.of("TV", "TV\\HD", "Empty"),
				List.of(feed("TV\\HD\\Indexer", "http://x/hd", List.of()), feed("Root feed", "http://x/r", List.of())),
				false);
		assertThat(json(items)).isEqualTo("{\"Empty\":{},\"Root feed\":{\"uid\":\"{8a1e1d1e-0000-4000-8000-"
				+ "000000000001}\",\"url\":\"http://x/r\"},\"TV\":{\"HD\":{\"Indexer\":{\"uid\":\"{8a1e1d1e-0000-4000-"
				+ "8000-000000000001}\",\"url\":\"http://x/hd\"}}}}");
	}

	@Test
	void noFeedsAndNoFoldersIsAnEmptyObject() {
		assertThat(json(RssItemsJson.items(List.of(), List.of(), true))).isEqualTo("{}");
	}

	@Test
	void withDataAFeedHasItsTitleStateAndArticles() {
		RssFeed failed = new RssFeed(2, "{uid}", "F", "http://x/f", true, true, false, "", "", null, null, true,
				"HTTP 404", List.of(EPISODE));
		Map<String, Object> json = RssItemsJson.feed(failed, true);
		assertThat(json).containsOnlyKeys("uid", "url", "title", "lastBuildDate", "isLoading", "hasError", "articles");
		assertThat(json).containsEntry("isLoading", true).containsEntry("hasError", true).containsEntry("title", "");
		assertThat(RssItemsJson.feed(feed("F", "http://x/f", List.of()), true)).containsEntry("hasError", false)
			.containsEntry("lastBuildDate", "Sun, 22 Nov 2026 10:00:00 GMT");
	}

	@Test
	void anArticleHasQbittorrentsKeysAndAnRfc2822Date() {
		assertThat(json(RssItemsJson.article(EPISODE))).isEqualTo("{\"author\":\"indexer\",\"date\":\"22 Nov 2026 "
				+ "09:00:00 +0000\",\"description\":\"<b>720p</b>\",\"id\":\"tv-505\","
				+ "\"link\":\"http://x/details/505\",\"title\":\"Show.S01E05.720p\",\"torrentURL\":\"http://x/1.torrent\"}");
	}

	@Test
	void elementsTheItemDidNotHaveAreLeftOutButIdDateAndTorrentUrlAlwaysShowAndIsReadOnceRead() {
		RssArticle bare = new RssArticle("urn:1", "", null, null, Instant.parse("2026-11-22T09:00:00Z"), "", "", true);
		assertThat(RssItemsJson.article(bare)).containsOnlyKeys("id", "date", "torrentURL", "isRead")
			.containsEntry("torrentURL", null)
			.containsEntry("isRead", true);
	}

	@Test
	void aMagnetLinkIsTheTorrentUrlOnlyAsQbittorrentReadsIt() {
		String magnet = "magnet:?xt=urn:btih:" + "c".repeat(40);
		RssArticle article = new RssArticle(magnet, "Other", magnet, magnet, Instant.parse("2026-11-22T08:00:00Z"), "",
				"", false);
		assertThat(RssItemsJson.article(article)).doesNotContainKey("link").containsEntry("torrentURL", magnet);
	}

}
