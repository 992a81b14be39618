package dev.torrentd.automation.programs;

import java.util.List;

import dev.torrentd.automation.programs.EventDetector.Kind;
import dev.torrentd.automation.programs.EventDetector.TorrentEvent;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EventDetectorTests {

	private final EventDetector detector = new EventDetector();

	private static Torrent torrent(String idDigit, TorrentState state, boolean complete, long sessionDownloaded) {
		Snapshot snapshot = new Snapshot().in(state, complete);
		snapshot.id = TorrentId.parse(idDigit.repeat(40));
		snapshot.downloadedSessionBytes = sessionDownloaded;
		return snapshot.build();
	}

	private List<Object> next(Torrent... torrents) {
		return this.detector.next(List.of(torrents))
			.stream()
			.map((TorrentEvent event) -> (Object) tuple(event.kind(), event.torrent().id().hex().substring(0, 1),
					event.previousState(), event.state()))
			.toList();
	}

	@Test
	void torrentsOfTheBaselineFireNothing() {
		this.detector.baseline(List.of(torrent("a", TorrentState.DOWNLOADING, false, 10)));
		assertThat(next(torrent("a", TorrentState.DOWNLOADING, false, 20))).isEmpty();
	}

	@Test
	void aNewIdIsAdded() {
		this.detector.baseline(List.of(torrent("a", TorrentState.DOWNLOADING, false, 0)));
		assertThat(
				next(torrent("a", TorrentState.DOWNLOADING, false, 0), torrent("b", TorrentState.CHECKING, false, 0)))
			.containsExactly(tuple(Kind.ADDED, "b", 2, 2));
		assertThat(
				next(torrent("a", TorrentState.DOWNLOADING, false, 0), torrent("b", TorrentState.CHECKING, false, 0)))
			.isEmpty();
	}

	@Test
	void aTorrentSeenIncompleteThatBecomesCompleteFinishesOnce() {
		this.detector.baseline(List.of(torrent("a", TorrentState.DOWNLOADING, false, 10)));
		assertThat(next(torrent("a", TorrentState.SEEDING, true, 99)))
			.containsExactly(tuple(Kind.STATE_CHANGED, "a", 6, 5), tuple(Kind.FINISHED, "a", 6, 5));
		assertThat(next(torrent("a", TorrentState.SEEDING, true, 99))).isEmpty();
		assertThat(next(torrent("a", TorrentState.STOPPED, true, 99)))
			.containsExactly(tuple(Kind.STATE_CHANGED, "a", 5, 11));
	}

	@Test
	void aRecheckOfAFinishedTorrentDoesNotFinishItAgain() {
		this.detector.baseline(List.of(torrent("a", TorrentState.SEEDING, true, 0)));
		next(torrent("a", TorrentState.CHECKING, false, 0));
		assertThat(next(torrent("a", TorrentState.SEEDING, true, 0)))
			.containsExactly(tuple(Kind.STATE_CHANGED, "a", 2, 5));
	}

	@Test
	void aRecheckThatFindsDataMissingFinishesAgainOnceDownloaded() {
		this.detector.baseline(List.of(torrent("a", TorrentState.SEEDING, true, 0)));
		next(torrent("a", TorrentState.CHECKING, false, 0));
		next(torrent("a", TorrentState.DOWNLOADING, false, 0));
		assertThat(next(torrent("a", TorrentState.SEEDING, true, 100))).contains(tuple(Kind.FINISHED, "a", 6, 5));
	}

	@Test
	void aFinishedTorrentCheckingItsResumeDataAtStartDoesNotFinishAgain() {
		// after a restart every torrent checks its resume data, incomplete for a moment
		this.detector.baseline(List.of(torrent("a", TorrentState.CHECKING_RESUME_DATA, false, 0)));
		assertThat(next(torrent("a", TorrentState.SEEDING, true, 0)))
			.containsExactly(tuple(Kind.STATE_CHANGED, "a", 2, 5));
	}

	@Test
	void aStoppedTorrentBeforeItsFirstStatusIsNotTakenForIncomplete() {
		Snapshot noStatus = new Snapshot().in(TorrentState.STOPPED, false);
		noStatus.wantedSizeBytes = 0;
		noStatus.wantedDoneBytes = 0;
		noStatus.downloadedSessionBytes = 0;
		this.detector.baseline(List.of(noStatus.build()));
		Snapshot withStatus = new Snapshot().in(TorrentState.STOPPED, true);
		withStatus.downloadedSessionBytes = 0;
		assertThat(this.detector.next(List.of(withStatus.build()))).extracting(TorrentEvent::kind)
			.containsExactly(Kind.STATE_CHANGED);
	}

	@Test
	void aTorrentAddedAndDownloadedBetweenTwoLooksIsAddedAndFinished() {
		this.detector.baseline(List.of());
		assertThat(next(torrent("b", TorrentState.SEEDING, true, 5000))).containsExactly(tuple(Kind.ADDED, "b", 5, 5),
				tuple(Kind.FINISHED, "b", 5, 5));
	}

	@Test
	void aTorrentFirstSeenCheckingThenCompleteByDownloadFinishes() {
		this.detector.baseline(List.of());
		next(torrent("b", TorrentState.CHECKING, false, 0));
		assertThat(next(torrent("b", TorrentState.SEEDING, true, 5000))).contains(tuple(Kind.FINISHED, "b", 2, 5));
	}

	@Test
	void aTorrentAddedOverCompleteDataDoesNotFinish() {
		this.detector.baseline(List.of());
		next(torrent("b", TorrentState.CHECKING, false, 0));
		assertThat(next(torrent("b", TorrentState.SEEDING, true, 0)))
			.containsExactly(tuple(Kind.STATE_CHANGED, "b", 2, 5));
		this.detector.baseline(List.of());
		assertThat(next(torrent("c", TorrentState.SEEDING, true, 0))).containsExactly(tuple(Kind.ADDED, "c", 5, 5));
	}

	@Test
	void aRemovedTorrentThatComesBackIsAddedAgain() {
		this.detector.baseline(List.of(torrent("a", TorrentState.SEEDING, true, 0)));
		assertThat(next()).isEmpty();
		assertThat(next(torrent("a", TorrentState.SEEDING, true, 0))).containsExactly(tuple(Kind.ADDED, "a", 5, 5));
	}

}
