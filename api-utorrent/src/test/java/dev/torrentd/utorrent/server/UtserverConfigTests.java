package dev.torrentd.utorrent.server;

import java.nio.file.Files;
import java.nio.file.Path;

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

}
