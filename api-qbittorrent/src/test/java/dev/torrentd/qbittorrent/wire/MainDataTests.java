package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainDataTests {

	@Test
	void trackerUrlsAreTheDecodedTrParametersOfTheMagnetInOrder() {
		String magnet = "magnet:?xt=urn:btih:0282dd156eac44ba0b76ce227e775234a322a781&dn=multi"
				+ "&tr=http%3a%2f%2f127.0.0.1%3a6969%2fannounce&tr=udp%3a%2f%2ftracker.example%3a1337"
				+ "&ws=http%3a%2f%2fseed.example%2ffile";

		assertThat(MainData.trackerUrls(magnet)).containsExactly("http://127.0.0.1:6969/announce",
				"udp://tracker.example:1337");
	}

	@Test
	void trackerUrlsKeepEscapedPlusSignsAndSpaces() {
		assertThat(MainData.trackerUrls("magnet:?xt=urn:btih:00&tr=http%3a%2f%2fa.example%2fx%2by%20z"))
			.containsExactly("http://a.example/x+y z");
	}

	@Test
	void magnetWithoutTrackersHasNoTrackerUrls() {
		assertThat(MainData.trackerUrls("magnet:?xt=urn:btih:0282dd156eac44ba0b76ce227e775234a322a781")).isEmpty();
		assertThat(MainData.trackerUrls("")).isEmpty();
	}

	@Test
	void duplicateAndMalformedTrackerParametersDoNotBreakTheList() {
		assertThat(MainData.trackerUrls("magnet:?tr=http%3a%2f%2fa&tr=http%3a%2f%2fa&tr=bad%zz&tr="))
			.containsExactly("http://a", "bad%zz");
	}

	@Test
	void tagsAreOrderedCaseInsensitively() {
		List<String> tags = new ArrayList<>(List.of("b", "A", "a", "C"));
		tags.sort(MainData.TAG_ORDER);

		assertThat(tags).containsExactly("A", "a", "b", "C");
	}

}
