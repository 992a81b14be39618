package dev.torrentd.qbittorrent.auth;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginAttemptsTests {

	private static final String IP = "192.0.2.7";

	private final MutableClock clock = new MutableClock();

	private final LoginAttempts attempts = new LoginAttempts(this.clock, 3, Duration.ofMinutes(10));

	@Test
	void failuresBelowTheMaximumDoNotBan() {
		this.attempts.failed(IP);
		this.attempts.failed(IP);

		assertThat(this.attempts.isBanned(IP)).isFalse();
	}

	@Test
	void theFailureThatReachesTheMaximumStartsTheBan() {
		failTimes(3, IP);

		assertThat(this.attempts.isBanned(IP)).isTrue();
	}

	@Test
	void aBanIsPerIp() {
		failTimes(3, IP);

		assertThat(this.attempts.isBanned("192.0.2.8")).isFalse();
	}

	@Test
	void aBanLastsTheBanDuration() {
		failTimes(3, IP);

		this.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
		assertThat(this.attempts.isBanned(IP)).isTrue();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.attempts.isBanned(IP)).isFalse();
	}

	@Test
	void anExpiredBanStartsTheCountAgain() {
		failTimes(3, IP);
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(this.attempts.isBanned(IP)).isFalse();

		failTimes(2, IP);

		assertThat(this.attempts.isBanned(IP)).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsTheFailures() {
		failTimes(2, IP);

		this.attempts.succeeded(IP);
		failTimes(2, IP);

		assertThat(this.attempts.isBanned(IP)).isFalse();
	}

	@Test
	void failuresDoNotDecayWithTime() {
		failTimes(2, IP);
		this.clock.advance(Duration.ofDays(1));

		this.attempts.failed(IP);

		assertThat(this.attempts.isBanned(IP)).isTrue();
	}

	@Test
	void aMaximumOfZeroNeverBans() {
		LoginAttempts never = new LoginAttempts(this.clock, 0, Duration.ofMinutes(10));

		for (int i = 0; i < 100; i++) {
			never.failed(IP);
		}

		assertThat(never.isBanned(IP)).isFalse();
	}

	@Test
	void monitoringCountsEveryFailureAndTheBansNotRunOut() {
		failTimes(3, IP);
		failTimes(1, "192.0.2.8");
		assertThat(this.attempts.totalFailures()).isEqualTo(4);
		assertThat(this.attempts.activeBans()).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(10));

		assertThat(this.attempts.activeBans()).isZero();
		assertThat(this.attempts.totalFailures()).isEqualTo(4);
	}

	@Test
	void failuresAreCountedAlsoWhenBanningIsOff() {
		LoginAttempts never = new LoginAttempts(this.clock, 0, Duration.ofMinutes(10));

		never.failed(IP);
		never.failed(IP);

		assertThat(never.totalFailures()).isEqualTo(2);
		assertThat(never.activeBans()).isZero();
	}

	private void failTimes(int times, String ip) {
		for (int i = 0; i < times; i++) {
			this.attempts.failed(ip);
		}
	}

}
