package dev.torrentd.engine.libtorrent;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import dev.torrentd.engine.EngineSettings;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Engines for tests: loopback only, no DHT/LSD/UPnP/NAT-PMP/PeX, several peers per IP
 * allowed, resume data saved every second. Registered as an extension
 * ({@code @RegisterExtension final TestEngines engines = new TestEngines()}), it closes
 * the engines it started after each test; {@link #open} starts one the caller closes.
 */
public final class TestEngines implements AfterEachCallback {

	private final Deque<LibtorrentEngine> started = new ArrayDeque<>();

	/**
	 * Starts an engine that is closed after the test.
	 * @param dir a folder for its state and downloads
	 * @return the engine
	 */
	public LibtorrentEngine start(Path dir) {
		return start(dir, loopbackSettings(dir.resolve("downloads")));
	}

	public LibtorrentEngine start(Path dir, EngineSettings settings) {
		LibtorrentEngine engine = open(dir, settings);
		this.started.push(engine);
		return engine;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		while (!this.started.isEmpty()) {
			this.started.pop().close();
		}
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
	 * Starts an engine on loopback that the caller closes.
	 * @param dir a folder for its state and downloads
	 * @return the engine
	 */
	public static LibtorrentEngine open(Path dir) {
		return open(dir, loopbackSettings(dir.resolve("downloads")));
	}

	public static LibtorrentEngine open(Path dir, EngineSettings settings) {
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
