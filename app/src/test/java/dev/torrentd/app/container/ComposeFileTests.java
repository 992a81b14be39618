package dev.torrentd.app.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker/compose.yaml and docker/compose.monitoring.yaml (no Docker here to run them)
 * read as a user relies on them: every variable given to torrentd is one the image or the
 * configuration reference knows, torrentd, Sonarr and Radarr share one /data, everything
 * has a health check, stopping leaves time to save resume data, and the monitoring pair
 * scrapes and shows torrentd.
 */
class ComposeFileTests {

	private static final Path DOCKER = Path.of("../docker");

	private static final Pattern TABLE_NAME = Pattern.compile("(?m)^\\| `([A-Z][A-Z0-9_]*)`(?:, `([A-Z][A-Z0-9_]*)`)?");

	@Test
	void torrentdsVariablesAreTheImagesOrTheConfigurationReferences() throws IOException {
		Map<String, Object> torrentd = service(compose("compose.yaml"), "torrentd");
		Set<String> image = tableNames(Files.readString(DOCKER.resolve("README.md")));
		String reference = Files.readString(Path.of("../docs/configuration.md"));

		assertThat(image).contains("PUID", "PGID", "UMASK", "TZ", "WEBUI_PORT", "TORRENTING_PORT",
				"TORRENTD_AUTH_PASSWORD_FILE");
		assertThat(map(torrentd.get("environment")).keySet()).isNotEmpty()
			.allSatisfy((name) -> assertThat(image.contains(name) || reference.contains("| `" + name + "` |"))
				.as("%s is in docker/README.md's variables or docs/configuration.md", name)
				.isTrue());
	}

	@Test
	void theImageSetsEveryVariableItsReadmeGivesADefault() throws IOException {
		String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));

		for (String name : List.of("PUID", "PGID", "UMASK", "TZ", "WEBUI_PORT", "TORRENTING_PORT")) {
			assertThat(dockerfile).as(name).containsPattern("(?m)^\\s*(ENV )?" + name + "=");
		}
		assertThat(dockerfile).contains("VOLUME [\"/config\", \"/downloads\"]")
			.contains("EXPOSE 8080/tcp 6881/tcp 6881/udp")
			.contains("HEALTHCHECK")
			.contains("/usr/local/bin/torrentd-healthcheck");
	}

	@Test
	void torrentdSonarrAndRadarrMountOneHostFolderAtData() throws IOException {
		Map<String, Object> compose = compose("compose.yaml");
		Set<String> sources = new LinkedHashSet<>();
		for (String name : List.of("torrentd", "sonarr", "radarr")) {
			String data = list(service(compose, name).get("volumes")).stream()
				.map(String::valueOf)
				.filter((volume) -> volume.endsWith(":/data"))
				.findFirst()
				.orElseThrow(() -> new AssertionError(name + " mounts nothing at /data"));
			sources.add(data.substring(0, data.length() - ":/data".length()));
		}

		assertThat(sources).as("one host folder for all three (hard links)").hasSize(1);
		assertThat(String.valueOf(map(service(compose, "torrentd").get("environment")).get("TORRENTD_DOWNLOAD_DIR")))
			.startsWith("/data/");
	}

	@Test
	void torrentdRunsReadOnlyWithASecretAndTimeToSaveOnStop() throws IOException {
		Map<String, Object> compose = compose("compose.yaml");
		Map<String, Object> torrentd = service(compose, "torrentd");

		assertThat(torrentd).containsEntry("read_only", true).containsKey("stop_grace_period");
		assertThat(String.valueOf(torrentd.get("stop_grace_period"))).isNotIn("10s", "0s");
		assertThat(list(torrentd.get("secrets"))).containsExactly("torrentd_password");
		assertThat(map(torrentd.get("environment"))).containsEntry("TORRENTD_AUTH_PASSWORD_FILE",
				"/run/secrets/torrentd_password");
		assertThat(map(map(compose.get("secrets")).get("torrentd_password"))).containsKey("file");
		assertThat(map(torrentd.get("build"))).containsEntry("dockerfile", "docker/Dockerfile");
	}

	@Test
	void everyServiceHasAHealthCheckAndTheArrsWaitForTorrentd() throws IOException {
		Map<String, Object> compose = compose("compose.yaml");
		Map<String, Object> monitoring = compose("compose.monitoring.yaml");

		assertThat(service(compose, "torrentd")).as("torrentd uses the image's HEALTHCHECK")
			.doesNotContainKey("healthcheck");
		for (Map<String, Object> file : List.of(compose, monitoring)) {
			map(file.get("services")).forEach((name, definition) -> {
				if (!name.equals("torrentd")) {
					assertThat(map(definition)).as(name).containsKey("healthcheck");
				}
			});
		}
		for (String arr : List.of("sonarr", "radarr")) {
			assertThat(map(map(service(compose, arr).get("depends_on")).get("torrentd"))).containsEntry("condition",
					"service_healthy");
		}
	}

	@Test
	void prometheusScrapesTheActuatorWithBasicAuthAndGrafanaLoadsTheDashboard() throws IOException {
		Map<String, Object> prometheus = yaml(DOCKER.resolve("monitoring/prometheus.yml"));
		Map<String, Object> job = map(list(prometheus.get("scrape_configs")).get(0));
		Map<String, Object> monitoring = compose("compose.monitoring.yaml");
		List<String> grafanaVolumes = list(service(monitoring, "grafana").get("volumes")).stream()
			.map(String::valueOf)
			.toList();
		Map<String, Object> provider = map(
				list(yaml(DOCKER.resolve("monitoring/grafana/provisioning/dashboards/torrentd.yaml")).get("providers"))
					.get(0));
		String dashboardsPath = String.valueOf(map(provider.get("options")).get("path"));

		assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
		assertThat(map(job.get("basic_auth"))).containsKeys("username", "password_file");
		assertThat(String.valueOf(job.get("static_configs"))).contains("torrentd:8080");
		assertThat(list(service(monitoring, "prometheus").get("volumes")).stream().map(String::valueOf))
			.anyMatch((volume) -> volume.contains(":" + map(job.get("basic_auth")).get("password_file")));
		String dashboard = grafanaVolumes.stream()
			.filter((volume) -> volume.contains("grafana-dashboard.json"))
			.findFirst()
			.orElseThrow();
		assertThat(DOCKER.resolve(dashboard.substring(0, dashboard.indexOf(':')))).isRegularFile();
		assertThat(dashboard).contains(":" + dashboardsPath + "/");
	}

	@Test
	void everyRepositoryFileTheComposeFilesMountExists() throws IOException {
		for (String file : List.of("compose.yaml", "compose.monitoring.yaml")) {
			map(compose(file).get("services")).forEach((name, definition) -> {
				for (Object volume : list(map(definition).get("volumes"))) {
					String source = String.valueOf(volume).split(":")[0];
					if (source.startsWith("./monitoring") || source.startsWith("../")) {
						assertThat(DOCKER.resolve(source)).as("%s: %s", name, volume).exists();
					}
				}
			});
		}
	}

	private static Set<String> tableNames(String markdown) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = TABLE_NAME.matcher(markdown);
		while (matcher.find()) {
			names.add(matcher.group(1));
			if (matcher.group(2) != null) {
				names.add(matcher.group(2));
			}
		}
		return names;
	}

	private static Map<String, Object> compose(String name) throws IOException {
		return yaml(DOCKER.resolve(name));
	}

	private static Map<String, Object> yaml(Path file) throws IOException {
		return map(new Yaml().load(Files.readString(file)));
	}

	private static Map<String, Object> service(Map<String, Object> compose, String name) {
		Map<String, Object> service = map(map(compose.get("services")).get(name));
		assertThat(service).as("service %s", name).isNotEmpty();
		return service;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (value instanceof List<?> list) ? (List<Object>) list : List.of();
	}

}
