package dev.torrentd.automation.rss;

import dev.torrentd.automation.RssRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TitleMatcherTests {

	private static TitleMatcher wildcard(String mustContain, String mustNotContain) {
		return TitleMatcher.of(RssRule.named("r").mustContain(mustContain).mustNotContain(mustNotContain).build());
	}

	private static TitleMatcher regex(String mustContain, String mustNotContain) {
		return TitleMatcher
			.of(RssRule.named("r").useRegex(true).mustContain(mustContain).mustNotContain(mustNotContain).build());
	}

	@Test
	void emptyFiltersMatchEverything() {
		assertThat(wildcard("", "").matches("Anything at all")).isTrue();
	}

	@Test
	void wildcardWordsMustAllBeFoundInAnyOrderIgnoringCase() {
		TitleMatcher matcher = wildcard("show 720p", "");
		assertThat(matcher.matches("The.Show.S01E01.720p.HDTV")).isTrue();
		assertThat(matcher.matches("720p release of the SHOW")).isTrue();
		assertThat(matcher.matches("The.Show.S01E01.1080p")).isFalse();
	}

	@Test
	void barSeparatesAlternatives() {
		TitleMatcher matcher = wildcard("show 720p|movie", "");
		assertThat(matcher.matches("Show 720p")).isTrue();
		assertThat(matcher.matches("A Movie")).isTrue();
		assertThat(matcher.matches("Show 1080p")).isFalse();
	}

	@Test
	void starAndQuestionMarkAreWildcardsAndTheRestIsLiteral() {
		TitleMatcher matcher = wildcard("show*s01e0?", "");
		assertThat(matcher.matches("Show.Name.S01E05.x264")).isTrue();
		assertThat(matcher.matches("Show.Name.S01E15.x264")).isFalse();
		assertThat(wildcard("a.b", "").matches("axb")).isFalse();
		assertThat(wildcard("a.b", "").matches("a.b")).isTrue();
		assertThat(wildcard("(hd)", "").matches("Movie (HD)")).isTrue();
		assertThat(wildcard("s0[12]e", "").matches("S02E01")).isTrue();
		assertThat(wildcard("s0[!12]e", "").matches("S02E01")).isFalse();
	}

	@Test
	void mustNotContainExcludes() {
		TitleMatcher matcher = wildcard("show", "cam|ts 720p");
		assertThat(matcher.matches("Show CAM")).isFalse();
		assertThat(matcher.matches("Show TS 720p")).isFalse();
		assertThat(matcher.matches("Show TS 1080p")).isTrue();
	}

	@Test
	void anEmptyAlternativeMatchesEverythingAsARegexWould() {
		assertThat(wildcard("nothing|", "").matches("Show")).isTrue();
		assertThat(wildcard("", "nothing|").matches("Show")).isFalse();
	}

	@Test
	void regexModeIsOneCaseInsensitiveExpression() {
		TitleMatcher matcher = regex("show.*s01e0[1-3]", "x265|hevc");
		assertThat(matcher.matches("SHOW s01e02 x264")).isTrue();
		assertThat(matcher.matches("Show S01E02 HEVC")).isFalse();
		assertThat(matcher.matches("Show S01E04")).isFalse();
		assertThat(regex("show 720p", "").matches("720p show")).isFalse();
	}

	@Test
	void anInvalidRegexDoesNotCompile() {
		assertThatThrownBy(() -> regex("(", "")).isInstanceOf(java.util.regex.PatternSyntaxException.class);
		assertThat(wildcard("(", "").matches("a ( b")).isTrue();
	}

	@Test
	void theEpisodeFilterIsPartOfTheTitleFilters() {
		TitleMatcher matcher = TitleMatcher.of(RssRule.named("r").mustContain("show").episodeFilter("1x2-3").build());
		assertThat(matcher.matches("Show S01E02")).isTrue();
		assertThat(matcher.matches("Show S01E04")).isFalse();
	}

}
