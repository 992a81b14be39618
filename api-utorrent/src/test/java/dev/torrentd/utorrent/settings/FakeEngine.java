package dev.torrentd.utorrent.settings;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.torrentd.engine.ConnectionStatus;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TransferStats;

/**
 * A {@link TorrentEngine} that only keeps its settings (each
 * {@link TorrentEngine#applySettings} recorded) and answers
 * {@link TorrentEngine#transferStats()} with a listen port; every other method throws. A
 * proxy rather than a class, so that methods the engine gains later need no change here.
 */
final class FakeEngine {

	final List<EngineSettings> applied = new ArrayList<>();

	volatile EngineSettings settings;

	volatile int listenPort = 6881;

	FakeEngine(Path downloadDir) {
		this.settings = EngineSettings.defaults(downloadDir);
	}

	TorrentEngine engine() {
		return (TorrentEngine) Proxy.newProxyInstance(TorrentEngine.class.getClassLoader(),
				new Class<?>[] { TorrentEngine.class }, (proxy, method, args) -> switch (method.getName()) {
					case "settings" -> this.settings;
					case "applySettings" -> {
						this.settings = (EngineSettings) args[0];
						this.applied.add(this.settings);
						yield null;
					}
					case "transferStats" -> new TransferStats(0, 0, 0, 0, 0, 0, 0,
							this.settings.downloadLimitBytesPerSecond(), this.settings.uploadLimitBytesPerSecond(), 0,
							0, ConnectionStatus.CONNECTED, this.listenPort, -1);
					case "toString" -> "FakeEngine";
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					default -> throw new UnsupportedOperationException(method.getName());
				});
	}

}
