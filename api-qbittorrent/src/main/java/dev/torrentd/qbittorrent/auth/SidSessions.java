package dev.torrentd.qbittorrent.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The SID session store: 24 random bytes in base64 per session (as qBittorrent), a
 * sliding idle timeout, unlimited sessions (expired ones are dropped as new ones are
 * made).
 */
public final class SidSessions {

	private final InstantSource clock;

	private final SecureRandom random;

	private final Duration timeout;

	private final Map<String, QbSession> sessions = new ConcurrentHashMap<>();

	/**
	 * Creates an empty store.
	 * @param clock the time source for expiry
	 * @param random the source of session IDs
	 * @param timeout idle time after which a session ends; zero or negative: never
	 */
	public SidSessions(InstantSource clock, SecureRandom random, Duration timeout) {
		this.clock = clock;
		this.random = random;
		this.timeout = timeout;
	}

	/**
	 * Starts a session.
	 * @return the new session
	 */
	public QbSession create() {
		Instant now = this.clock.instant();
		this.sessions.values().removeIf((s) -> expired(s, now));
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		QbSession session = new QbSession(Base64.getEncoder().encodeToString(bytes), now);
		this.sessions.put(session.id(), session);
		return session;
	}

	/**
	 * The live session with this ID, its idle time reset.
	 * @param id the SID cookie value, or null
	 * @return the session, empty when unknown or expired
	 */
	public Optional<QbSession> find(@Nullable String id) {
		if (id == null) {
			return Optional.empty();
		}
		QbSession session = this.sessions.get(id);
		if (session == null) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		if (expired(session, now)) {
			this.sessions.remove(id);
			return Optional.empty();
		}
		session.touch(now);
		return Optional.of(session);
	}

	/**
	 * Ends a session.
	 * @param id the SID cookie value
	 */
	public void remove(String id) {
		this.sessions.remove(id);
	}

	private boolean expired(QbSession session, Instant now) {
		return !this.timeout.isZero() && !this.timeout.isNegative()
				&& session.lastUsed().plus(this.timeout).isBefore(now);
	}

}
