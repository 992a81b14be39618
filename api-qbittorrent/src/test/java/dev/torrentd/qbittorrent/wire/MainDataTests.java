package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainDataTests {

	@Test
	void tagsAreOrderedCaseInsensitively() {
		List<String> tags = new ArrayList<>(List.of("b", "A", "a", "C"));
		tags.sort(MainData.TAG_ORDER);

		assertThat(tags).containsExactly("A", "a", "b", "C");
	}

}
