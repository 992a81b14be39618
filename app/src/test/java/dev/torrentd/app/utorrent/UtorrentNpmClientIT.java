package dev.torrentd.app.utorrent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.torrentd.app.NodeClients;
import dev.torrentd.app.PackagedJar;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real {@code @ctrl/utorrent} library from npm (pinned in
 * {@code clients/utorrent/package-lock.json}, installed by {@code npm ci} in the build's
 * pre-integration-test phase) against the packaged jar's µTorrent WebUI API
 * ({@code /gui/}): {@code clients/utorrent/ctrl-utorrent.mjs} follows the library's own
 * upstream tests (connect, settings, add a .torrent as bytes and as base64, list, queue
 * moves, remove, normalised rows, the normalised add of a file and of a magnet with a
 * label) plus pause/unpause/stop/forcestart, setprops label and removedatatorrent, and
 * exits non-zero on the first mismatch. The server runs as the library expects by
 * default, as µTorrent Server does: user {@code admin}, blank password. Needs Node.js 20
 * or later and npm on the PATH.
 */
class UtorrentNpmClientIT {

	@TempDir
	static Path dir;

	private static PackagedJar server;

	@BeforeAll
	static void startServer() throws Exception {
		// µTorrent Server's default user, which the library defaults to: admin, no
		// password
		server = PackagedJar.start(dir, "", "--torrentd.auth.blank-password-allowed=true");
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void ctrlUtorrentConnectsAddsListsQueuesPausesLabelsAndRemovesAsItsUpstreamTestsExpect() throws Exception {
		// the content stays outside the server's download folder: the torrent never
		// completes and has no peers, as the upstream tests' Ubuntu ISO on an empty
		// server
		Path content = TestTorrents.randomFile(dir.resolve("content/ctrl-utorrent.bin"), 384 * 1024, 61);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		Path torrent = Files.write(dir.resolve("ctrl-utorrent.torrent"), metainfo);

		String output = NodeClients.in("utorrent", "@ctrl/utorrent")
			.run("ctrl-utorrent.mjs",
					Map.of("UT_BASE_URL", server.baseUrl() + "/", "UT_TORRENT_FILE", torrent.toString(),
							"UT_TORRENT_HASH", TestTorrents.infoHash(metainfo), "UT_TORRENT_NAME", "ctrl-utorrent.bin"),
					server::logTail);

		assertThat(output).contains("OK: every step matched");
	}

}
