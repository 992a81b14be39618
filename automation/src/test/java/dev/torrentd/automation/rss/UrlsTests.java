package dev.torrentd.automation.rss;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlsTests {

	@Test
	void httpAndHttpsUrlsAreTakenAsWritten() {
		assertThat(Urls.httpUri("https://example.invalid/rss?x=1"))
			.isEqualTo(URI.create("https://example.invalid/rss?x=1"));
		assertThat(Urls.httpUri(" HTTP://[::1]:8080/feed ")).isEqualTo(URI.create("HTTP://[::1]:8080/feed"));
	}

	@Test
	void charactersUriRefusesAreEncodedNotRefused() {
		assertThat(Urls.httpUri("http://example.invalid/rss?cat=1|2&q=a b[1]é"))
			.isEqualTo(URI.create("http://example.invalid/rss?cat=1%7C2&q=a%20b%5B1%5D%C3%A9"));
	}

	@Test
	void otherSchemesAndHostlessUrlsAreNotHttpUrls() {
		assertThat(Urls.httpUri("ftp://example.invalid/rss")).isNull();
		assertThat(Urls.httpUri("magnet:?xt=urn:btih:abc")).isNull();
		assertThat(Urls.httpUri("http:///rss")).isNull();
		assertThat(Urls.httpUri("not a url")).isNull();
	}

}
