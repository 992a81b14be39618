package dev.torrentd.utorrent.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.utorrent.UtTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dir_autoload}, {@code dir_autoload_delete}, {@code finish_cmd} and
 * {@code state_cmd} of a {@code utserver.conf} set the real watch folders and event
 * programs at start; being internal settings that are not reloadable, a reload leaves
 * them as they are.
 */
@SpringBootTest(classes = UtTestServer.class)
class UtserverAutomationIT {

	@TempDir
	static Path dir;

	@Autowired
	UtserverConfig config;

	@Autowired
	WatchFolders watchFolders;

	@Autowired
	EventPrograms eventPrograms;

	@DynamicPropertySource
	static void utserverConf(DynamicPropertyRegistry registry) throws IOException {
		writeConf("autoload", "/usr/local/bin/done.sh \"%N\" %D", "/usr/local/bin/state.sh %I %S %P");
		registry.add("torrentd.utorrent.config-file", () -> dir.resolve("utserver.conf").toString());
	}

	private static void writeConf(String autoload, String finish, String state) throws IOException {
		Files.writeString(dir.resolve("utserver.conf"), """
				dir_autoload: %s
				dir_autoload_delete: true
				finish_cmd: %s
				state_cmd: %s
				""".formatted(dir.resolve(autoload), finish, state));
	}

	@Test
	void theFilesAutoloadAndCommandsAreAppliedAtStartAndKeptOnReload() throws Exception {
		WatchedFolder autoload = new WatchedFolder(dir.resolve("autoload"), Destination.DEFAULT_SAVE_PATH, null, true);
		EventProgram finish = new EventProgram(true, "/usr/local/bin/done.sh \"%N\" %D", Placeholders.UTORRENT);
		EventProgram state = new EventProgram(true, "/usr/local/bin/state.sh %I %S %P", Placeholders.UTORRENT);
		assertThat(this.watchFolders.folders()).containsExactly(autoload);
		assertThat(this.eventPrograms.settings().onFinished()).isEqualTo(finish);
		assertThat(this.eventPrograms.settings().onStateChanged()).isEqualTo(state);

		writeConf("other", "/bin/other", "");
		this.config.reload();

		assertThat(this.config.current().autoloadDir()).isEqualTo(dir.resolve("autoload"));
		assertThat(this.watchFolders.folders()).containsExactly(autoload);
		assertThat(this.eventPrograms.settings().onFinished()).isEqualTo(finish);
		assertThat(this.eventPrograms.settings().onStateChanged()).isEqualTo(state);
	}

}
