package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Adding from an http(s) link: fetched with bounded size and time, redirects to magnets
 * followed.
 */
class RemoteTorrentIT {

	@TempDir
	Path dir;

	private HttpServer server;

	private LibtorrentEngine engine;

	private byte[] metainfo;

	@BeforeEach
	void givenAWebServerOnLoopback() throws IOException {
		Path data = TestTorrents.randomFile(this.dir.resolve("data/remote.bin"), 128 * 1024, 5);
		this.metainfo = TestTorrents.metainfo(data, 16 * 1024);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/good.torrent", (x) -> reply(x, 200, this.metainfo));
		this.server.createContext("/missing.torrent", (x) -> reply(x, 404, "not here".getBytes()));
		this.server.createContext("/not-a-torrent", (x) -> reply(x, 200, "<html>login</html>".getBytes()));
		this.server.createContext("/huge.torrent", (x) -> reply(x, 200, new byte[200 * 1024]));
		this.server.createContext("/to-magnet", (x) -> {
			x.getResponseHeaders().add("Location", "magnet:?xt=urn:btih:" + "ab".repeat(20) + "&dn=redirected");
			reply(x, 302, new byte[0]);
		});
		this.server.createContext("/to-good", (x) -> {
			x.getResponseHeaders().add("Location", "/good.torrent");
			reply(x, 301, new byte[0]);
		});
		this.server.createContext("/slow.torrent", (x) -> {
			try {
				Thread.sleep(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			reply(x, 200, this.metainfo);
		});
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
		this.engine = LibtorrentEngine.start(EngineConfig
			.of(this.dir.resolve("engine/state"), TestEngines.loopbackSettings(this.dir.resolve("engine/downloads")))
			.withRemoteLimits(Duration.ofSeconds(2), 64 * 1024));
	}

	@AfterEach
	void stop() {
		this.engine.close();
		this.server.stop(0);
	}

	@Test
	void aLinkToATorrentFileAddsIt() {
		AddResult added = this.engine.add(new TorrentSource.Remote(url("/to-good")), AddOptions.defaults());

		assertThat(added.id()).isEqualTo(TorrentId.parse(TestTorrents.infoHash(this.metainfo)));
		assertThat(this.engine.get(added.id()).name()).isEqualTo("remote.bin");
	}

	@Test
	void aLinkThatRedirectsToAMagnetAddsTheMagnet() {
		AddResult added = this.engine.add(new TorrentSource.Remote(url("/to-magnet")), AddOptions.defaults());

		assertThat(added.id().hex()).isEqualTo("ab".repeat(20));
		assertThat(this.engine.get(added.id()).name()).isEqualTo("redirected");
	}

	@Test
	void errorsOversizedBodiesNonTorrentsAndSlowServersAreRejected() {
		assertRejected("/missing.torrent", "HTTP 404");
		assertRejected("/not-a-torrent", "not a valid torrent file");
		assertRejected("/huge.torrent", "larger than");
		assertRejected("/slow.torrent", "");
		assertThat(this.engine.torrents()).isEmpty();
	}

	private void assertRejected(String path, String reason) {
		assertThatThrownBy(() -> this.engine.add(new TorrentSource.Remote(url(path)), AddOptions.defaults()))
			.isInstanceOf(InvalidTorrentException.class)
			.hasMessageContaining(reason);
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

}
