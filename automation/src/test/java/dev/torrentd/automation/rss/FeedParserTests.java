package dev.torrentd.automation.rss;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.rss.FeedParser.NotAFeedException;
import dev.torrentd.automation.rss.FeedParser.ParsedFeed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedParserTests {

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = FeedParserTests.class.getResourceAsStream("/rss/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}

	private static RssArticle byTitle(ParsedFeed feed, String title) {
		return feed.articles().stream().filter((a) -> a.title().equals(title)).findFirst().orElseThrow();
	}

	@Test
	void rss2FeedTitleAndLastBuildDateAsWritten() throws Exception {
		ParsedFeed feed = FeedParser.parse(fixture("rss2.xml"), "application/rss+xml; charset=utf-8");
		assertThat(feed.title()).isEqualTo("Test Tracker");
		assertThat(feed.lastBuildDate()).isEqualTo("Fri, 01 Mar 2024 12:00:00 +0000");
	}

	@Test
	void aBittorrentEnclosureIsTheTorrent() throws Exception {
		RssArticle article = byTitle(FeedParser.parse(fixture("rss2.xml"), null), "Show S01E01 720p");
		assertThat(article.id()).isEqualTo("item-1");
		assertThat(article.link()).isEqualTo("http://127.0.0.1/details/1");
		assertThat(article.torrentUrl()).isEqualTo("http://127.0.0.1/download/1");
		assertThat(article.date()).isEqualTo(Instant.parse("2024-03-01T11:00:00Z"));
		assertThat(article.description()).isEqualTo("First <b>episode</b>");
		assertThat(article.author()).contains("uploader@example.invalid");
		assertThat(article.read()).isFalse();
	}

	@Test
	void anEnclosureEndingInDotTorrentIsTheTorrentWhateverItsType() throws Exception {
		RssArticle article = byTitle(FeedParser.parse(fixture("rss2.xml"), null), "Show S01E02 720p");
		assertThat(article.torrentUrl()).isEqualTo("http://127.0.0.1/files/show.s01e02.torrent?key=abc");
	}

	@Test
	void theEzrssMagnetUriComesBeforeTheLink() throws Exception {
		RssArticle article = byTitle(FeedParser.parse(fixture("rss2.xml"), null), "Show S01E03 720p");
		assertThat(article.torrentUrl())
			.isEqualTo("magnet:?xt=urn:btih:3333333333333333333333333333333333333333&dn=three");
		assertThat(article.author()).isEqualTo("Someone");
		assertThat(article.date()).isNull();
	}

	@Test
	void theEzrssTorrentElementIsSearchedForItsMagnetUri() throws Exception {
		ParsedFeed feed = FeedParser.parse(fixture("ezrss.xml"), null);
		assertThat(feed.articles()).singleElement()
			.extracting(RssArticle::torrentUrl)
			.isEqualTo("magnet:?xt=urn:btih:7777777777777777777777777777777777777777");
		assertThat(feed.lastBuildDate()).isEmpty();
	}

	@Test
	void aMagnetLinkIsTheTorrentAndWithoutGuidTheLinkIsTheId() throws Exception {
		RssArticle article = byTitle(FeedParser.parse(fixture("rss2.xml"), null), "Show S01E04 720p");
		assertThat(article.torrentUrl())
			.isEqualTo("magnet:?xt=urn:btih:4444444444444444444444444444444444444444&dn=four");
		assertThat(article.id()).isEqualTo(article.torrentUrl());
	}

	@Test
	void withoutEnclosureTheLinkIsTheTorrentAsQbittorrent() throws Exception {
		RssArticle article = byTitle(FeedParser.parse(fixture("rss2.xml"), null), "Show S01E05 720p");
		assertThat(article.torrentUrl()).isEqualTo("http://127.0.0.1/details/5");
		assertThat(article.id()).isEqualTo("http://127.0.0.1/details/5");
	}

	@Test
	void anUntypedEnclosureComesBeforeTheLink() throws Exception {
		RssArticle article = byTitle(FeedParser.parse(fixture("rss2.xml"), null), "Untyped enclosure");
		assertThat(article.torrentUrl()).isEqualTo("http://127.0.0.1/get/6");
	}

	@Test
	void theTitleIsTheLastResortIdAndUnidentifiableOrRepeatedItemsAreDropped() throws Exception {
		ParsedFeed feed = FeedParser.parse(fixture("rss2.xml"), null);
		RssArticle titleOnly = byTitle(feed, "Only a title");
		assertThat(titleOnly.id()).isEqualTo("Only a title");
		assertThat(titleOnly.torrentUrl()).isNull();
		assertThat(feed.articles()).extracting(RssArticle::title)
			.containsExactly("Show S01E01 720p", "Show S01E02 720p", "Show S01E03 720p", "Show S01E04 720p",
					"Show S01E05 720p", "Only a title", "Untyped enclosure");
	}

	@Test
	void atomEntriesWithEnclosureLinksMagnetsAndDates() throws Exception {
		ParsedFeed feed = FeedParser.parse(fixture("atom.xml"), "application/atom+xml");
		assertThat(feed.title()).isEqualTo("Atom Tracker");
		assertThat(feed.lastBuildDate()).isEqualTo("2024-03-02T09:30:00Z");
		RssArticle first = byTitle(feed, "Show S01E01 1080p");
		assertThat(first.id()).isEqualTo("urn:torrent:1");
		assertThat(first.link()).isEqualTo("http://127.0.0.1/atom/1");
		assertThat(first.torrentUrl()).isEqualTo("http://127.0.0.1/atom/1.torrent");
		assertThat(first.date()).isEqualTo(Instant.parse("2024-03-02T09:00:00Z"));
		assertThat(first.author()).isEqualTo("Atom Author");
		assertThat(first.description()).isEqualTo("Summary one");
		RssArticle second = byTitle(feed, "Show S01E02 1080p");
		assertThat(second.torrentUrl()).isEqualTo("magnet:?xt=urn:btih:2222222222222222222222222222222222222222");
		assertThat(second.date()).isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
		assertThat(second.description()).isEqualTo("Content two");
		assertThat(byTitle(feed, "No id").id()).isEqualTo("http://127.0.0.1/atom/3");
	}

	@Test
	void malformedXmlIsNotAFeed() {
		assertThatThrownBy(() -> FeedParser.parse(fixture("malformed.xml"), null)).isInstanceOf(NotAFeedException.class)
			.hasMessageStartingWith("not an RSS or Atom feed: ")
			.hasMessageNotContaining("\n");
	}

	@Test
	void htmlAndOtherXmlAreNotFeeds() {
		assertThatThrownBy(() -> FeedParser.parse(fixture("page.html"), "text/html"))
			.isInstanceOf(NotAFeedException.class);
		assertThatThrownBy(() -> FeedParser.parse(fixture("plain.xml"), null)).isInstanceOf(NotAFeedException.class);
		assertThatThrownBy(() -> FeedParser.parse("plain text".getBytes(StandardCharsets.UTF_8), "text/plain"))
			.isInstanceOf(NotAFeedException.class);
		assertThatThrownBy(() -> FeedParser.parse(new byte[0], null)).isInstanceOf(NotAFeedException.class);
	}

	@Test
	void externalEntitiesAreNeverRead() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<rss version=\"2.0\"><channel><title>&x;</title><item><title>a</title></item></channel></rss>";
		assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), null))
			.isInstanceOf(NotAFeedException.class);
	}

	@Test
	void magnetsAreRecognisedInAnyCase() {
		assertThat(FeedParser.isMagnet("MAGNET:?xt=urn:btih:x")).isTrue();
		assertThat(FeedParser.isMagnet("http://x/magnet:")).isFalse();
	}

}
