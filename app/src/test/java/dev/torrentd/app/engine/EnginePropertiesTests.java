package dev.torrentd.app.engine;

import java.nio.file.Path;
import java.time.Duration;

import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.PeerProtocols;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defaults documented in docs/configuration.md, and binding from environment-style
 * keys.
 */
class EnginePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void defaultsAreTheDocumentedOnes() {
		this.runner.run((context) -> {
			EngineProperties p = context.getBean(EngineProperties.class);
			String home = System.getProperty("user.home");
			assertThat(p.stateDir()).isEqualTo(Path.of(home, ".local/share/torrentd"));
			assertThat(p.downloadDir()).isEqualTo(Path.of(home, "Downloads"));
			assertThat(p.incompleteDir()).isNull();
			assertThat(p.bittorrent().listenInterfaces()).isEqualTo("0.0.0.0:6881,[::]:6881");
			assertThat(p.bittorrent().dht()).isTrue();
			assertThat(p.bittorrent().pex()).isTrue();
			assertThat(p.bittorrent().lsd()).isTrue();
			assertThat(p.bittorrent().upnp()).isTrue();
			assertThat(p.bittorrent().natpmp()).isTrue();
			assertThat(p.bittorrent().protocols()).isEqualTo(PeerProtocols.TCP_AND_UTP);
			assertThat(p.bittorrent().encryption()).isEqualTo(EncryptionMode.PREFER);
			assertThat(p.bittorrent().maxConnections()).isEqualTo(500);
			assertThat(p.bittorrent().maxConnectionsPerTorrent()).isEqualTo(100);
			assertThat(p.bittorrent().maxUploads()).isEqualTo(20);
			assertThat(p.bittorrent().maxUploadsPerTorrent()).isEqualTo(4);
			assertThat(p.engine().resumeDataInterval()).isEqualTo(Duration.ofSeconds(60));
		});
	}

	@Test
	void everyKeyCanBeSet() {
		this.runner
			.withPropertyValues("torrentd.state-dir=/config", "torrentd.download-dir=/downloads",
					"torrentd.incomplete-dir=/incomplete", "torrentd.bittorrent.listen-interfaces=0.0.0.0:51413",
					"torrentd.bittorrent.dht=false", "torrentd.bittorrent.upnp=false",
					"torrentd.engine.resume-data-interval=15s", "torrentd.bittorrent.protocols=tcp",
					"torrentd.bittorrent.encryption=require", "torrentd.bittorrent.max-connections=-1")
			.run((context) -> {
				EngineProperties p = context.getBean(EngineProperties.class);
				assertThat(p.stateDir()).isEqualTo(Path.of("/config"));
				assertThat(p.downloadDir()).isEqualTo(Path.of("/downloads"));
				assertThat(p.incompleteDir()).isEqualTo(Path.of("/incomplete"));
				assertThat(p.bittorrent().listenInterfaces()).isEqualTo("0.0.0.0:51413");
				assertThat(p.bittorrent().dht()).isFalse();
				assertThat(p.bittorrent().upnp()).isFalse();
				assertThat(p.bittorrent().pex()).isTrue();
				assertThat(p.engine().resumeDataInterval()).isEqualTo(Duration.ofSeconds(15));
				assertThat(p.bittorrent().protocols()).isEqualTo(PeerProtocols.TCP);
				assertThat(p.bittorrent().encryption()).isEqualTo(EncryptionMode.REQUIRE);
				assertThat(p.bittorrent().maxConnections()).isEqualTo(-1);
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EngineProperties.class)
	static class PropertiesOnly {

	}

}
