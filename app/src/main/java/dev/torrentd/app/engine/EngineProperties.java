package dev.torrentd.app.engine;

import java.nio.file.Path;
import java.time.Duration;

import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.PeerProtocols;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The engine's configuration ({@code torrentd.*}); every key and default is listed in
 * docs/configuration.md.
 *
 * @param stateDir where torrents, resume data, categories, tags and settings are kept
 * @param downloadDir the default save path of new torrents
 * @param incompleteDir where new torrents download until complete, then moved to their
 * save path (qBittorrent's "Keep incomplete torrents in"), or null (the default) to
 * download in the save path
 * @param bittorrent the BitTorrent session's network settings
 * @param engine engine tuning
 */
@ConfigurationProperties("torrentd")
public record EngineProperties(Path stateDir, Path downloadDir, @Nullable Path incompleteDir,
		@DefaultValue BitTorrent bittorrent, @DefaultValue Engine engine) {

	/**
	 * Defaults as qBittorrent-nox's: data under ~/.local/share, downloads in ~/Downloads.
	 */
	public EngineProperties(@Nullable Path stateDir, @Nullable Path downloadDir, @Nullable Path incompleteDir,
			@DefaultValue BitTorrent bittorrent, @DefaultValue Engine engine) {
		this.stateDir = (stateDir != null) ? stateDir
				: Path.of(System.getProperty("user.home"), ".local/share/torrentd");
		this.downloadDir = (downloadDir != null) ? downloadDir : Path.of(System.getProperty("user.home"), "Downloads");
		this.incompleteDir = incompleteDir;
		this.bittorrent = bittorrent;
		this.engine = engine;
	}

	/**
	 * Network settings of the session.
	 *
	 * @param listenInterfaces where peers connect, in libtorrent's syntax (port 0 = any
	 * free port)
	 * @param dht use the DHT
	 * @param pex use peer exchange
	 * @param lsd use local service discovery
	 * @param upnp map the listen port with UPnP
	 * @param natpmp map the listen port with NAT-PMP
	 * @param protocols peer transports: {@code TCP_AND_UTP} (uTP accepted, TCP dialed),
	 * {@code TCP} or {@code UTP}
	 * @param encryption {@code PREFER}, {@code REQUIRE} or {@code DISABLE}
	 * @param maxConnections global connection limit, -1 for none
	 * @param maxConnectionsPerTorrent per-torrent connection limit, -1 for none
	 * @param maxUploads global upload slots, -1 for none
	 * @param maxUploadsPerTorrent per-torrent upload slots, -1 for none
	 */
	public record BitTorrent(@DefaultValue("0.0.0.0:6881,[::]:6881") String listenInterfaces,
			@DefaultValue("true") boolean dht, @DefaultValue("true") boolean pex, @DefaultValue("true") boolean lsd,
			@DefaultValue("true") boolean upnp, @DefaultValue("true") boolean natpmp,
			@DefaultValue("TCP_AND_UTP") PeerProtocols protocols, @DefaultValue("PREFER") EncryptionMode encryption,
			@DefaultValue("500") int maxConnections, @DefaultValue("100") int maxConnectionsPerTorrent,
			@DefaultValue("20") int maxUploads, @DefaultValue("4") int maxUploadsPerTorrent) {
	}

	/**
	 * Engine tuning.
	 *
	 * @param resumeDataInterval how often resume data of changed torrents is saved
	 * (bounds what a {@code kill -9} can lose)
	 */
	public record Engine(@DefaultValue("60s") Duration resumeDataInterval) {
	}

}
