package dev.torrentd.utorrent.wire;

import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssFeed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RssFeedRowTests {

	private static final String URL = "http://127.0.0.1:8000/tv.xml";

	private static final Instant NEXT = Instant.parse("2024-05-01T10:30:00Z");

	private static final Instant PUBLISHED = Instant.parse("2024-04-30T08:00:00Z");

	private static RssFeed feed(String path, String title, boolean loading, List<RssArticle> articles) {
		return new RssFeed(3, "{id}", path, URL, true, false, true, title, "", null, NEXT, loading, null, articles);
	}

	private static RssArticle article(String title, boolean read) {
		return new RssArticle("guid-" + title, title, "http://127.0.0.1:8000/page", "magnet:?xt=urn:btih:abc",
				PUBLISHED, "", "", read);
	}

	@Test
	void aFeedRowHasTheManualsNineColumnsInOrder() {
		List<Object> row = RssFeedRow.of(feed("TV", "TV feed", false, List.of()));

		assertThat(row).containsExactly(3, true, false, false, false, 0, "TV|" + URL, NEXT.getEpochSecond(), List.of());
		assertThat(row).hasSize(RssFeedRow.COLUMNS);
	}

	@Test
	void columnTypesAreWhatTheWebUiAndUtorrentctlRead() {
		List<Object> row = RssFeedRow.of(feed("TV", "", true, List.of(article("Show.S01E02.720p", false))));
		assertThat(row.get(0)).isInstanceOf(Integer.class);
		for (int column : new int[] { 1, 2, 3, 4 }) {
			assertThat(row.get(column)).as("column %d", column).isInstanceOf(Boolean.class);
		}
		assertThat(row.get(5)).isEqualTo(1);
		assertThat(row.get(6)).isInstanceOf(String.class);
		assertThat(row.get(7)).isInstanceOf(Long.class);
		List<?> item = (List<?>) ((List<?>) row.get(8)).get(0);
		assertThat(item).hasSize(RssFeedRow.ITEM_COLUMNS);
		for (int column : new int[] { 0, 1, 2 }) {
			assertThat(item.get(column)).as("item column %d", column).isInstanceOf(String.class);
		}
		for (int column : new int[] { 3, 4, 6, 7, 8, 9 }) {
			assertThat(item.get(column)).as("item column %d", column).isInstanceOf(Integer.class);
		}
		assertThat(item.get(5)).isInstanceOf(Long.class);
		assertThat(item.get(10)).isInstanceOf(Boolean.class);
		assertThat(item.get(11)).isInstanceOf(Boolean.class);
	}

	@Test
	void anItemDecodesItsTitleAndCarriesItsFeedAndHistory() {
		List<Object> row = RssFeedRow.of(feed("TV", "", false,
				List.of(article("The.Show.S02E05-E06.REPACK.720p", true), article("Other.Show.1x03", false))));

		assertThat(row.get(8)).isEqualTo(List.of(
				List.<Object>of("The Show", "The.Show.S02E05-E06.REPACK.720p", "magnet:?xt=urn:btih:abc", 0, 0,
						PUBLISHED.getEpochSecond(), 2, 5, 6, 3, true, true),
				List.<Object>of("Other Show", "Other.Show.1x03", "magnet:?xt=urn:btih:abc", 0, 0,
						PUBLISHED.getEpochSecond(), 1, 3, 0, 3, false, false)));
	}

	@Test
	void anItemWithoutATorrentGivesItsLinkAndWithoutADateZero() {
		RssArticle linkOnly = new RssArticle("a", "A", "http://127.0.0.1/a", null, null, "", "", false);
		RssArticle nothing = new RssArticle("b", "B", null, null, null, "", "", false);

		assertThat(RssFeedRow.item(linkOnly, 3).get(2)).isEqualTo("http://127.0.0.1/a");
		assertThat(RssFeedRow.item(linkOnly, 3).get(5)).isEqualTo(0L);
		assertThat(RssFeedRow.item(nothing, 3).get(2)).isEqualTo("");
	}

	@Test
	void aFeedNamedAfterItsUrlUsesTheFeedsTitleOnceFetched() {
		RssFeed unfetched = feed(URL, "", false, List.of());
		RssFeed fetched = feed(URL, "Some TV | torrents", false, List.of());

		assertThat(RssFeedRow.usesFeedTitle(unfetched)).isTrue();
		assertThat(RssFeedRow.of(unfetched).get(2)).isEqualTo(true);
		assertThat(RssFeedRow.of(unfetched).get(6)).isEqualTo(URL + "|" + URL);
		assertThat(RssFeedRow.of(fetched).get(6)).as("a '|' would move the WebUI's split")
			.isEqualTo("Some TV / torrents|" + URL);
	}

	@Test
	void aFeedInAFolderShowsItsNameOnly() {
		assertThat(RssFeedRow.of(feed("Shows\\Daily", "t", false, List.of())).get(6)).isEqualTo("Daily|" + URL);
	}

	@Test
	void aFeedNotScheduledHasNextUpdateZero() {
		RssFeed off = new RssFeed(4, "{id}", "Off", URL, false, true, false, "", "", null, null, false, "HTTP 404",
				List.of());

		assertThat(RssFeedRow.of(off)).containsExactly(4, false, false, true, false, 0, "Off|" + URL, 0L, List.of());
	}

}
