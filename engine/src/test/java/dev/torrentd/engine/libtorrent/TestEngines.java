package dev.torrentd.engine.libtorrent;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;

import dev.torrentd.engine.EngineSettings;

/**
 * Engines for tests: loopback only, no DHT/LSD/UPnP/NAT-PMP/PeX, several peers per IP
 * allowed.
 */
public final class TestEngines {

	private TestEngines() {
	}

	/**
	 * Settings for a loopback test engine.
	 * @param downloads the default save path
	 * @return settings listening on a free port of 127.0.0.1
	 */
	public static EngineSettings loopbackSettings(Path downloads) {
		return EngineSettings.defaults(downloads)
			.toBuilder()
			.listenInterfaces("127.0.0.1:0")
			.dht(false)
			.lsd(false)
			.upnp(false)
			.natpmp(false)
			.pex(false)
			.multipleConnectionsPerIp(true)
			.build();
	}

	/**
	 * Starts an engine on loopback.
	 * @param dir a folder for its state and downloads
	 * @return the engine
	 */
	public static LibtorrentEngine start(Path dir) {
		return start(dir, loopbackSettings(dir.resolve("downloads")));
	}

	public static LibtorrentEngine start(Path dir, EngineSettings settings) {
		return LibtorrentEngine
			.start(EngineConfig.of(dir.resolve("state"), settings).withResumeDataInterval(Duration.ofSeconds(1)));
	}

	/**
	 * Where peers reach an engine.
	 * @param engine a started engine
	 * @return 127.0.0.1 and its listen port, once it listens
	 */
	public static InetSocketAddress address(LibtorrentEngine engine) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (engine.transferStats().listenPort() == 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		int port = engine.transferStats().listenPort();
		if (port == 0) {
			throw new IllegalStateException("the engine is not listening");
		}
		return new InetSocketAddress("127.0.0.1", port);
	}

}
