package dev.torrentd.automation.rss;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RssPathsTests {

	@Test
	void normalizeTrimsLeadingAndTrailingSeparators() {
		assertThat(RssPaths.normalize("\\TV\\Shows\\")).isEqualTo("TV\\Shows");
		assertThat(RssPaths.normalize("\\\\")).isEmpty();
		assertThat(RssPaths.normalize("plain")).isEqualTo("plain");
	}

	@Test
	void aValidPathHasNoEmptySegment() {
		assertThat(RssPaths.isValid("TV\\Shows")).isTrue();
		assertThat(RssPaths.isValid("http://example.com/feed.xml")).isTrue();
		assertThat(RssPaths.isValid("")).isFalse();
		assertThat(RssPaths.isValid("TV\\\\Shows")).isFalse();
	}

	@Test
	void parentAndNameSplitAtTheLastSeparator() {
		assertThat(RssPaths.parent("TV\\Shows\\Feed")).isEqualTo("TV\\Shows");
		assertThat(RssPaths.name("TV\\Shows\\Feed")).isEqualTo("Feed");
		assertThat(RssPaths.parent("Feed")).isEmpty();
		assertThat(RssPaths.name("Feed")).isEqualTo("Feed");
	}

	@Test
	void withinMeansItselfOrBelowNotASiblingWithTheSamePrefix() {
		assertThat(RssPaths.isWithin("TV\\Feed", "TV")).isTrue();
		assertThat(RssPaths.isWithin("TV", "TV")).isTrue();
		assertThat(RssPaths.isWithin("TVx\\Feed", "TV")).isFalse();
		assertThat(RssPaths.isWithin("anything", "")).isTrue();
	}

}
