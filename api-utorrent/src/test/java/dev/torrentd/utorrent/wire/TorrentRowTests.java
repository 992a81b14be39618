package dev.torrentd.utorrent.wire;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;

import static dev.torrentd.utorrent.wire.TorrentFixture.torrent;
import static org.assertj.core.api.Assertions.assertThat;

class TorrentRowTests {

	@Test
	void downloadingTorrentFillsEveryColumnInMicroTorrentOrder() {
		Torrent torrent = torrent((t) -> t.category = "tv-sonarr");
		assertThat(TorrentRow.of(torrent, true)).containsExactly("0AA1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3", 201,
				"Some.Show.S01E01.1080p", 1_000_000_000L, 452, 460_000_000L, 230_000_000L, 500, 30_000, 2_000_000, 274,
				"tv-sonarr", 3, 12, 4, 40, 98_304, 3, 548_000_000L, "", "", "Downloading 45.2 %", "0aa1b2c3",
				1_714_557_600L, 0L, "", "/downloads/tv", 0, "");
	}

	@Test
	void rowHasExactlyTwentyNineColumns() {
		assertThat(TorrentRow.COLUMNS).isEqualTo(29);
		assertThat(TorrentRow.of(torrent(), true)).hasSize(TorrentRow.COLUMNS);
		assertThat(TorrentRow.of(torrent((t) -> t.finished().state = TorrentState.STOPPED), false))
			.hasSize(TorrentRow.COLUMNS);
	}

	@Test
	void valuesAreOnlyIntegersLongsAndStrings() {
		for (TorrentState state : TorrentState.values()) {
			List<Object> row = TorrentRow.of(torrent((t) -> t.state = state), true);
			assertThat(row).as(state.name())
				.allSatisfy((value) -> assertThat(value).isInstanceOfAny(Integer.class, Long.class, String.class));
		}
	}

	@Test
	void byteCountsAndDatesAreLongsAndEveryOtherNumberAnInt() {
		List<Object> row = TorrentRow.of(torrent(TorrentFixture::finished), true);
		for (int column : new int[] { 3, 5, 6, 18, 23, 24 }) {
			assertThat(row.get(column)).as("column %d", column).isInstanceOf(Long.class);
		}
		for (int column : new int[] { 1, 4, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 27 }) {
			assertThat(row.get(column)).as("column %d", column).isInstanceOf(Integer.class);
		}
		for (int column : new int[] { 0, 2, 11, 19, 20, 21, 22, 25, 26, 28 }) {
			assertThat(row.get(column)).as("column %d", column).isInstanceOf(String.class);
		}
	}

	@Test
	void hashIsUpperCaseAndStreamIdItsFirstEightDigits() {
		TorrentId id = TorrentId.parse("abcdef0123456789abcdef0123456789abcdef01");
		List<Object> row = TorrentRow.of(torrent((t) -> t.id = id), true);
		assertThat(row.get(0)).isEqualTo("ABCDEF0123456789ABCDEF0123456789ABCDEF01");
		assertThat(row.get(22)).isEqualTo("abcdef01").isEqualTo(TorrentRow.streamId(id));
	}

	@Test
	void sizeAndRemainingCountOnlyTheWantedFiles() {
		List<Object> row = TorrentRow.of(torrent((t) -> {
			t.totalSizeBytes = 9_000_000_000L;
			t.wantedSizeBytes = 5_000_000_000L;
			t.wantedDoneBytes = 1_000_000_000L;
		}), true);
		assertThat(row.get(3)).isEqualTo(5_000_000_000L);
		assertThat(row.get(18)).isEqualTo(4_000_000_000L);
		assertThat(row.get(4)).isEqualTo(200);
	}

	@Test
	void progressIsRoundedDownSoOnlyNothingRemainingReadsAThousand() {
		assertThat(TorrentRow.of(torrent((t) -> t.wantedDoneBytes = t.wantedSizeBytes - 1), true).get(4))
			.isEqualTo(999);
		assertThat(TorrentRow.of(torrent((t) -> t.wantedDoneBytes = 999), true).get(4)).isEqualTo(0);
		assertThat(TorrentRow.of(torrent((t) -> {
			t.wantedSizeBytes = 40_000_000_000_000_000L;
			t.wantedDoneBytes = t.wantedSizeBytes - 1;
		}), true).get(4)).isEqualTo(999);
		assertThat(TorrentRow.of(torrent(TorrentFixture::finished), true).get(4)).isEqualTo(1000);
	}

	@Test
	void progressFollowsTheBytesNotTheChecksProgress() {
		Torrent checking = torrent((t) -> {
			t.state = TorrentState.CHECKING;
			t.progress = 0.9;
		});
		assertThat(TorrentRow.of(checking, true).get(4)).isEqualTo(452);
	}

	@Test
	void magnetWithoutMetadataHasNoSizeAndNoProgress() {
		List<Object> row = TorrentRow.of(torrent((t) -> {
			t.state = TorrentState.FETCHING_METADATA;
			t.hasMetadata = false;
			t.totalSizeBytes = 0;
			t.wantedSizeBytes = 0;
			t.wantedDoneBytes = 0;
			t.progress = 0;
		}), true);
		assertThat(row.get(3)).isEqualTo(0L);
		assertThat(row.get(4)).isEqualTo(0);
		assertThat(row.get(18)).isEqualTo(0L);
		assertThat(row.get(10)).isEqualTo(-1);
	}

	@Test
	void completeTorrentWithEveryFileSkippedIsDone() {
		List<Object> row = TorrentRow.of(torrent((t) -> {
			t.finished();
			t.wantedSizeBytes = 0;
			t.wantedDoneBytes = 0;
		}), true);
		assertThat(row.get(4)).isEqualTo(1000);
		assertThat(row.get(18)).isEqualTo(0L);
	}

	@Test
	void ratioIsPerMilleAndInfiniteRatiosStayFinite() {
		assertThat(TorrentRow.of(torrent((t) -> t.ratio = 1.5), true).get(7)).isEqualTo(1500);
		assertThat(TorrentRow.of(torrent((t) -> t.ratio = 0.0004), true).get(7)).isEqualTo(0);
		assertThat(TorrentRow.of(torrent((t) -> t.ratio = Torrent.MAX_RATIO), true).get(7)).isEqualTo(9_999_000);
		assertThat(TorrentRow.of(torrent((t) -> t.ratio = Double.POSITIVE_INFINITY), true).get(7)).isEqualTo(9_999_000);
		assertThat(TorrentRow.of(torrent((t) -> t.ratio = 1e30), true).get(7)).isEqualTo(9_999_000);
		assertThat(TorrentRow.of(torrent((t) -> t.ratio = Double.NaN), true).get(7)).isEqualTo(0);
	}

	@Test
	void ratesBeyondAnIntAreCapped() {
		List<Object> row = TorrentRow.of(torrent((t) -> {
			t.uploadRate = 5_000_000_000L;
			t.downloadRate = 3_000_000_000L;
		}), true);
		assertThat(row.get(8)).isEqualTo(Integer.MAX_VALUE);
		assertThat(row.get(9)).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void etaIsMinusOneWhenUnknownOrNotDownloading() {
		assertThat(TorrentRow.of(torrent((t) -> t.etaSeconds = Torrent.ETA_INFINITE), true).get(10)).isEqualTo(-1);
		assertThat(TorrentRow.of(torrent(TorrentFixture::finished), true).get(10)).isEqualTo(-1);
		assertThat(TorrentRow.of(torrent((t) -> t.finished().etaSeconds = 600), true).get(10)).isEqualTo(-1);
		assertThat(TorrentRow.of(torrent((t) -> t.state = TorrentState.STOPPED), true).get(10)).isEqualTo(-1);
		assertThat(TorrentRow.of(torrent((t) -> t.state = TorrentState.QUEUED), true).get(10)).isEqualTo(-1);
		assertThat(TorrentRow.of(torrent((t) -> t.state = TorrentState.ERROR), true).get(10)).isEqualTo(-1);
		assertThat(TorrentRow.of(torrent((t) -> t.etaSeconds = 0), true).get(10)).isEqualTo(0);
	}

	@Test
	void labelIsTheCategoryAndEmptyWithoutOne() {
		assertThat(TorrentRow.of(torrent(), true).get(11)).isEqualTo("");
		assertThat(TorrentRow.of(torrent((t) -> t.category = "movies/4k"), true).get(11)).isEqualTo("movies/4k");
	}

	@Test
	void peersAreLeechersAndSeedsConnectedAndInTheSwarm() {
		List<Object> row = TorrentRow.of(torrent((t) -> {
			t.connectedLeechers = 1;
			t.swarmLeechers = 2;
			t.connectedSeeds = 3;
			t.swarmSeeds = 4;
		}), true);
		assertThat(row.subList(12, 16)).containsExactly(1, 2, 3, 4);
	}

	@Test
	void availabilityIsInSixtyFiveThousandFiveHundredThirtySixths() {
		assertThat(TorrentRow.of(torrent((t) -> t.availability = 1), true).get(16)).isEqualTo(65_536);
		assertThat(TorrentRow.of(torrent((t) -> t.availability = 0.25), true).get(16)).isEqualTo(16_384);
		assertThat(TorrentRow.of(torrent((t) -> t.availability = 0), true).get(16)).isEqualTo(0);
	}

	@Test
	void unknownAvailabilityIsOneCopyForASeedAndNoneOtherwise() {
		assertThat(TorrentRow.of(torrent(TorrentFixture::finished), true).get(16)).isEqualTo(65_536);
		assertThat(TorrentRow.of(torrent((t) -> t.availability = -1), true).get(16)).isEqualTo(0);
	}

	@Test
	void queueOrderIsOneBasedAndMinusOneOutsideTheQueue() {
		assertThat(TorrentRow.of(torrent((t) -> t.queuePosition = 0), true).get(17)).isEqualTo(1);
		assertThat(TorrentRow.of(torrent((t) -> t.queuePosition = 41), true).get(17)).isEqualTo(42);
		assertThat(TorrentRow.of(torrent((t) -> t.queuePosition = -1), true).get(17)).isEqualTo(-1);
	}

	@Test
	void datesAreUnixSecondsAndZeroWhenNeverCompleted() {
		List<Object> finished = TorrentRow.of(torrent((t) -> {
			t.finished();
			t.addedAt = Instant.ofEpochSecond(1_700_000_000L, 999_000_000);
			t.completedAt = Instant.ofEpochSecond(1_700_003_600L);
		}), true);
		assertThat(finished.get(23)).isEqualTo(1_700_000_000L);
		assertThat(finished.get(24)).isEqualTo(1_700_003_600L);
		assertThat(TorrentRow.of(torrent(), true).get(24)).isEqualTo(0L);
	}

	@Test
	void savePathIsTheDirectoryHoldingTheContent() {
		List<Object> row = TorrentRow.of(torrent((t) -> t.savePath = Path.of("/srv/media/tv")), true);
		assertThat(row.get(26)).isEqualTo("/srv/media/tv");
		assertThat(row.get(2)).isEqualTo("Some.Show.S01E01.1080p");
	}

	@Test
	void statusColumnsAgree() {
		List<Object> row = TorrentRow.of(torrent((t) -> t.finished().forceStart = true), true);
		assertThat(row.get(1)).isEqualTo(137);
		assertThat(row.get(21)).isEqualTo("[F] Seeding 100.0 %");
	}

	@Test
	void unusedColumnsAreEmptyStringsAndZero() {
		List<Object> row = TorrentRow.of(torrent(), true);
		assertThat(row.get(19)).isEqualTo("");
		assertThat(row.get(20)).isEqualTo("");
		assertThat(row.get(25)).isEqualTo("");
		assertThat(row.get(27)).isEqualTo(0);
		assertThat(row.get(28)).isEqualTo("");
	}

}
