package dev.torrentd.automation;

import java.time.Duration;

/**
 * Timings and limits of the automation services (server configuration, not user
 * preferences).
 *
 * @param watchPollInterval how often watch folders are scanned (default 2 s)
 * @param watchSettleTime how long a new file's size and modification time must stay
 * unchanged before it is read (default 2 s)
 * @param eventPollInterval how often the engine's snapshot is compared for torrent events
 * (default 1 s)
 * @param programTimeout how long an event program may run before it is killed (default 10
 * min)
 * @param fetchTimeout connect and whole-response timeout of a feed or torrent fetch
 * (default 30 s)
 * @param maxFeedBytes largest feed body read, in bytes (default 16 MiB)
 */
public record AutomationOptions(Duration watchPollInterval, Duration watchSettleTime, Duration eventPollInterval,
		Duration programTimeout, Duration fetchTimeout, long maxFeedBytes) {

	/**
	 * The defaults listed above.
	 * @return the defaults
	 */
	public static AutomationOptions defaults() {
		return new AutomationOptions(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1),
				Duration.ofMinutes(10), Duration.ofSeconds(30), 16L * 1024 * 1024);
	}

}
