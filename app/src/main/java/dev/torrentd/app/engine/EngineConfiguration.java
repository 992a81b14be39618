package dev.torrentd.app.engine;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.libtorrent.EngineConfig;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.qbittorrent.QbStorage;
import dev.torrentd.utorrent.UtStorage;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the libtorrent engine from {@link EngineProperties} and closes it (saving every
 * torrent's resume data) when the application stops.
 */
@Configuration(proxyBeanMethods = false)
public class EngineConfiguration {

	@Bean(destroyMethod = "close")
	LibtorrentEngine torrentEngine(EngineProperties properties) {
		EngineProperties.BitTorrent bt = properties.bittorrent();
		EngineSettings settings = EngineSettings.defaults(properties.downloadDir())
			.toBuilder()
			.listenInterfaces(bt.listenInterfaces())
			.dht(bt.dht())
			.pex(bt.pex())
			.lsd(bt.lsd())
			.upnp(bt.upnp())
			.natpmp(bt.natpmp())
			.protocols(bt.protocols())
			.encryption(bt.encryption())
			.maxConnections(bt.maxConnections())
			.maxConnectionsPerTorrent(bt.maxConnectionsPerTorrent())
			.maxUploads(bt.maxUploads())
			.maxUploadsPerTorrent(bt.maxUploadsPerTorrent())
			.incompleteSavePath(properties.incompleteDir())
			.build();
		return LibtorrentEngine.start(EngineConfig.of(properties.stateDir(), settings)
			.withResumeDataInterval(properties.engine().resumeDataInterval()));
	}

	/** The qBittorrent dialect's own files live in {@code <state-dir>/qbittorrent}. */
	@Bean
	QbStorage qbStorage(EngineProperties properties) {
		return new QbStorage(properties.stateDir().resolve("qbittorrent"));
	}

	/**
	 * The µTorrent dialect's own files (its settings.dat) live in
	 * {@code <state-dir>/utorrent}.
	 */
	@Bean
	UtStorage utStorage(EngineProperties properties) {
		return new UtStorage(properties.stateDir().resolve("utorrent"));
	}

	/**
	 * DOWN when libtorrent's alert loop stops delivering its once-a-second session stats.
	 */
	@Bean
	HealthIndicator engineHealthIndicator(LibtorrentEngine engine) {
		return () -> engine.isHealthy() ? Health.up().build() : Health.down().build();
	}

}
