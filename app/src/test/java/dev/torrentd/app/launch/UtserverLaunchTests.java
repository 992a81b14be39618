package dev.torrentd.app.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where µTorrent Server's arguments and utserver.conf stand among Spring's property
 * sources.
 */
class UtserverLaunchTests {

	@TempDir
	Path dir;

	private StandardEnvironment environment(String... springArgs) {
		StandardEnvironment environment = new StandardEnvironment();
		if (springArgs.length > 0) {
			environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(springArgs));
		}
		// stands for application.yaml, which Spring Boot adds after these listeners ran
		environment.getPropertySources()
			.addLast(new MapPropertySource("applicationYaml", Map.of("server.port", "8080", "torrentd.state-dir",
					"/yaml/state", "torrentd.bittorrent.listen-interfaces", "0.0.0.0:6881,[::]:6881")));
		return environment;
	}

	private void launch(StandardEnvironment environment, String... args) {
		new UtserverLaunch(UtserverCommandLine.parse(args), this.dir).addProperties(environment);
	}

	@Test
	void theArgumentsWinOverApplicationYaml() {
		StandardEnvironment environment = environment();

		launch(environment, "-settingspath", "state");

		assertThat(environment.getProperty("torrentd.state-dir")).isEqualTo(this.dir.resolve("state").toString());
	}

	@Test
	void explicitSpringArgumentsWinOverUtserversArguments() {
		StandardEnvironment environment = environment("--torrentd.state-dir=/explicit");

		launch(environment, "-settingspath", "state");

		assertThat(environment.getProperty("torrentd.state-dir")).isEqualTo("/explicit");
	}

	@Test
	void theConfigFileWinsOverApplicationYamlButNotOverExplicitArguments() throws Exception {
		Path conf = this.dir.resolve("my.conf");
		Files.writeString(conf, "ut_webui_port: 9999\nbind_port: 45678\n");
		StandardEnvironment environment = environment("--server.port=7777");

		launch(environment, "-configfile", conf.toString());

		assertThat(environment.getProperty("torrentd.utorrent.config-file")).isEqualTo(conf.toString());
		assertThat(environment.getProperty("server.port")).isEqualTo("7777");
		assertThat(environment.getProperty("torrentd.bittorrent.listen-interfaces"))
			.isEqualTo("0.0.0.0:45678,[::]:45678");
	}

	@Test
	void utserverConfInTheWorkingDirectoryIsUsedWithoutConfigfile() throws Exception {
		Files.writeString(this.dir.resolve("utserver.conf"), "ut_webui_port: 9999\n");
		StandardEnvironment environment = environment();

		launch(environment);

		assertThat(environment.getProperty("torrentd.utorrent.config-file"))
			.isEqualTo(this.dir.resolve("utserver.conf").toString());
		assertThat(environment.getProperty("server.port")).isEqualTo("9999");
	}

	@Test
	void anExplicitConfigFilePropertyIsReadToo() throws Exception {
		Path conf = this.dir.resolve("other.conf");
		Files.writeString(conf, "ut_webui_port: 9999\n");
		Files.writeString(this.dir.resolve("utserver.conf"), "ut_webui_port: 1111\n");
		StandardEnvironment environment = environment("--torrentd.utorrent.config-file=" + conf);

		launch(environment);

		assertThat(environment.getProperty("server.port")).isEqualTo("9999");
	}

	@Test
	void withoutAnyConfigFileNothingChanges() {
		StandardEnvironment environment = environment();
		int sources = environment.getPropertySources().size();

		launch(environment, "--server.port=1");

		assertThat(environment.getPropertySources().size()).isEqualTo(sources);
		assertThat(environment.getProperty("server.port")).isEqualTo("8080");
	}

	@Test
	void aMissingConfigFileMapsNothingButIsStillTheConfigFile() {
		StandardEnvironment environment = environment();

		launch(environment, "-configfile", "missing.conf");

		assertThat(environment.getProperty("torrentd.utorrent.config-file"))
			.isEqualTo(this.dir.resolve("missing.conf").toString());
		assertThat(environment.getProperty("server.port")).isEqualTo("8080");
	}

}
