package dev.torrentd.utorrent.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.ConnectionStatus;
import dev.torrentd.engine.TransferStats;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TransferHistoryTests {

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	@TempDir
	Path dir;

	private Instant now = LocalDateTime.of(2025, 3, 10, 12, 0).atZone(ZONE).toInstant();

	private long uploaded;

	private long downloaded;

	private TransferHistory history;

	@BeforeEach
	void open() {
		this.history = start();
	}

	private TransferHistory start() {
		return new TransferHistory(() -> new TransferStats(0, 0, this.downloaded, this.uploaded, 0, 0, 0, 0, 0, 0, 0,
				ConnectionStatus.CONNECTED, 6881, -1), () -> this.now, ZONE, this.dir);
	}

	private void transfer(long up, long down) {
		this.uploaded += up;
		this.downloaded += down;
	}

	private void at(int month, int day, int hour, int minute) {
		this.now = LocalDateTime.of(2025, month, day, hour, minute).atZone(ZONE).toInstant();
	}

	@Test
	void everyListHasThirtyOneDaysAndLocalTrafficIsZero() {
		Map<String, List<Long>> days = this.history.days();

		assertThat(days).containsOnlyKeys("daily_upload", "daily_download", "daily_local_upload",
				"daily_local_download");
		assertThat(days.values()).allSatisfy((list) -> assertThat(list).hasSize(31).containsOnly(0L));
	}

	@Test
	void aSampleAddsWhatTheSessionTotalsGrewByToToday() {
		transfer(1000, 5000);
		this.history.sample();
		transfer(200, 300);
		this.history.sample();

		Map<String, List<Long>> days = this.history.days();
		assertThat(days.get("daily_upload").get(0)).isEqualTo(1200);
		assertThat(days.get("daily_download").get(0)).isEqualTo(5300);
		assertThat(days.get("daily_upload").subList(1, 31)).containsOnly(0L);
		assertThat(days.get("daily_local_upload")).containsOnly(0L);
	}

	@Test
	void todayIncludesWhatWasTransferredSinceTheLastSample() {
		transfer(100, 100);
		this.history.sample();
		transfer(50, 70);

		Map<String, List<Long>> days = this.history.days();

		assertThat(days.get("daily_upload").get(0)).isEqualTo(150);
		assertThat(days.get("daily_download").get(0)).isEqualTo(170);
	}

	@Test
	void bytesAfterMidnightCountForTheNewDay() {
		at(3, 10, 23, 59);
		transfer(10, 20);
		this.history.sample();
		at(3, 11, 0, 1);
		transfer(1, 2);
		this.history.sample();
		at(3, 13, 9, 0);

		Map<String, List<Long>> days = this.history.days();

		assertThat(days.get("daily_upload").subList(0, 4)).containsExactly(0L, 0L, 1L, 10L);
		assertThat(days.get("daily_download").subList(0, 4)).containsExactly(0L, 0L, 2L, 20L);
	}

	@Test
	void sessionTotalsBelowThePreviousSampleMeanTheEngineRestarted() {
		transfer(1000, 1000);
		this.history.sample();
		this.uploaded = 30;
		this.downloaded = 40;
		this.history.sample();

		Map<String, List<Long>> days = this.history.days();

		assertThat(days.get("daily_upload").get(0)).isEqualTo(1030);
		assertThat(days.get("daily_download").get(0)).isEqualTo(1040);
	}

	@Test
	void theHistorySurvivesARestartOfTheServer() {
		transfer(1000, 2000);
		this.history.sample();
		at(3, 11, 8, 0);
		// a new process: the engine's session totals start again at 0
		this.uploaded = 0;
		this.downloaded = 0;
		this.history = start();
		transfer(5, 6);
		this.history.sample();

		Map<String, List<Long>> days = this.history.days();

		assertThat(days.get("daily_upload").subList(0, 2)).containsExactly(5L, 1000L);
		assertThat(days.get("daily_download").subList(0, 2)).containsExactly(6L, 2000L);
		assertThat(this.dir.resolve(TransferHistory.FILE_NAME)).isRegularFile();
	}

	@Test
	void daysOlderThanThirtyOneAreDropped() throws IOException {
		at(1, 1, 12, 0);
		transfer(7, 7);
		this.history.sample();
		at(1, 31, 12, 0);
		Map<String, List<Long>> days = this.history.days();
		assertThat(days.get("daily_upload").get(30)).as("January 1st is 30 days before the 31st").isEqualTo(7);

		at(2, 1, 12, 0);
		this.history.sample();

		assertThat(this.history.days().get("daily_upload")).containsOnly(0L);
		assertThat(Files.readString(this.dir.resolve(TransferHistory.FILE_NAME))).doesNotContain("2025-01-01");
	}

	@Test
	void resetForgetsTheHistoryAndWhatWasNotSampledYet() {
		transfer(100, 100);
		this.history.sample();
		transfer(50, 50);

		this.history.reset();

		assertThat(this.history.days().get("daily_upload")).containsOnly(0L);
		transfer(1, 2);
		assertThat(this.history.days().get("daily_upload").get(0)).isEqualTo(1);
		this.history = start();
		assertThat(this.history.days().get("daily_download").get(0))
			.as("the reset was persisted, not the pending bytes")
			.isEqualTo(this.downloaded);
	}

	@Test
	void anUnreadableFileMeansAnEmptyHistory() throws IOException {
		Files.writeString(this.dir.resolve(TransferHistory.FILE_NAME),
				"{\"days\":{\"yesterday\":[1,2],\"2025-03-09\":[3]}}");

		this.history = start();

		assertThat(this.history.days().get("daily_upload")).containsOnly(0L);
	}

	@Test
	void aFileFromAnEarlierRunIsRead() throws IOException {
		Files.writeString(this.dir.resolve(TransferHistory.FILE_NAME),
				"{\"days\":{\"2025-03-09\":[300,400],\"2025-03-10\":[1,2]}}");

		this.history = start();

		assertThat(this.history.days().get("daily_upload").subList(0, 2)).containsExactly(1L, 300L);
		assertThat(this.history.days().get("daily_download").subList(0, 2)).containsExactly(2L, 400L);
	}

	@Test
	void growthIsTheDifferenceOrTheWholeValueAfterARestart() {
		assertThat(TransferHistory.growth(100, 150)).isEqualTo(50);
		assertThat(TransferHistory.growth(100, 100)).isZero();
		assertThat(TransferHistory.growth(100, 40)).isEqualTo(40);
	}

}
