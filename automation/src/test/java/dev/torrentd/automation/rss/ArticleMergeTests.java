package dev.torrentd.automation.rss;

import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.rss.ArticleMerge.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleMergeTests {

	private static RssArticle article(String id, String date, boolean read) {
		return new RssArticle(id, "title " + id, null, null, (date != null) ? Instant.parse(date) : null, "", "", read);
	}

	@Test
	void knownArticlesKeepTheirReadStateAndNewOnesAreReported() {
		List<RssArticle> known = List.of(article("b", "2024-03-02T00:00:00Z", true),
				article("a", "2024-03-01T00:00:00Z", false));
		List<RssArticle> fetched = List.of(article("c", "2024-03-03T00:00:00Z", false),
				article("b", "2024-03-02T00:00:00Z", false));

		Result result = ArticleMerge.merge(known, fetched, 50);

		assertThat(result.articles()).extracting(RssArticle::id).containsExactly("c", "b", "a");
		assertThat(result.articles()).extracting(RssArticle::read).containsExactly(false, true, false);
		assertThat(result.newIds()).containsExactly("c");
	}

	@Test
	void theNewestAreKeptUpToTheMaximum() {
		List<RssArticle> fetched = List.of(article("old", "2024-01-01T00:00:00Z", false),
				article("new", "2024-03-01T00:00:00Z", false), article("mid", "2024-02-01T00:00:00Z", false));

		Result result = ArticleMerge.merge(List.of(), fetched, 2);

		assertThat(result.articles()).extracting(RssArticle::id).containsExactly("new", "mid");
		assertThat(result.newIds()).containsExactlyInAnyOrder("new", "mid");
	}

	@Test
	void undatedArticlesKeepTheFeedsOrderBeforeThoseNoLongerListed() {
		List<RssArticle> known = List.of(article("gone", null, true));
		List<RssArticle> fetched = List.of(article("x", null, false), article("y", "2024-03-01T00:00:00Z", false));

		Result result = ArticleMerge.merge(known, fetched, 50);

		assertThat(result.articles()).extracting(RssArticle::id).containsExactly("x", "y", "gone");
	}

}
