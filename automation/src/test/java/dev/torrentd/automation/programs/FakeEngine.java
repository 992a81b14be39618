package dev.torrentd.automation.programs;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;

/** An engine stand-in for the unit tests: it lists the snapshots it is given. */
final class FakeEngine {

	private FakeEngine() {
	}

	/**
	 * An engine whose {@code torrents()} answers what the reference holds; every other
	 * call fails.
	 * @param torrents the snapshots, changed by the test
	 * @return the engine
	 */
	static TorrentEngine listing(AtomicReference<List<Torrent>> torrents) {
		return (TorrentEngine) Proxy.newProxyInstance(FakeEngine.class.getClassLoader(),
				new Class<?>[] { TorrentEngine.class }, (proxy, method, args) -> {
					if (method.getName().equals("torrents")) {
						return torrents.get();
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

	static TorrentEngine with(List<Torrent> torrents) {
		return listing(new AtomicReference<>(torrents));
	}

}
