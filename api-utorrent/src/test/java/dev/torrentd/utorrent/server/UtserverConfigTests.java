package dev.torrentd.utorrent.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.utorrent.InMemoryAutomation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UtserverConfigTests {

	@TempDir
	Path dir;

	@Test
	void withoutAConfigFileTheManualsDefaultsApply() {
		UtserverConfig config = new UtserverConfig(null, this.dir);

		assertThat(config.current()).isEqualTo(UtserverSettings.defaults());
		assertThat(config.reload()).isEqualTo(UtserverSettings.defaults());
	}

	@Test
	void anAbsentConfigFileGivesTheDefaults() {
		UtserverConfig config = new UtserverConfig(this.dir.resolve("utserver.conf"), this.dir);

		assertThat(config.current()).isEqualTo(UtserverSettings.defaults());
	}

	@Test
	void theFileIsReadAtStartWithPathsRelativeToTheWorkingDirectory() throws Exception {
		Files.writeString(this.dir.resolve("utserver.conf"), "dir_request: req\ntoken_auth_enable: 0\n");

		UtserverConfig config = new UtserverConfig(Path.of("utserver.conf"), this.dir);

		assertThat(config.current().requestDir()).isEqualTo(this.dir.resolve("req"));
		assertThat(config.current().tokenAuthEnable()).isFalse();
	}

	@Test
	void aReloadReadsTheFileAgainAndKeepsTheStartOnlySettings() throws Exception {
		Path file = this.dir.resolve("utserver.conf");
		Files.writeString(file, "dir_request: /req1\ntoken_auth_enable: 1\n");
		UtserverConfig config = new UtserverConfig(file, this.dir);

		Files.writeString(file, "dir_request: /req2\ntoken_auth_enable: 0\n");
		UtserverSettings reloaded = config.reload();

		assertThat(reloaded).isSameAs(config.current());
		assertThat(reloaded.requestDir()).isEqualTo(Path.of("/req2"));
		assertThat(reloaded.tokenAuthEnable()).isTrue();
	}

	@Test
	void aFileGoneAtReloadKeepsTheSettingsInForce() throws Exception {
		Path file = this.dir.resolve("utserver.conf");
		Files.writeString(file, "dir_request: /req1\n");
		UtserverConfig config = new UtserverConfig(file, this.dir);
		UtserverSettings before = config.current();

		Files.delete(file);

		assertThat(config.reload()).isSameAs(before);
	}

	@Test
	void aFixedConfigurationHoldsItsSettings() {
		UtserverSettings settings = UtserverSettings.from(UtserverConf.parse("dir_download: /a\n"), this.dir);

		UtserverConfig config = UtserverConfig.of(settings);

		assertThat(config.current()).isSameAs(settings);
		assertThat(config.reload()).isSameAs(settings);
	}

	@Test
	void settingsWithoutEffectGetOneClearLineEach() {
		UtserverConf conf = UtserverConf
			.parse("disk_cache_max_size: 64\ndht: 1\nlow_cpu: 1\ndisk_cache_max_size: 128\nfinish_cmd: x\n");

		assertThat(UtserverConfig.ignoredSettingNotes(conf)).containsExactly(
				"utserver.conf: disk_cache_max_size has no effect in torrentd (libtorrent 2.0 reads and writes "
						+ "through memory-mapped files and leaves caching to the kernel)",
				"utserver.conf: low_cpu has no effect in torrentd (libtorrent's network loop never sleeps on purpose)");
	}

	@Test
	void unknownSettingsGetOneLineEachAndNeverFail() {
		UtserverConf conf = UtserverConf.parse("webui_server_files: 1\ndht: 1\nWebUI_Server_Files: 0\nfoo: bar\n");

		assertThat(UtserverConfig.unknownSettingNotes(conf)).containsExactly(
				"utserver.conf: unknown setting webui_server_files ignored",
				"utserver.conf: unknown setting foo ignored");
	}

	@Test
	void aReloadNamesTheStartOnlySettingsThatChanged() {
		UtserverSettings inForce = UtserverSettings
			.from(UtserverConf.parse("token_auth_enable: 1\ndir_request: /a\nbind_port: 1\n"), this.dir);
		UtserverSettings file = UtserverSettings
			.from(UtserverConf.parse("token_auth_enable: 0\ndir_request: /b\nbind_port: 1\nfinish_cmd: x\n"), this.dir);

		assertThat(UtserverConfig.startOnlyChanges(inForce, file)).containsExactly("token_auth_enable", "finish_cmd");
	}

	@Test
	void theUttFilesOfDirTempFilesAreDeletedAndNothingElse() throws Exception {
		Path temp = Files.createDirectories(this.dir.resolve("temp"));
		Files.writeString(temp.resolve("a.utt"), "x");
		Files.writeString(temp.resolve("b.utt"), "x");
		Files.writeString(temp.resolve("keep.txt"), "x");
		Files.createDirectories(temp.resolve("dir.utt"));

		assertThat(UtserverConfig.deleteTempFiles(temp)).isEqualTo(2);
		assertThat(temp.resolve("a.utt")).doesNotExist();
		assertThat(temp.resolve("b.utt")).doesNotExist();
		assertThat(temp.resolve("keep.txt")).exists();
		assertThat(temp.resolve("dir.utt")).isDirectory();
	}

	@Test
	void anAbsentTempDirectoryDeletesNothing() {
		assertThat(UtserverConfig.deleteTempFiles(this.dir.resolve("missing"))).isZero();
	}

	@Test
	void autoloadAndTheCommandsOfTheFileAreAppliedToTheServices() throws Exception {
		Path file = this.dir.resolve("utserver.conf");
		Files.writeString(file, "dir_autoload: watch\ndir_autoload_delete: 1\nfinish_cmd: /bin/done %I\n"
				+ "state_cmd: /bin/state \"%N\" %S %P\n");
		InMemoryAutomation.Folders folders = new InMemoryAutomation.Folders();
		WatchedFolder qbt = new WatchedFolder(Path.of("/srv/qbt"), Destination.WATCHED_FOLDER, null, true);
		folders.setFolders(List.of(qbt));
		InMemoryAutomation.Programs programs = new InMemoryAutomation.Programs();
		EventProgram added = new EventProgram(true, "/bin/added %N", Placeholders.QBITTORRENT);
		programs.apply(EventProgramSettings.NONE.withOnAdded(added));

		new UtserverConfig(file, this.dir).applyAutomationSettings(folders, programs);

		assertThat(folders.folders()).containsExactly(
				new WatchedFolder(this.dir.resolve("watch"), Destination.DEFAULT_SAVE_PATH, null, true), qbt);
		assertThat(programs.settings())
			.isEqualTo(new EventProgramSettings(added, new EventProgram(true, "/bin/done %I", Placeholders.UTORRENT),
					new EventProgram(true, "/bin/state \"%N\" %S %P", Placeholders.UTORRENT)));
	}

	@Test
	void emptyValuesTurnAutoloadAndTheCommandsOff() throws Exception {
		Path file = this.dir.resolve("utserver.conf");
		Files.writeString(file, "dir_autoload:\nfinish_cmd:\n");
		InMemoryAutomation.Folders folders = new InMemoryAutomation.Folders();
		folders.setFolders(List.of(new WatchedFolder(Path.of("/srv/old"), Destination.DEFAULT_SAVE_PATH, null, false)));
		InMemoryAutomation.Programs programs = new InMemoryAutomation.Programs();
		EventProgram state = new EventProgram(true, "/bin/state %S", Placeholders.UTORRENT);
		programs.apply(new EventProgramSettings(EventProgram.NONE,
				new EventProgram(true, "/bin/done", Placeholders.UTORRENT), state));

		new UtserverConfig(file, this.dir).applyAutomationSettings(folders, programs);

		assertThat(folders.folders()).isEmpty();
		assertThat(programs.settings().onFinished().enabled()).isFalse();
		assertThat(programs.settings().onStateChanged()).as("not in the file: left alone").isEqualTo(state);
	}

	@Test
	void aFileWithoutTheseSettingsLeavesTheServicesAlone() throws Exception {
		Path file = this.dir.resolve("utserver.conf");
		Files.writeString(file, "dir_autoload_delete: 1\ntoken_auth_enable: 0\n");
		InMemoryAutomation.Folders folders = new InMemoryAutomation.Folders();
		InMemoryAutomation.Programs programs = new InMemoryAutomation.Programs();

		new UtserverConfig(file, this.dir).applyAutomationSettings(folders, programs);

		assertThat(folders.changes).isZero();
		assertThat(programs.changes).isZero();
	}

	@Test
	void aReloadKeepsTheAutoloadAndCommandsOfTheStart() throws Exception {
		Path file = this.dir.resolve("utserver.conf");
		Files.writeString(file, "dir_autoload: /a\nfinish_cmd: /x\n");
		UtserverConfig config = new UtserverConfig(file, this.dir);

		Files.writeString(file, "dir_autoload: /b\nfinish_cmd: /y\n");
		UtserverSettings reloaded = config.reload();

		assertThat(reloaded.autoloadDir()).isEqualTo(Path.of("/a"));
		assertThat(reloaded.finishCmd()).isEqualTo("/x");
	}

}
