package dev.torrentd.automation.rss;

import dev.torrentd.automation.ReleaseTitle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EpisodeFilterTests {

	@Test
	void noFilterMatchesEverything() {
		assertThat(EpisodeFilter.parse("").matches("no episode here")).isTrue();
		assertThat(EpisodeFilter.parse("  ").matches("Show S01E01")).isTrue();
	}

	@Test
	void perSeasonPartsWithRangesSinglesAndOpenEnds() {
		EpisodeFilter filter = EpisodeFilter.parse("1x01-10;2x05;3x-");
		assertThat(filter.matches("Show S01E01")).isTrue();
		assertThat(filter.matches("Show S01E10")).isTrue();
		assertThat(filter.matches("Show S01E11")).isFalse();
		assertThat(filter.matches("Show S02E05")).isTrue();
		assertThat(filter.matches("Show S02E06")).isFalse();
		assertThat(filter.matches("Show S03E00")).isTrue();
		assertThat(filter.matches("Show S07E42")).isTrue();
	}

	@Test
	void qbittorrentsOneSeasonFormWithTrailingSemicolon() {
		EpisodeFilter filter = EpisodeFilter.parse("1x2;8-15;20;25-;");
		assertThat(filter.matches("Show.S01E02.720p")).isTrue();
		assertThat(filter.matches("Show.S01E03.720p")).isFalse();
		assertThat(filter.matches("Show 1x08")).isTrue();
		assertThat(filter.matches("Show 1x15")).isTrue();
		assertThat(filter.matches("Show 1x16")).isFalse();
		assertThat(filter.matches("Show s01 e20")).isTrue();
		assertThat(filter.matches("Show S01E30")).isTrue();
		assertThat(filter.matches("Show S02E01")).isTrue();
	}

	@Test
	void anOpenRangeRunsIntoLaterSeasonsButNotEarlierOnes() {
		EpisodeFilter filter = EpisodeFilter.parse("2x5-");
		assertThat(filter.matches("Show S02E04")).isFalse();
		assertThat(filter.matches("Show S02E05")).isTrue();
		assertThat(filter.matches("Show S03E01")).isTrue();
		assertThat(filter.matches("Show S01E09")).isFalse();
	}

	@Test
	void aSeasonAloneIsTheWholeSeason() {
		EpisodeFilter filter = EpisodeFilter.parse("2x");
		assertThat(filter.matches("Show S02E17")).isTrue();
		assertThat(filter.matches("Show S03E01")).isFalse();
	}

	@Test
	void theSeasonIsMandatoryAndGarbageMatchesNothing() {
		assertThat(EpisodeFilter.parse("5-10").matches("Show S01E05")).isFalse();
		assertThat(EpisodeFilter.parse("1xab").matches("Show S01E05")).isFalse();
		assertThat(EpisodeFilter.parse("1x5").matches("A title without an episode")).isFalse();
	}

	@Test
	void aReversedRangeIsIgnored() {
		EpisodeFilter filter = EpisodeFilter.parse("1x10-5;7");
		assertThat(filter.matches("Show S01E06")).isFalse();
		assertThat(filter.matches("Show S01E07")).isTrue();
	}

	@Test
	void leadingZerosDoNotMatter() {
		assertThat(EpisodeFilter.parse("01x005").matches("Show S01E05")).isTrue();
		assertThat(ReleaseTitle.parse("Show.s10e03")).extracting(ReleaseTitle::season, ReleaseTitle::episode)
			.containsExactly(10, 3);
	}

}
