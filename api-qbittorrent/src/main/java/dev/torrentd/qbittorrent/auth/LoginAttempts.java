package dev.torrentd.qbittorrent.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

/**
 * qBittorrent's brute-force ban: after {@code maxFailures} failed logins from one IP,
 * that IP's logins are refused for the ban duration. The count is reset only by a
 * successful login or by the ban running out (no decay otherwise), as in qBittorrent's
 * {@code WebApplication}.
 */
public final class LoginAttempts {

	private static final int PRUNE_ABOVE = 1000;

	private final InstantSource clock;

	private final int maxFailures;

	private final Duration banDuration;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final LongAdder totalFailures = new LongAdder();

	/**
	 * Creates the tracker.
	 * @param clock the time source
	 * @param maxFailures failures that start a ban; 0 disables banning
	 * @param banDuration how long a ban lasts
	 */
	public LoginAttempts(InstantSource clock, int maxFailures, Duration banDuration) {
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.banDuration = banDuration;
	}

	/**
	 * Whether an IP is banned now.
	 * @param ip the client address
	 * @return true while banned
	 */
	public boolean isBanned(String ip) {
		Failures f = this.failures.get(ip);
		if (f == null || f.bannedUntil == null) {
			return false;
		}
		if (this.clock.instant().isBefore(f.bannedUntil)) {
			return true;
		}
		this.failures.remove(ip);
		return false;
	}

	/**
	 * Counts a failed login; the one that reaches the maximum starts the ban.
	 * @param ip the client address
	 */
	public void failed(String ip) {
		this.totalFailures.increment();
		if (this.maxFailures <= 0) {
			return;
		}
		Instant now = this.clock.instant();
		if (this.failures.size() > PRUNE_ABOVE) {
			// bounded memory against failures from many addresses: a record untouched
			// for a whole ban duration is dropped (qBittorrent keeps them for ever)
			this.failures.values()
				.removeIf((old) -> old.bannedUntil == null && old.lastFailure.plus(this.banDuration).isBefore(now));
		}
		Failures f = this.failures.computeIfAbsent(ip, (k) -> new Failures());
		synchronized (f) {
			f.lastFailure = now;
			f.count++;
			if (f.count >= this.maxFailures) {
				f.bannedUntil = this.clock.instant().plus(this.banDuration);
			}
		}
	}

	/**
	 * Failed logins so far, banned or not (for monitoring).
	 * @return the count since start
	 */
	public long totalFailures() {
		return this.totalFailures.sum();
	}

	/**
	 * IPs banned now (for monitoring).
	 * @return the number of bans that have not run out
	 */
	public int activeBans() {
		Instant now = this.clock.instant();
		int bans = 0;
		for (Failures f : this.failures.values()) {
			Instant until = f.bannedUntil;
			if (until != null && now.isBefore(until)) {
				bans++;
			}
		}
		return bans;
	}

	/**
	 * Clears an IP's failures after a successful login.
	 * @param ip the client address
	 */
	public void succeeded(String ip) {
		this.failures.remove(ip);
	}

	private static final class Failures {

		int count;

		Instant lastFailure = Instant.EPOCH;

		@Nullable Instant bannedUntil;

	}

}
