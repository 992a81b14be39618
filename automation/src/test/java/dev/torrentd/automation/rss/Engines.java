package dev.torrentd.automation.rss;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;

/** Engine stand-ins for the unit tests, which never download. */
final class Engines {

	private Engines() {
	}

	/**
	 * An engine that refuses every call.
	 * @return the engine
	 */
	static TorrentEngine none() {
		return (TorrentEngine) Proxy.newProxyInstance(Engines.class.getClassLoader(),
				new Class<?>[] { TorrentEngine.class }, (proxy, method, args) -> {
					throw new UnsupportedOperationException(method.getName());
				});
	}

	/**
	 * An engine that records what is added and answers with a made-up id.
	 * @param added where the adds are recorded
	 * @return the engine
	 */
	static TorrentEngine recording(List<Added> added) {
		return recording(added, (source) -> false);
	}

	/**
	 * An engine that records what is added and refuses some sources.
	 * @param added where the accepted adds are recorded
	 * @param refuse which sources it refuses (as an invalid torrent)
	 * @return the engine
	 */
	static TorrentEngine recording(List<Added> added, Predicate<TorrentSource> refuse) {
		return (TorrentEngine) Proxy.newProxyInstance(Engines.class.getClassLoader(),
				new Class<?>[] { TorrentEngine.class }, (proxy, method, args) -> {
					if (method.getName().equals("add")) {
						if (refuse.test((TorrentSource) args[0])) {
							throw new InvalidTorrentException("refused by the test engine");
						}
						synchronized (added) {
							added.add(new Added((TorrentSource) args[0], (AddOptions) args[1]));
						}
						return new AddResult(TorrentId.parse("0123456789abcdef0123456789abcdef01234567"), false);
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

	static List<Added> newAddedList() {
		return new ArrayList<>();
	}

	record Added(TorrentSource source, AddOptions options) {
	}

}
