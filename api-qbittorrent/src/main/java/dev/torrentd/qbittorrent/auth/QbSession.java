package dev.torrentd.qbittorrent.auth;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One logged-in Web API session, named by its SID cookie. Like qBittorrent, each session
 * keeps its own sync state ({@code rid} counters), stored here as typed attributes.
 */
public final class QbSession {

	private final String id;

	private volatile Instant lastUsed;

	private final Map<Class<?>, Object> attributes = new ConcurrentHashMap<>();

	QbSession(String id, Instant now) {
		this.id = id;
		this.lastUsed = now;
	}

	/**
	 * The SID cookie value.
	 * @return 32 base64 characters
	 */
	public String id() {
		return this.id;
	}

	Instant lastUsed() {
		return this.lastUsed;
	}

	void touch(Instant now) {
		this.lastUsed = now;
	}

	/**
	 * The session's attribute of a type, created on first use.
	 * @param <T> the attribute type
	 * @param type the attribute type, which is also its key
	 * @param factory makes the attribute the first time
	 * @return the attribute
	 */
	public <T> T attribute(Class<T> type, Supplier<T> factory) {
		return type.cast(this.attributes.computeIfAbsent(type, (t) -> factory.get()));
	}

}
