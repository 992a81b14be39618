package dev.torrentd.automation.programs;

import dev.torrentd.automation.UtorrentStatus;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UtorrentStatesTests {

	private static int state(TorrentState state, boolean complete, boolean forced, boolean superSeeding) {
		Snapshot snapshot = new Snapshot().in(state, complete);
		snapshot.forceStart = forced;
		snapshot.superSeeding = superSeeding;
		return UtorrentStatus.state(snapshot.build());
	}

	@Test
	void anErroredTorrentIsOne() {
		assertThat(state(TorrentState.ERROR, false, false, false)).isEqualTo(1);
		assertThat(state(TorrentState.ERROR, true, true, false)).isEqualTo(1);
	}

	@Test
	void checkingFilesOrResumeDataIsTwo() {
		assertThat(state(TorrentState.CHECKING, false, false, false)).isEqualTo(2);
		assertThat(state(TorrentState.CHECKING_RESUME_DATA, false, false, false)).isEqualTo(2);
	}

	@Test
	void downloadingIsSixAndNineWhenForced() {
		assertThat(state(TorrentState.DOWNLOADING, false, false, false)).isEqualTo(6);
		assertThat(state(TorrentState.DOWNLOADING, false, true, false)).isEqualTo(9);
		assertThat(state(TorrentState.FETCHING_METADATA, false, false, false)).isEqualTo(6);
		assertThat(state(TorrentState.FETCHING_METADATA, false, true, false)).isEqualTo(9);
	}

	@Test
	void seedingIsFiveAndEightWhenForcedSuperSeedingFourAndSeven() {
		assertThat(state(TorrentState.SEEDING, true, false, false)).isEqualTo(5);
		assertThat(state(TorrentState.SEEDING, true, true, false)).isEqualTo(8);
		assertThat(state(TorrentState.SEEDING, true, false, true)).isEqualTo(4);
		assertThat(state(TorrentState.SEEDING, true, true, true)).isEqualTo(7);
	}

	@Test
	void queuedIsTwelveOrTenWhenComplete() {
		assertThat(state(TorrentState.QUEUED, false, false, false)).isEqualTo(12);
		assertThat(state(TorrentState.QUEUED, true, false, false)).isEqualTo(10);
	}

	@Test
	void stoppedIsThirteenOrElevenFinishedWhenComplete() {
		assertThat(state(TorrentState.STOPPED, false, false, false)).isEqualTo(13);
		assertThat(state(TorrentState.STOPPED, true, false, false)).isEqualTo(11);
	}

	@Test
	void movingKeepsTheNumberOfWhatItMovesIn() {
		assertThat(state(TorrentState.MOVING, true, false, false)).isEqualTo(5);
		assertThat(state(TorrentState.MOVING, false, true, false)).isEqualTo(9);
	}

	@Test
	void pausedNeverOccursAsPauseIsStop() {
		for (TorrentState state : TorrentState.values()) {
			for (boolean flag : new boolean[] { false, true }) {
				assertThat(state(state, flag, flag, flag)).isBetween(1, 13).isNotEqualTo(UtorrentStatus.PAUSED);
			}
		}
	}

	@Test
	void statusMessagesReadLikeUtorrentsStatusColumn() {
		assertThat(UtorrentStatus.message(new Snapshot().build())).isEqualTo("Downloading 45.2 %");
		Snapshot forced = new Snapshot().in(TorrentState.SEEDING, true);
		forced.forceStart = true;
		assertThat(UtorrentStatus.message(forced.build())).isEqualTo("[F] Seeding 100.0 %");
		assertThat(UtorrentStatus.message(new Snapshot().in(TorrentState.STOPPED, true).build()))
			.isEqualTo("Finished 100.0 %");
		assertThat(UtorrentStatus.message(new Snapshot().in(TorrentState.QUEUED, false).build()))
			.isEqualTo("Queued 45.2 %");
		Snapshot checking = new Snapshot().in(TorrentState.CHECKING, false);
		checking.progress = 0.125;
		assertThat(UtorrentStatus.message(checking.build())).isEqualTo("Checking 12.5 %");
		Snapshot error = new Snapshot().in(TorrentState.ERROR, false);
		error.errorMessage = "No space left on device";
		assertThat(UtorrentStatus.message(error.build())).isEqualTo("Error: No space left on device");
	}

}
