package dev.torrentd.app;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Test properties for a torrentd whose state and downloads live in a temporary folder and
 * whose engine talks to 127.0.0.1 only: no DHT, LSD, UPnP or NAT-PMP.
 */
public final class LoopbackServer {

	private LoopbackServer() {
	}

	/**
	 * Registers the properties.
	 * @param registry the test's dynamic properties
	 * @param dir the folder for {@code state/} and {@code downloads/}
	 */
	public static void register(DynamicPropertyRegistry registry, Path dir) {
		registry.add("torrentd.state-dir", () -> dir.resolve("state").toString());
		registry.add("torrentd.download-dir", () -> dir.resolve("downloads").toString());
		registry.add("torrentd.bittorrent.listen-interfaces", () -> "127.0.0.1:0");
		registry.add("torrentd.bittorrent.dht", () -> "false");
		registry.add("torrentd.bittorrent.pex", () -> "false");
		registry.add("torrentd.bittorrent.lsd", () -> "false");
		registry.add("torrentd.bittorrent.upnp", () -> "false");
		registry.add("torrentd.bittorrent.natpmp", () -> "false");
	}

}
