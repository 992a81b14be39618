package dev.torrentd.utorrent.auth;

import java.util.concurrent.atomic.LongAdder;

/**
 * Requests to {@code /gui/} and {@code /proxy} refused for a wrong user name or password
 * (HTTP Basic), counted for monitoring. µTorrent has no login ban, so there is nothing
 * else to count.
 */
public final class GuiLoginFailures {

	private final LongAdder count = new LongAdder();

	void add() {
		this.count.increment();
	}

	/**
	 * The failures so far.
	 * @return the count since start
	 */
	public long count() {
		return this.count.sum();
	}

}
