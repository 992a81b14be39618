package dev.torrentd.qbittorrent.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * A clock the test moves by hand, so that timeouts and bans are checked without waiting.
 */
final class MutableClock implements InstantSource {

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	@Override
	public Instant instant() {
		return this.now;
	}

	void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

}
