package dev.torrentd.utorrent.wire;

import java.util.List;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;

import static dev.torrentd.utorrent.wire.TorrentFixture.torrent;
import static org.assertj.core.api.Assertions.assertThat;

class StatusFlagsTests {

	@Test
	void bitsAreTheManualsValues() {
		assertThat(List.of(StatusFlags.STARTED, StatusFlags.CHECKING, StatusFlags.START_AFTER_CHECK,
				StatusFlags.CHECKED, StatusFlags.ERROR, StatusFlags.PAUSED, StatusFlags.QUEUED, StatusFlags.LOADED))
			.containsExactly(1, 2, 4, 8, 16, 32, 64, 128);
	}

	@Test
	void downloadingInTheQueueIsStartedQueuedCheckedLoaded() {
		assertThat(StatusFlags.of(torrent(), true)).isEqualTo(201);
	}

	@Test
	void seedingInTheQueueIsStartedQueuedCheckedLoaded() {
		assertThat(StatusFlags.of(torrent(TorrentFixture::finished), true)).isEqualTo(201);
	}

	@Test
	void forceStartedTorrentIsStartedOutsideTheQueue() {
		assertThat(StatusFlags.of(torrent((t) -> t.forceStart = true), true)).isEqualTo(137);
		assertThat(StatusFlags.of(torrent((t) -> t.finished().forceStart = true), true)).isEqualTo(137);
	}

	@Test
	void withoutQueueingNoTorrentIsQueued() {
		assertThat(StatusFlags.of(torrent(), false)).isEqualTo(137);
		assertThat(StatusFlags.of(torrent((t) -> t.state = TorrentState.FETCHING_METADATA), false)).isEqualTo(129);
	}

	@Test
	void torrentWaitingInTheQueueIsQueuedButNotStarted() {
		assertThat(StatusFlags.of(torrent((t) -> t.state = TorrentState.QUEUED), true)).isEqualTo(200);
	}

	@Test
	void stoppedTorrentIsOnlyCheckedAndLoaded() {
		assertThat(StatusFlags.of(torrent((t) -> t.state = TorrentState.STOPPED), true)).isEqualTo(136);
		assertThat(StatusFlags.of(torrent((t) -> t.finished().state = TorrentState.STOPPED), false)).isEqualTo(136);
	}

	@Test
	void erroredTorrentIsErrorCheckedLoaded() {
		assertThat(StatusFlags.of(torrent((t) -> {
			t.state = TorrentState.ERROR;
			t.errorMessage = "No space left on device";
		}), true)).isEqualTo(152);
	}

	@Test
	void checkingTorrentIsUncheckedAndStartsAfterTheCheck() {
		for (TorrentState checking : List.of(TorrentState.CHECKING, TorrentState.CHECKING_RESUME_DATA)) {
			int bits = StatusFlags.of(torrent((t) -> t.state = checking), true);
			assertThat(bits).as(checking.name()).isEqualTo(128 + 4 + 2 + 1);
		}
	}

	@Test
	void torrentFetchingMetadataIsStartedButNotChecked() {
		assertThat(StatusFlags.of(torrent((t) -> t.state = TorrentState.FETCHING_METADATA), true)).isEqualTo(193);
	}

	@Test
	void movingTorrentStaysStarted() {
		assertThat(StatusFlags.of(torrent((t) -> t.state = TorrentState.MOVING), true)).isEqualTo(201);
	}

	@Test
	void everyTorrentIsLoadedAndNoneIsEverPaused() {
		for (TorrentState state : TorrentState.values()) {
			for (boolean forced : new boolean[] { false, true }) {
				for (boolean queueing : new boolean[] { false, true }) {
					int bits = StatusFlags.of(torrent((t) -> {
						t.state = state;
						t.forceStart = forced;
					}), queueing);
					assertThat(bits & StatusFlags.LOADED).as(state + " loaded").isEqualTo(StatusFlags.LOADED);
					assertThat(bits & StatusFlags.PAUSED).as(state + " paused").isZero();
				}
			}
		}
	}

	@Test
	void stoppedFinishedTorrentIsCompletedAndRemovableForSonarr() {
		Torrent finished = torrent((t) -> t.finished().state = TorrentState.STOPPED);
		List<Object> row = TorrentRow.of(finished, true);
		assertThat(Sonarr.status(row)).isEqualTo("Completed");
		assertThat(Sonarr.canBeRemoved(row)).isTrue();
	}

	@Test
	void seedingTorrentIsCompletedButNotRemovableForSonarr() {
		List<Object> row = TorrentRow.of(torrent(TorrentFixture::finished), true);
		assertThat(Sonarr.status(row)).isEqualTo("Completed");
		assertThat(Sonarr.canBeRemoved(row)).isFalse();
	}

	@Test
	void sonarrReadsEveryOtherStateAsItsOwn() {
		assertThat(Sonarr.status(TorrentRow.of(torrent(), true))).isEqualTo("Downloading");
		assertThat(Sonarr.status(TorrentRow.of(torrent((t) -> t.state = TorrentState.FETCHING_METADATA), true)))
			.isEqualTo("Downloading");
		assertThat(Sonarr.status(TorrentRow.of(torrent((t) -> t.state = TorrentState.QUEUED), true)))
			.isEqualTo("Queued");
		assertThat(Sonarr.status(TorrentRow.of(torrent((t) -> t.state = TorrentState.STOPPED), true)))
			.isEqualTo("Queued");
		assertThat(Sonarr.status(TorrentRow.of(torrent((t) -> t.state = TorrentState.ERROR), true)))
			.isEqualTo("Warning");
	}

	@Test
	void checkingAFinishedTorrentIsNotYetCompletedForSonarr() {
		// the check may still find pieces missing: Sonarr must not import meanwhile
		List<Object> row = TorrentRow.of(torrent((t) -> t.finished().state = TorrentState.CHECKING), true);
		assertThat(Sonarr.status(row)).isNotEqualTo("Completed");
	}

	/** Sonarr's reading of a row (arr-clients §6.5, UTorrent.cs GetItems). */
	private static final class Sonarr {

		static String status(List<Object> row) {
			int status = (Integer) row.get(1);
			if ((status & 16) != 0) {
				return "Warning";
			}
			if ((status & 128) != 0 && (status & 8) != 0 && (Long) row.get(18) == 0 && (Integer) row.get(4) == 1000) {
				return "Completed";
			}
			if ((status & 32) != 0) {
				return "Paused";
			}
			if ((status & 1) != 0) {
				return "Downloading";
			}
			return "Queued";
		}

		static boolean canBeRemoved(List<Object> row) {
			int status = (Integer) row.get(1);
			return (status & (64 | 1)) == 0;
		}

	}

}
