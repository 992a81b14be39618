package dev.torrentd.app.metrics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.torrentd.app.LoopbackServer;
import dev.torrentd.app.QbWebClient;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /actuator/prometheus} and the health probes of the whole server on a real
 * engine: who may read them, the qBittorrent exporters' names with the values the
 * qBittorrent API shows, torrentd's own series after real requests, and every metric the
 * Grafana dashboard in docs/ queries.
 */
@AutoConfigureMetrics
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "torrentd.auth.password=metrics-secret", "torrentd.qbittorrent.max-auth-fail-count=2" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MetricsIT {

	private static final String PASSWORD = "metrics-secret";

	private static final Path DASHBOARD = Path.of("../docs/grafana-dashboard.json");

	/**
	 * Metric names in a PromQL expression: the prefixes of the series torrentd serves.
	 */
	private static final Pattern METRIC = Pattern
		.compile("\\b((?:qbittorrent|torrentd|jvm|process|system)_[a-z0-9_]+)");

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void loopbackEngineInTempDirs(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
	}

	@Test
	@Order(1)
	void healthAndItsProbesAnswerWithoutCredentials() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
				"/livez", "/readyz" }) {
			HttpResponse<String> response = get(path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
		}
	}

	@Test
	@Order(2)
	void prometheusAsksForTheServersCredentials() throws Exception {
		HttpResponse<String> anonymous = get("/actuator/prometheus", null, null);
		HttpResponse<String> wrong = get("/actuator/prometheus", basic("admin", "wrong"), null);

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse(""))
			.startsWith("Basic realm=\"torrentd\"");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", basic("admin", PASSWORD), null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/env", basic("admin", PASSWORD), null).statusCode())
			.as("only health and prometheus are exposed")
			.isEqualTo(404);
	}

	@Test
	@Order(3)
	void theExportersNamesShowWhatTheQbittorrentApiShows() throws Exception {
		Path content = TestTorrents.randomFile(dir.resolve("downloads").resolve("Show.S01E01.mkv"), 200 * 1024, 11);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		String hash = TestTorrents.infoHash(metainfo);
		QbWebClient qb = new QbWebClient(baseUrl()).login("admin", PASSWORD);
		qb.postOk("/api/v2/torrents/createCategory", "category=tv-sonarr&savePath=");
		assertThat(qb.addTorrentFile("Show.S01E01.torrent", metainfo, "category", "tv-sonarr", "tags", "x").body())
			.isEqualTo("Ok.");
		// the data is already there: the check makes it a seed
		await().atMost(Duration.ofSeconds(30))
			.until(() -> qb.json("/api/v2/torrents/info?hashes=" + hash).get(0).get("progress").asDouble() == 1.0);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode state = qb.json("/api/v2/sync/maindata").get("server_state");
			String scrape = scrape();
			assertThat(scrape).contains("qbittorrent_app_version{version=\"v5.1.4\"} 1.0")
				.contains("qbittorrent_global_torrents 1.0")
				.contains("qbittorrent_global_categories{category=\"tv-sonarr\"} 1.0")
				.contains("qbittorrent_global_tags{tag=\"x\"} 1.0")
				.contains("qbittorrent_torrent_states{name=\"stalledUP\",state=\"stalledUP\"} 1.0")
				.contains("qbittorrent_torrent_states{name=\"downloading\",state=\"downloading\"} 0.0")
				.contains("qbittorrent_global_free_space_on_disk_bytes ")
				.contains("qbittorrent_global_alltime_downloaded_bytes " + asDouble(state.get("alltime_dl").asLong()))
				.contains("qbittorrent_global_dht_nodes 0.0")
				.contains("qbittorrent_transfer_connection_status{connection_status=\""
						+ state.get("connection_status").asString() + "\"} 1.0")
				.as("per-torrent series are off by default")
				.doesNotContain("qbittorrent_torrent_progress")
				.doesNotContain("Show.S01E01");
		});
	}

	@Test
	@Order(4)
	void torrentdsOwnSeriesCountRealRequests() throws Exception {
		QbWebClient qb = new QbWebClient(baseUrl()).login("admin", PASSWORD);
		HttpResponse<String> sonarr = get("/api/v2/torrents/info?category=tv-sonarr", null,
				"Sonarr/4.0.9.2244 (ubuntu 22.04)", qb);
		assertThat(sonarr.statusCode()).isEqualTo(200);
		HttpResponse<String> maindata = get("/api/v2/sync/maindata?rid=0", null, "Mozilla/5.0 (VueTorrent)", qb);
		int maindataBytes = maindata.body().getBytes(StandardCharsets.UTF_8).length;
		assertThat(get("/gui/token.html", basic("admin", "wrong"), "curl/8.5.0").statusCode()).isEqualTo(401);
		// two failed logins reach max-auth-fail-count=2: loopback is banned from now on
		for (int i = 0; i < 2; i++) {
			new QbWebClient(baseUrl()).post("/api/v2/auth/login", "username=admin&password=wrong");
		}

		String scrape = scrape();

		assertThat(scrape)
			.contains("torrentd_http_requests_seconds_count{client=\"sonarr\",dialect=\"qbittorrent\","
					+ "endpoint=\"torrents/info\",status=\"2xx\"} 1")
			.contains("torrentd_http_requests_seconds_count{client=\"browser\",dialect=\"qbittorrent\","
					+ "endpoint=\"sync/maindata\",status=\"2xx\"} 1")
			.contains("torrentd_http_requests_seconds_count{client=\"curl\",dialect=\"utorrent\","
					+ "endpoint=\"token.html\",status=\"4xx\"} 1")
			.contains("torrentd_login_failures_total{dialect=\"qbittorrent\"} 2.0")
			.contains("torrentd_login_failures_total{dialect=\"utorrent\"} 1.0")
			.contains("torrentd_login_bans_active{dialect=\"qbittorrent\"} 1.0")
			.contains("torrentd_libtorrent_alerts_dropped_total 0.0")
			.contains("torrentd_torrents_stalled 0.0")
			.contains("torrentd_torrents_metadata_stuck 0.0")
			.contains("torrentd_save_path_free_bytes{save_path=\"" + dir.resolve("downloads") + "\"} ");
		assertThat(value(scrape, "torrentd_qbittorrent_maindata_payload_bytes_sum")).as("the maindata answers' bytes")
			.isGreaterThanOrEqualTo(maindataBytes);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(value(scrape(), "torrentd_resume_data_writes_seconds_count")).isPositive());
	}

	@Test
	@Order(5)
	void everyMetricTheGrafanaDashboardQueriesExists() throws Exception {
		JsonNode dashboard = JsonMapper.shared().readTree(Files.readString(DASHBOARD));
		Set<String> queried = new LinkedHashSet<>();
		for (JsonNode panel : dashboard.get("panels")) {
			for (JsonNode target : panel.path("targets")) {
				String expr = target.get("expr").asString();
				Matcher names = METRIC.matcher(expr);
				int before = queried.size();
				while (names.find()) {
					queried.add(names.group(1));
				}
				assertThat(queried.size() > before || expr.contains("qbittorrent_") || expr.contains("torrentd_"))
					.as("panel %s queries a metric: %s", panel.get("title"), expr)
					.isTrue();
			}
		}
		String scrape = scrape();

		assertThat(queried).hasSizeGreaterThan(25);
		assertThat(queried).allSatisfy((name) -> assertThat(scrape).as(name).containsPattern("(?m)^" + name + "[{ ]"));
	}

	private String scrape() throws Exception {
		HttpResponse<String> response = get("/actuator/prometheus", basic("admin", PASSWORD), null);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private static double value(String scrape, String series) {
		return scrape.lines()
			.filter((line) -> line.startsWith(series + " ") || line.startsWith(series + "{"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	private static String asDouble(long value) {
		return Double.toString(value);
	}

	private String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	private HttpResponse<String> get(String path, String authorization, String userAgent)
			throws IOException, InterruptedException {
		return get(path, authorization, userAgent, null);
	}

	private HttpResponse<String> get(String path, String authorization, String userAgent, QbWebClient session)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (userAgent != null) {
			request.setHeader("User-Agent", userAgent);
		}
		if (session != null) {
			request.header("Cookie", session.cookie());
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
