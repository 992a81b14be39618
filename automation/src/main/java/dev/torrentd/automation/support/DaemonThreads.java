package dev.torrentd.automation.support;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of the automation services: daemons (they never hold the JVM up at
 * shutdown), named {@code <prefix><n>} so a thread dump says whose they are.
 */
public final class DaemonThreads {

	private DaemonThreads() {
	}

	/**
	 * A factory of numbered daemon threads.
	 * @param prefix e.g. {@code "rss-fetch-"}
	 * @return the factory
	 */
	public static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
