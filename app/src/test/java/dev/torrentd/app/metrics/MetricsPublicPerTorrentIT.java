package dev.torrentd.app.metrics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import dev.torrentd.app.LoopbackServer;
import dev.torrentd.app.QbWebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code torrentd.metrics.public=true} and {@code torrentd.metrics.per-torrent=true}: a
 * scrape without credentials, with the exporters' per-torrent series.
 */
@AutoConfigureMetrics
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"torrentd.auth.password=metrics-secret", "torrentd.metrics.public=true", "torrentd.metrics.per-torrent=true" })
class MetricsPublicPerTorrentIT {

	private static final String HASH = "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd";

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void loopbackEngineInTempDirs(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
	}

	@Test
	void aPublicScrapeHasOneSeriesPerTorrentLabelledByNameCategoryAndHash() throws Exception {
		QbWebClient qb = new QbWebClient("http://127.0.0.1:" + this.port).login("admin", "metrics-secret");
		qb.postOk("/api/v2/torrents/createCategory", "category=radarr&savePath=");
		qb.postOk("/api/v2/torrents/add",
				"urls=magnet:?xt=urn:btih:" + HASH + "%26dn=Movie.2024&category=radarr&stopped=true");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			HttpResponse<String> scrape = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/prometheus"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(scrape.statusCode()).as("no credentials needed").isEqualTo(200);
			String labels = "{category=\"radarr\",hash=\"" + HASH + "\",name=\"Movie.2024\"}";
			assertThat(scrape.body()).contains("qbittorrent_torrent_progress" + labels + " 0.0")
				.contains("qbittorrent_torrent_size_bytes" + labels + " 0.0")
				.contains("qbittorrent_torrent_state{category=\"radarr\",hash=\"" + HASH
						+ "\",name=\"Movie.2024\",state=\"stoppedDL\"} 1.0")
				.contains("qbittorrent_torrent_states{name=\"stoppedDL\",state=\"stoppedDL\"} 1.0");
		});
	}

}
