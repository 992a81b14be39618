package dev.torrentd.automation.rss;

import java.nio.charset.StandardCharsets;

import dev.torrentd.automation.rss.FeedFetcher.Fetched;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownUrlResolverTests {

	private static Fetched fetched(String contentType, String body) {
		return new Fetched(200, contentType, null, body.getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void aTorrentIsKnownByItsTypeOrByItsBencodedShape() {
		assertThat(UnknownUrlResolver.isTorrentFile(fetched("application/x-bittorrent", "<html>"))).isTrue();
		assertThat(UnknownUrlResolver.isTorrentFile(fetched("application/octet-stream", "d8:announce3:url4:infod")))
			.isTrue();
		assertThat(UnknownUrlResolver.isTorrentFile(fetched("text/xml", "<?xml version=\"1.0\"?><rss/>"))).isFalse();
		assertThat(UnknownUrlResolver.isTorrentFile(fetched("text/plain", "dx:"))).isFalse();
	}

}
