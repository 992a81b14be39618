package dev.torrentd.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md is the configuration reference: it must list exactly the
 * {@code torrentd.*} keys the configuration classes declare (their metadata, written by
 * Spring Boot's configuration processor), with an environment variable that really binds
 * to the key, and the defaults the classes and application.yaml really have.
 */
class ConfigurationReferenceTests {

	private static final Path REFERENCE = Path.of("../docs/configuration.md");

	/** {@code | `key` | `ENV` | default | meaning |} */
	private static final Pattern ROW = Pattern
		.compile("^\\| `([a-z0-9.\\-]+)` \\| `([A-Z0-9_]+)` \\| ([^|]*) \\|.*\\|\\s*$");

	private static final Pattern FIRST_CODE = Pattern.compile("`([^`]*)`");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void everyTorrentdKeyIsDocumentedAndEveryDocumentedKeyExists() throws Exception {
		Set<String> documented = new TreeSet<>();
		for (Row row : rows()) {
			if (row.key().startsWith("torrentd.")) {
				documented.add(row.key());
			}
		}
		assertThat(declaredProperties()).as("the configuration classes declare at least the engine's keys")
			.containsKey("torrentd.state-dir");
		assertThat(documented).containsExactlyInAnyOrderElementsOf(declaredProperties().keySet());
	}

	@Test
	void eachEnvironmentVariableBindsToItsKey() throws Exception {
		for (Row row : rows()) {
			MutablePropertySources sources = new MutablePropertySources();
			sources.addFirst(new SystemEnvironmentPropertySource("environment", Map.of(row.environment(), "x")));
			String bound = new Binder(ConfigurationPropertySources.from(sources)).bind(row.key(), String.class)
				.orElse(null);
			assertThat(bound).as("%s=x binds %s", row.environment(), row.key()).isEqualTo("x");
		}
	}

	@Test
	void documentedDefaultsAreTheClassesAndTheApplicationYamlDefaults() throws Exception {
		Map<String, Object> declared = declaredProperties();
		Map<String, String> yaml = applicationYaml();
		for (Row row : rows()) {
			String expected = yaml.containsKey(row.key()) ? yaml.get(row.key())
					: (declared.get(row.key()) != null) ? String.valueOf(declared.get(row.key())) : null;
			if (expected == null || expected.isEmpty()) {
				continue;
			}
			Matcher code = FIRST_CODE.matcher(row.defaultCell());
			assertThat(code.find()).as("%s documents its default %s", row.key(), expected).isTrue();
			assertThat(code.group(1)).as("default of %s", row.key()).isEqualToIgnoringCase(expected);
		}
	}

	@Test
	void applicationYamlNeverContradictsTheClassesDefaults() throws Exception {
		Map<String, Object> declared = declaredProperties();
		Map<String, String> yaml = applicationYaml();
		for (Map.Entry<String, Object> property : declared.entrySet()) {
			if (property.getValue() != null && yaml.containsKey(property.getKey())) {
				assertThat(yaml.get(property.getKey())).as("application.yaml's %s", property.getKey())
					.isEqualToIgnoringCase(String.valueOf(property.getValue()));
			}
		}
	}

	private static List<Row> rows() throws IOException {
		List<Row> rows = Files.readAllLines(REFERENCE)
			.stream()
			.map(ROW::matcher)
			.filter(Matcher::matches)
			.map((m) -> new Row(m.group(1), m.group(2), m.group(3).strip()))
			.toList();
		assertThat(rows).as("rows of %s", REFERENCE).hasSizeGreaterThan(30);
		return rows;
	}

	/**
	 * Every {@code torrentd.*} property in the metadata on the class path, with its
	 * default.
	 */
	private static Map<String, Object> declaredProperties() throws IOException {
		Map<String, Object> properties = new TreeMap<>();
		for (URL url : Collections.list(ConfigurationReferenceTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : JSON.readTree(in).path("properties")) {
					String name = property.get("name").asString();
					if (name.startsWith("torrentd.")) {
						JsonNode value = property.get("defaultValue");
						properties.put(name, (value == null || value.isNull()) ? null : value.asString());
					}
				}
			}
		}
		return properties;
	}

	private static Map<String, String> applicationYaml() throws IOException {
		Map<String, String> values = new LinkedHashMap<>();
		for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yaml"))) {
			for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
				values.put(name, String.valueOf(source.getProperty(name)).toLowerCase(Locale.ROOT));
			}
		}
		return values;
	}

	private record Row(String key, String environment, String defaultCell) {
	}

}
