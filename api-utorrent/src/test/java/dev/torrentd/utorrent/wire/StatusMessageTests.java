package dev.torrentd.utorrent.wire;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.torrentd.automation.UtorrentStatus;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;

import static dev.torrentd.utorrent.wire.TorrentFixture.torrent;
import static org.assertj.core.api.Assertions.assertThat;

class StatusMessageTests {

	/**
	 * Organizr's reading of column 21: words, then a number (api/homepage/utorrent.php).
	 */
	private static final Pattern WORDS_THEN_NUMBER = Pattern.compile("^([^0-9]+) ([0-9]+\\.[0-9]) %$");

	@Test
	void downloadingTorrentShowsItsProgressToOneDecimal() {
		assertThat(UtorrentStatus.message(torrent())).isEqualTo("Downloading 45.2 %");
	}

	@Test
	void forceStartedTorrentIsMarkedF() {
		assertThat(UtorrentStatus.message(torrent((t) -> t.forceStart = true))).isEqualTo("[F] Downloading 45.2 %");
		assertThat(UtorrentStatus.message(torrent((t) -> t.finished().forceStart = true)))
			.isEqualTo("[F] Seeding 100.0 %");
	}

	@Test
	void seedingTorrentIsSeedingAtAHundredPercent() {
		assertThat(UtorrentStatus.message(torrent(TorrentFixture::finished))).isEqualTo("Seeding 100.0 %");
	}

	@Test
	void queuedTorrentIsQueuedOrQueuedSeed() {
		assertThat(UtorrentStatus.message(torrent((t) -> {
			t.state = TorrentState.QUEUED;
			t.wantedDoneBytes = 0;
		}))).isEqualTo("Queued 0.0 %");
		assertThat(UtorrentStatus.message(torrent((t) -> t.finished().state = TorrentState.QUEUED)))
			.isEqualTo("Queued Seed 100.0 %");
	}

	@Test
	void stoppedTorrentIsStoppedOrFinishedWhenComplete() {
		assertThat(UtorrentStatus.message(torrent((t) -> {
			t.state = TorrentState.STOPPED;
			t.wantedDoneBytes = 120_000_000L;
		}))).isEqualTo("Stopped 12.0 %");
		assertThat(UtorrentStatus.message(torrent((t) -> t.finished().state = TorrentState.STOPPED)))
			.isEqualTo("Finished 100.0 %");
	}

	@Test
	void checkingTorrentShowsTheChecksProgress() {
		assertThat(UtorrentStatus.message(torrent((t) -> {
			t.state = TorrentState.CHECKING;
			t.progress = 0.45;
		}))).isEqualTo("Checking 45.0 %");
		assertThat(UtorrentStatus.message(torrent((t) -> {
			t.state = TorrentState.CHECKING_RESUME_DATA;
			t.progress = 0.29;
		}))).isEqualTo("Checking 29.0 %");
	}

	@Test
	void fetchingMetadataReadsAsDownloadingNothingYet() {
		assertThat(UtorrentStatus.message(torrent((t) -> {
			t.state = TorrentState.FETCHING_METADATA;
			t.hasMetadata = false;
			t.wantedSizeBytes = 0;
			t.wantedDoneBytes = 0;
		}))).isEqualTo("Downloading 0.0 %");
	}

	@Test
	void movingTorrentSaysSo() {
		assertThat(UtorrentStatus.message(torrent((t) -> t.state = TorrentState.MOVING))).isEqualTo("Moving 45.2 %");
	}

	@Test
	void erroredTorrentShowsTheEnginesMessage() {
		assertThat(UtorrentStatus.message(torrent((t) -> {
			t.state = TorrentState.ERROR;
			t.errorMessage = "No space left on device";
		}))).isEqualTo("Error: No space left on device");
		assertThat(UtorrentStatus.message(torrent((t) -> t.state = TorrentState.ERROR))).isEqualTo("Error");
	}

	@Test
	void progressIsWrittenWithADotWhateverTheDefaultLocale() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY);
			assertThat(UtorrentStatus.message(torrent())).isEqualTo("Downloading 45.2 %");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void everyStateButErrorReadsAsWordsThenANumber() {
		for (TorrentState state : TorrentState.values()) {
			if (state == TorrentState.ERROR) {
				continue;
			}
			for (boolean forced : new boolean[] { false, true }) {
				Torrent torrent = torrent((t) -> {
					t.state = state;
					t.forceStart = forced;
				});
				assertThat(UtorrentStatus.message(torrent)).as(state.name()).matches(WORDS_THEN_NUMBER);
			}
		}
	}

}
