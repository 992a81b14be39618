package dev.torrentd.app.qbittorrent;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;

import dev.torrentd.app.NodeClients;
import dev.torrentd.app.PackagedJar;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real third-party qBittorrent clients from npm against the packaged jar: the
 * {@code @ctrl/qbittorrent} library and the Flood web UI, pinned in
 * {@code clients/qbittorrent/package-lock.json} and installed by {@code npm ci} in the
 * build's pre-integration-test phase. Each client is a Node script that asserts what it
 * reads back and exits non-zero on the first mismatch; this test runs it and shows its
 * output. Needs Node.js 20 or later and npm on the PATH.
 */
class NpmClientsIT {

	private static final String PASSWORD = "npm-clients-secret";

	@TempDir
	static Path dir;

	private static PackagedJar server;

	/** The qBittorrent profile a subclass runs the clients against (default 5.1). */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.TYPE)
	@interface Profile {

		String value();

	}

	/**
	 * Starts the jar presenting a qBittorrent profile ({@code 5.1} or {@code 4.6}): the
	 * clients pick their endpoint names from the versions it reports.
	 */
	@BeforeAll
	static void startServer(TestInfo info) throws Exception {
		Profile profile = info.getTestClass().orElseThrow().getAnnotation(Profile.class);
		server = PackagedJar.start(dir, PASSWORD,
				"--torrentd.qbittorrent.profile=" + ((profile != null) ? profile.value() : "5.1"));
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void ctrlQbittorrentAddsListsStopsStartsCategorisesTagsSyncsAndRemoves() throws Exception {
		Path torrent = torrentFile("ctrl", 1);
		String magnet = "magnet:?xt=urn:btih:" + randomHash(2) + "&dn=ctrl-magnet";

		runClient("ctrl-qbittorrent.mjs", server.baseUrl(), "admin", PASSWORD, torrent.toString(), magnet);
	}

	@Test
	void floodListsAndAddsATorrentThatTorrentdThenHas() throws Exception {
		Path torrent = torrentFile("flood", 3);

		runClient("flood.mjs", server.baseUrl(), "admin", PASSWORD, torrent.toString());
	}

	/** A small single-file .torrent of random data, different for each seed. */
	private static Path torrentFile(String name, long seed) throws IOException {
		Path content = TestTorrents.randomFile(dir.resolve("content").resolve(name + ".bin"), 256 * 1024, seed);
		return Files.write(dir.resolve(name + ".torrent"), TestTorrents.metainfo(content, 16 * 1024));
	}

	private static String randomHash(long seed) {
		byte[] bytes = new byte[20];
		new Random(seed).nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static void runClient(String script, String... args) throws Exception {
		NodeClients.in("qbittorrent", "@ctrl/qbittorrent", "flood").run(script, Map.of(), server::logTail, args);
	}

}
