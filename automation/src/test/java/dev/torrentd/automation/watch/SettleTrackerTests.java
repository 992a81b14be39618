package dev.torrentd.automation.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettleTrackerTests {

	private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

	private static final Path FILE = Path.of("/watch/a.torrent");

	private final SettleTracker tracker = new SettleTracker(Duration.ofSeconds(2));

	private static Instant at(double seconds) {
		return T0.plusMillis((long) (seconds * 1000));
	}

	@Test
	void aFileIsNotReadAtFirstSight() {
		assertThat(this.tracker.observe(FILE, 100, 1, at(0))).isFalse();
	}

	@Test
	void aFileUnchangedForTheSettleTimeIsRead() {
		this.tracker.observe(FILE, 100, 1, at(0));
		assertThat(this.tracker.observe(FILE, 100, 1, at(1.9))).isFalse();
		assertThat(this.tracker.observe(FILE, 100, 1, at(2))).isTrue();
	}

	@Test
	void aGrowingFileWaitsUntilItStopsGrowing() {
		long size = 0;
		for (int second = 0; second < 10; second++) {
			size += 1000;
			assertThat(this.tracker.observe(FILE, size, second, at(second))).isFalse();
		}
		assertThat(this.tracker.observe(FILE, size, 9, at(10))).isFalse();
		assertThat(this.tracker.observe(FILE, size, 9, at(11))).isTrue();
	}

	@Test
	void aChangeOfModificationTimeAloneRestartsTheWait() {
		this.tracker.observe(FILE, 100, 1, at(0));
		assertThat(this.tracker.observe(FILE, 100, 2, at(2))).isFalse();
		assertThat(this.tracker.observe(FILE, 100, 2, at(3))).isFalse();
		assertThat(this.tracker.observe(FILE, 100, 2, at(4))).isTrue();
	}

	@Test
	void aForgottenFileSettlesAnew() {
		this.tracker.observe(FILE, 100, 1, at(0));
		this.tracker.forget(FILE);
		assertThat(this.tracker.observe(FILE, 100, 1, at(5))).isFalse();
	}

	@Test
	void filesGoneFromTheFolderAreForgotten() {
		Path other = Path.of("/watch/b.torrent");
		this.tracker.observe(FILE, 100, 1, at(0));
		this.tracker.observe(other, 100, 1, at(0));
		this.tracker.retain(Set.of(other));
		assertThat(this.tracker.observe(FILE, 100, 1, at(5))).isFalse();
		assertThat(this.tracker.observe(other, 100, 1, at(5))).isTrue();
	}

	@Test
	void theNextSettleIsTheEarliestStillToComeSoTheScanCanWakeThen() {
		assertThat(this.tracker.nextSettle(at(0))).isEmpty();
		this.tracker.observe(FILE, 100, 1, at(0));
		this.tracker.observe(Path.of("/watch/b.torrent"), 100, 1, at(1));
		assertThat(this.tracker.nextSettle(at(1))).contains(at(2));
		// a file already settled (waiting for a retry) does not make the scan spin
		assertThat(this.tracker.nextSettle(at(2.5))).contains(at(3));
		assertThat(this.tracker.nextSettle(at(3))).isEmpty();
	}

}
