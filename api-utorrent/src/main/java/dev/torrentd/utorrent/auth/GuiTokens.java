package dev.torrentd.utorrent.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * The sessions of {@code /gui/token.html}: each a {@code GUID} cookie value bound to one
 * CSRF token (µTorrent's token system). Asking again with a live GUID gives the same
 * token (Organizr relies on it); a token stays valid while it is used (ng-torrent-ui
 * never asks for another), until it has been idle for the timeout or the server restarts;
 * any number of sessions are live at once.
 */
public class GuiTokens {

	private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	/**
	 * More live sessions than any real set of clients has; the least recently used go.
	 */
	static final int MAX_SESSIONS = 4096;

	private final InstantSource clock;

	private final RandomGenerator random;

	private final Duration idleTimeout;

	private final LongSupplier credentials;

	private final Map<String, Session> byGuid = new ConcurrentHashMap<>();

	private final Map<String, Session> byToken = new ConcurrentHashMap<>();

	/**
	 * @param clock the clock for idle times
	 * @param random the source of GUIDs and tokens (a SecureRandom in production)
	 * @param idleTimeout how long an unused session lives
	 */
	public GuiTokens(InstantSource clock, RandomGenerator random, Duration idleTimeout) {
		this(clock, random, idleTimeout, () -> 0);
	}

	/**
	 * @param clock the clock for idle times
	 * @param random the source of GUIDs and tokens (a SecureRandom in production)
	 * @param idleTimeout how long an unused session lives
	 * @param credentials the credentials' revision ({@link ServerAccount#revision()}): a
	 * change ends every session
	 */
	public GuiTokens(InstantSource clock, RandomGenerator random, Duration idleTimeout, LongSupplier credentials) {
		this.clock = clock;
		this.random = random;
		this.idleTimeout = idleTimeout;
		this.credentials = credentials;
	}

	/**
	 * One session, as {@code get-sessions} lists it.
	 *
	 * @param guid the GUID cookie value (20 alphanumerics)
	 * @param token the token (64 base64url characters)
	 * @param created when it was created
	 * @param updated when it was last used
	 * @param peerIp the client's address
	 * @param userAgent the client's User-Agent ("" when none)
	 * @param user the user it was created for
	 * @param credentials the credentials' revision when it was created
	 */
	public record Session(String guid, String token, Instant created, Instant updated, String peerIp, String userAgent,
			String user, long credentials) {

		Session touched(Instant now) {
			return new Session(this.guid, this.token, this.created, now, this.peerIp, this.userAgent, this.user,
					this.credentials);
		}

	}

	/**
	 * The session for a {@code token.html} request: the live one of {@code guid}, or a
	 * new one.
	 * @param guid the request's GUID cookie, or null
	 * @param user the authenticated user
	 * @param peerIp the client's address
	 * @param userAgent the client's User-Agent
	 * @return the session
	 */
	public Session issue(@Nullable String guid, String user, String peerIp, String userAgent) {
		Instant now = this.clock.instant();
		if (guid != null) {
			Session live = live(this.byGuid.get(guid), now);
			if (live != null && live.user().equals(user)) {
				return touch(live, now);
			}
		}
		prune(now);
		Session session = new Session(randomGuid(), randomToken(), now, now, peerIp, userAgent, user,
				this.credentials.getAsLong());
		this.byGuid.put(session.guid(), session);
		this.byToken.put(session.token(), session);
		return session;
	}

	/**
	 * The live session of a token, its idle time restarted.
	 * @param token the {@code token} parameter
	 * @return the session, or empty when the token is unknown or expired
	 */
	public Optional<Session> use(@Nullable String token) {
		if (token == null || token.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Session live = live(this.byToken.get(token), now);
		return Optional.ofNullable((live != null) ? touch(live, now) : null);
	}

	/**
	 * Every live session, oldest first.
	 * @return the sessions
	 */
	public List<Session> sessions() {
		Instant now = this.clock.instant();
		List<Session> sessions = new ArrayList<>();
		for (Session session : this.byGuid.values()) {
			if (live(session, now) != null) {
				sessions.add(session);
			}
		}
		sessions.sort(Comparator.comparing(Session::created));
		return sessions;
	}

	/**
	 * Ends a session ({@code logout}).
	 * @param guid its GUID
	 */
	public void end(String guid) {
		Session session = this.byGuid.remove(guid);
		if (session != null) {
			this.byToken.remove(session.token());
		}
	}

	private Session touch(Session session, Instant now) {
		Session touched = session.touched(now);
		this.byGuid.replace(session.guid(), touched);
		this.byToken.replace(session.token(), touched);
		return touched;
	}

	private @Nullable Session live(@Nullable Session session, Instant now) {
		if (session == null) {
			return null;
		}
		if (session.updated().plus(this.idleTimeout).isBefore(now)
				|| session.credentials() != this.credentials.getAsLong()) {
			end(session.guid());
			return null;
		}
		return session;
	}

	private void prune(Instant now) {
		this.byGuid.values().forEach((s) -> live(s, now));
		if (this.byGuid.size() >= MAX_SESSIONS) {
			this.byGuid.values()
				.stream()
				.sorted(Comparator.comparing(Session::updated))
				.limit(this.byGuid.size() - MAX_SESSIONS + 1L)
				.toList()
				.forEach((s) -> end(s.guid()));
		}
	}

	private String randomGuid() {
		StringBuilder guid = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			guid.append(ALNUM.charAt(this.random.nextInt(ALNUM.length())));
		}
		return guid.toString();
	}

	private String randomToken() {
		byte[] bytes = new byte[48];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
