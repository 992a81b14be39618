package dev.torrentd.automation.rss;

import java.util.List;

import dev.torrentd.automation.RssSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmartEpisodeFilterTests {

	private final SmartEpisodeFilter filter = SmartEpisodeFilter.of(RssSettings.DEFAULT_SMART_EPISODE_FILTERS);

	@Test
	void seasonAndEpisodeAreNormalisedWhateverTheNotation() {
		assertThat(this.filter.episodeId("Show.S01E05.720p")).isEqualTo("S01E05");
		assertThat(this.filter.episodeId("show s1e5 hdtv")).isEqualTo("S01E05");
		assertThat(this.filter.episodeId("Show 1x05 [720p]")).isEqualTo("S01E05");
		assertThat(this.filter.episodeId("Show_S12E105_x264")).isEqualTo("S12E105");
	}

	@Test
	void datesAreEpisodesToo() {
		assertThat(this.filter.episodeId("Daily Show 2024.03.01 Guest")).isEqualTo("2024-03-01");
		assertThat(this.filter.episodeId("Daily Show 2024-3-1 Guest")).isEqualTo("2024-03-01");
		assertThat(this.filter.episodeId("Daily Show 01.03.2024 Guest")).isEqualTo("2024-01-03");
	}

	@Test
	void aTitleWithoutEpisodeHasNoId() {
		assertThat(this.filter.episodeId("Some Movie 720p")).isNull();
		assertThat(this.filter.admit("Some Movie 720p", List.of(), true)).isNull();
	}

	@Test
	void smartFilterRefusesASecondCopyOfAnEpisode() {
		assertThat(this.filter.admit("Show S01E05 720p", List.of(), false)).containsExactly("S01E05");
		assertThat(this.filter.admit("Show 1x05 1080p", List.of("S01E05"), false)).isNull();
		assertThat(this.filter.admit("Show S01E06", List.of("S01E05"), false)).containsExactly("S01E06");
	}

	@Test
	void aRepackPassesOnceWhenTheSettingSays() {
		assertThat(this.filter.admit("Show S01E05 REPACK", List.of("S01E05"), false)).isNull();
		assertThat(this.filter.admit("Show S01E05 REPACK", List.of("S01E05"), true)).containsExactly("S01E05-REPACK");
		assertThat(this.filter.admit("Show S01E05 repack", List.of("S01E05", "S01E05-REPACK"), true)).isNull();
		assertThat(this.filter.admit("Show S01E05 PROPER", List.of("S01E05", "S01E05-REPACK"), true))
			.containsExactly("S01E05-PROPER");
		assertThat(this.filter.admit("Show S01E05 non-repack copy", List.of("S01E05"), true)).isNotNull();
		assertThat(this.filter.admit("Show S01E05 again", List.of("S01E05"), true)).isNull();
	}

	@Test
	void aRepackProperStandsForBoth() {
		assertThat(this.filter.admit("Show S01E05 REPACK PROPER", List.of("S01E05"), true))
			.containsExactly("S01E05-REPACK-PROPER", "S01E05-REPACK", "S01E05-PROPER");
	}

	@Test
	void customFiltersAndInvalidOnesAreSkipped() {
		SmartEpisodeFilter custom = SmartEpisodeFilter.of(List.of("(", "ep(\\d+)"));
		assertThat(custom.episodeId("Anime ep012")).isEqualTo("12");
		assertThat(SmartEpisodeFilter.of(List.of()).episodeId("Show S01E01")).isNull();
	}

	@Test
	void aCommentOrAnOpenQuoteInOneLineLeavesTheOtherLinesWorking() {
		SmartEpisodeFilter custom = SmartEpisodeFilter
			.of(List.of("ep(\\d+) # anime numbering", "\\Qunterminated", "s(\\d+)e(\\d+)"));
		assertThat(custom.episodeId("Anime ep012")).isEqualTo("12");
		assertThat(custom.episodeId("Show S01E05 720p")).isEqualTo("S01E05");
	}

	@Test
	void theEarliestMatchInTheTitleWinsWhicheverLineFindsIt() {
		SmartEpisodeFilter custom = SmartEpisodeFilter.of(List.of("ep(\\d+)", "s(\\d+)e(\\d+)"));
		assertThat(custom.episodeId("Show S02E03 ep7")).isEqualTo("S02E03");
		assertThat(custom.episodeId("Show ep7 S02E03")).isEqualTo("7");
	}

}
