package dev.torrentd.automation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReleaseTitleTests {

	@Test
	void sxxEyyGivesTheShowSeasonAndEpisode() {
		assertThat(ReleaseTitle.parse("The.Show.S02E05.720p.HDTV.x264-GRP"))
			.isEqualTo(new ReleaseTitle("The Show", 2, 5, 0, false));
		assertThat(ReleaseTitle.parse("the_show_s10e123_1080p"))
			.isEqualTo(new ReleaseTitle("the show", 10, 123, 0, false));
	}

	@Test
	void aRangeOfEpisodesGivesEpisodeTo() {
		assertThat(ReleaseTitle.parse("Show S01E01-E02 1080p")).isEqualTo(new ReleaseTitle("Show", 1, 1, 2, false));
		assertThat(ReleaseTitle.parse("Show.S01E01E02.720p")).isEqualTo(new ReleaseTitle("Show", 1, 1, 2, false));
		assertThat(ReleaseTitle.parse("Show 3x07-08")).isEqualTo(new ReleaseTitle("Show", 3, 7, 8, false));
	}

	@Test
	void seasonXEpisodeIsRecognisedAndTheSeparatorBeforeItDropped() {
		assertThat(ReleaseTitle.parse("Some Show - 3x07 - The Title"))
			.isEqualTo(new ReleaseTitle("Some Show", 3, 7, 0, false));
	}

	@Test
	void aTitleWithoutAnEpisodeKeepsItsNameAndZeros() {
		assertThat(ReleaseTitle.parse(" ubuntu-24.04-desktop-amd64.iso "))
			.isEqualTo(new ReleaseTitle("ubuntu-24.04-desktop-amd64.iso", 0, 0, 0, false));
		assertThat(ReleaseTitle.parse("Movie 2019 1920x1080 x264"))
			.isEqualTo(new ReleaseTitle("Movie 2019 1920x1080 x264", 0, 0, 0, false));
		assertThat(ReleaseTitle.parse("Movie 2019 1920x1080 x264").episodic()).isFalse();
		assertThat(ReleaseTitle.parse("the_show_s10e123_1080p").episodic()).isTrue();
	}

	@Test
	void repackAndProperAreFoundAsWords() {
		assertThat(ReleaseTitle.parse("Show.S01E02.REPACK.720p").repack()).isTrue();
		assertThat(ReleaseTitle.parse("Show.S01E02.Proper.720p").repack()).isTrue();
		assertThat(ReleaseTitle.parse("Improper.Show.S01E02").repack()).isFalse();
		assertThat(ReleaseTitle.parse("Show.S01E02.720p").repack()).isFalse();
	}

	@Test
	void aTitleThatStartsWithTheMarkerIsItsOwnName() {
		assertThat(ReleaseTitle.parse("S01E02 pilot")).isEqualTo(new ReleaseTitle("S01E02 pilot", 1, 2, 0, false));
	}

}
