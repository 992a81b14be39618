package dev.torrentd.utorrent.wire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EpisodeTitleTests {

	@Test
	void sxxEyyGivesTheShowSeasonAndEpisode() {
		assertThat(EpisodeTitle.parse("The.Show.S02E05.720p.HDTV.x264-GRP"))
			.isEqualTo(new EpisodeTitle("The Show", 2, 5, 0, false));
		assertThat(EpisodeTitle.parse("the_show_s10e123_1080p"))
			.isEqualTo(new EpisodeTitle("the show", 10, 123, 0, false));
	}

	@Test
	void aRangeOfEpisodesGivesEpisodeTo() {
		assertThat(EpisodeTitle.parse("Show S01E01-E02 1080p")).isEqualTo(new EpisodeTitle("Show", 1, 1, 2, false));
		assertThat(EpisodeTitle.parse("Show.S01E01E02.720p")).isEqualTo(new EpisodeTitle("Show", 1, 1, 2, false));
		assertThat(EpisodeTitle.parse("Show 3x07-08")).isEqualTo(new EpisodeTitle("Show", 3, 7, 8, false));
	}

	@Test
	void seasonXEpisodeIsRecognisedAndTheSeparatorBeforeItDropped() {
		assertThat(EpisodeTitle.parse("Some Show - 3x07 - The Title"))
			.isEqualTo(new EpisodeTitle("Some Show", 3, 7, 0, false));
	}

	@Test
	void aTitleWithoutAnEpisodeKeepsItsNameAndZeros() {
		assertThat(EpisodeTitle.parse(" ubuntu-24.04-desktop-amd64.iso "))
			.isEqualTo(new EpisodeTitle("ubuntu-24.04-desktop-amd64.iso", 0, 0, 0, false));
		assertThat(EpisodeTitle.parse("Movie 2019 1920x1080 x264"))
			.isEqualTo(new EpisodeTitle("Movie 2019 1920x1080 x264", 0, 0, 0, false));
	}

	@Test
	void repackAndProperAreFoundAsWords() {
		assertThat(EpisodeTitle.parse("Show.S01E02.REPACK.720p").repack()).isTrue();
		assertThat(EpisodeTitle.parse("Show.S01E02.Proper.720p").repack()).isTrue();
		assertThat(EpisodeTitle.parse("Improper.Show.S01E02").repack()).isFalse();
		assertThat(EpisodeTitle.parse("Show.S01E02.720p").repack()).isFalse();
	}

	@Test
	void aTitleThatStartsWithTheMarkerIsItsOwnName() {
		assertThat(EpisodeTitle.parse("S01E02 pilot")).isEqualTo(new EpisodeTitle("S01E02 pilot", 1, 2, 0, false));
	}

}
