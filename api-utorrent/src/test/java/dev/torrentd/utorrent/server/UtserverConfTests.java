package dev.torrentd.utorrent.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class UtserverConfTests {

	private static final Path CWD = Path.of("/srv/ut");

	@TempDir
	Path dir;

	@Test
	void theManualsExampleGivesTwoSettingsAndSkipsTheComment() {
		UtserverConf conf = UtserverConf
			.parse("# This is a comment\ndir_temp_files: temp\npreferred_interface: eth0\n");

		assertThat(conf.entries()).containsExactly(Map.entry("dir_temp_files", "temp"),
				Map.entry("preferred_interface", "eth0"));
		assertThat(conf.problems()).isEmpty();
	}

	@Test
	void aLineSplitsAtTheFirstColonAndBothSidesAreTrimmed() {
		UtserverConf conf = UtserverConf.parse("  finish_cmd :  /bin/notify \"%N: done\"  \n");

		assertThat(conf.value("finish_cmd")).contains("/bin/notify \"%N: done\"");
	}

	@Test
	void namesAreCaseInsensitive() {
		UtserverConf conf = UtserverConf.parse("Bind_Port: 12345\n");

		assertThat(conf.entries()).containsExactly(Map.entry("bind_port", "12345"));
		assertThat(conf.value("BIND_PORT")).contains("12345");
	}

	@Test
	void commentsMayBeIndentedAndBlankLinesAreSkipped() {
		UtserverConf conf = UtserverConf.parse("\n   # dht: 0\n\t\n   \ndht: 1\r\n");

		assertThat(conf.entries()).containsExactly(Map.entry("dht", "1"));
		assertThat(conf.problems()).isEmpty();
	}

	@Test
	void aRepeatedNameKeepsEveryValueInFileOrder() {
		UtserverConf conf = UtserverConf.parse("dir_download: /a\ndht: 1\ndir_download: /b\ndir_download: /c\n");

		assertThat(conf.values("dir_download")).containsExactly("/a", "/b", "/c");
		assertThat(conf.value("dir_download")).contains("/c");
		assertThat(conf.lastValues()).containsExactly(Map.entry("dir_download", "/c"), Map.entry("dht", "1"));
	}

	@Test
	void malformedLinesAreSkippedAndReportedWithTheirNumber() {
		UtserverConf conf = UtserverConf.parse("dht: 1\nthis line has no colon\n: no name\npex: 0\n");

		assertThat(conf.entries()).containsExactly(Map.entry("dht", "1"), Map.entry("pex", "0"));
		assertThat(conf.problems()).hasSize(2);
		assertThat(conf.problems().get(0)).startsWith("line 2:");
		assertThat(conf.problems().get(1)).startsWith("line 3:");
	}

	@Test
	void anEmptyValueIsKeptAsEmpty() {
		UtserverConf conf = UtserverConf.parse("admin_password:\n");

		assertThat(conf.value("admin_password")).contains("");
		assertThat(conf.contains("admin_password")).isTrue();
		assertThat(conf.contains("admin_name")).isFalse();
	}

	@Test
	void aFileThatIsNotUtf8IsReadAsLatin1() throws Exception {
		Path file = this.dir.resolve("utserver.conf");
		Files.write(file, "dir_active: /data/t\u00e9l\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

		assertThat(UtserverConf.read(file).value("dir_active")).contains("/data/t\u00e9l\u00e9");
	}

	@Test
	void aUtf8FileWithAByteOrderMarkIsRead() throws Exception {
		Path file = this.dir.resolve("utserver.conf");
		Files.write(file, "\uFEFFdir_active: /data/\u00b5\n".getBytes(StandardCharsets.UTF_8));

		assertThat(UtserverConf.read(file).entries()).containsExactly(Map.entry("dir_active", "/data/\u00b5"));
	}

	@Test
	void withoutAFileEverySettingIsTheManualsDefault() {
		UtserverSettings settings = UtserverSettings.from(UtserverConf.empty(), CWD);

		assertThat(settings).isEqualTo(UtserverSettings.defaults());
		assertThat(settings.tokenAuthEnable()).isTrue();
		assertThat(settings.tokenAuthRemoteOnly()).isFalse();
		assertThat(settings.localhostAuthentication()).isTrue();
	}

	@Test
	void booleansAreOneZeroTrueOrFalse() {
		UtserverSettings settings = UtserverSettings.from(
				UtserverConf.parse("token_auth_enable: 0\nlocalhost_authentication: FALSE\ndir_autoload_delete: 1\n"),
				CWD);

		assertThat(settings.tokenAuthEnable()).isFalse();
		assertThat(settings.localhostAuthentication()).isFalse();
		assertThat(settings.autoloadDelete()).isTrue();
	}

	@Test
	void anUnreadableBooleanKeepsTheDefault() {
		UtserverSettings settings = UtserverSettings.from(UtserverConf.parse("token_auth_enable: maybe\n"), CWD);

		assertThat(settings.tokenAuthEnable()).isTrue();
	}

	@Test
	void tokenAuthFilterRemoteSparesLocalRequests() {
		assertThat(UtserverSettings.from(UtserverConf.parse("token_auth_filter: remote\n"), CWD).tokenAuthRemoteOnly())
			.isTrue();
		assertThat(UtserverSettings.from(UtserverConf.parse("token_auth_filter: all\n"), CWD).tokenAuthRemoteOnly())
			.isFalse();
	}

	@Test
	void downloadDirectoriesAreRelativeToDirRoot() {
		UtserverSettings settings = UtserverSettings.from(UtserverConf.parse("""
				dir_root: /media/usb
				dir_completed: done
				dir_download: movies
				dir_download: /abs/tv
				dir_torrent_files: ./torrents
				"""), CWD);

		assertThat(settings.completedDir()).isEqualTo(Path.of("/media/usb/done"));
		assertThat(settings.downloadDirs()).containsExactly(Path.of("/media/usb/movies"), Path.of("/abs/tv"));
		assertThat(settings.torrentFilesDir()).isEqualTo(Path.of("/media/usb/torrents"));
	}

	@Test
	void withoutDirRootRelativeDirectoriesAreRelativeToTheWorkingDirectory() {
		UtserverSettings settings = UtserverSettings.from(UtserverConf.parse("dir_completed: ../done\n"), CWD);

		assertThat(settings.completedDir()).isEqualTo(Path.of("/srv/done"));
	}

	@Test
	void aRelativeDirRootIsRelativeToTheWorkingDirectory() {
		UtserverConf conf = UtserverConf.parse("dir_root: data\ndir_active: active\n");

		assertThat(conf.rootedDir("dir_active", CWD)).contains(Path.of("/srv/ut/data/active"));
	}

	@Test
	void theOtherDirectoriesAreRelativeToTheWorkingDirectoryEvenWithDirRoot() {
		UtserverSettings settings = UtserverSettings.from(UtserverConf.parse("""
				dir_root: /media/usb
				dir_temp_files: temp
				dir_request: requests
				dir_autoload: autoload
				ut_webui_dir: www
				"""), CWD);

		assertThat(settings.tempFilesDir()).isEqualTo(Path.of("/srv/ut/temp"));
		assertThat(settings.requestDir()).isEqualTo(Path.of("/srv/ut/requests"));
		assertThat(settings.autoloadDir()).isEqualTo(Path.of("/srv/ut/autoload"));
		assertThat(settings.webuiDir()).isEqualTo(Path.of("/srv/ut/www"));
	}

	@Test
	void anEmptyDirectoryIsNone() {
		UtserverSettings settings = UtserverSettings.from(UtserverConf.parse("dir_request:\ndir_download:\n"), CWD);

		assertThat(settings.requestDir()).isNull();
		assertThat(settings.downloadDirs()).isEmpty();
	}

	@Test
	void commandsAndEveryValueAreKeptAsWritten() {
		UtserverSettings settings = UtserverSettings
			.from(UtserverConf.parse("finish_cmd: /x %I\nstate_cmd: /y %S %P\nlogmask: 8\n"), CWD);

		assertThat(settings.finishCmd()).isEqualTo("/x %I");
		assertThat(settings.stateCmd()).isEqualTo("/y %S %P");
		assertThat(settings.values()).containsExactly(Map.entry("finish_cmd", "/x %I"),
				Map.entry("state_cmd", "/y %S %P"), Map.entry("logmask", "8"));
	}

	@Test
	void aReloadChangesOnlyTheReloadableSettings() {
		UtserverSettings start = UtserverSettings.from(UtserverConf.parse("""
				token_auth_enable: 1
				localhost_authentication: 1
				dir_download: /a
				dir_request: /req1
				dir_completed: /done1
				ut_webui_dir: /www1
				finish_cmd: /old
				"""), CWD);
		UtserverSettings file = UtserverSettings.from(UtserverConf.parse("""
				token_auth_enable: 0
				localhost_authentication: 0
				dir_download: /b
				dir_download: /c
				dir_request: /req2
				dir_completed: /done2
				ut_webui_dir: /www2
				finish_cmd: /new
				"""), CWD);

		UtserverSettings reloaded = start.withReloadable(file);

		assertThat(reloaded.localhostAuthentication()).isFalse();
		assertThat(reloaded.downloadDirs()).containsExactly(Path.of("/b"), Path.of("/c"));
		assertThat(reloaded.requestDir()).isEqualTo(Path.of("/req2"));
		assertThat(reloaded.webuiDir()).isEqualTo(Path.of("/www2"));
		assertThat(reloaded.tokenAuthEnable()).isTrue();
		assertThat(reloaded.completedDir()).isEqualTo(Path.of("/done1"));
		assertThat(reloaded.finishCmd()).isEqualTo("/old");
		assertThat(reloaded.values()).containsEntry("dir_request", "/req2")
			.containsEntry("finish_cmd", "/old")
			.containsEntry("token_auth_enable", "1");
	}

	@Test
	void aReloadableSettingRemovedFromTheFileReturnsToItsDefault() {
		UtserverSettings start = UtserverSettings.from(UtserverConf.parse("dir_request: /req\nlogmask: 8\n"), CWD);

		UtserverSettings reloaded = start.withReloadable(UtserverSettings.from(UtserverConf.empty(), CWD));

		assertThat(reloaded.requestDir()).isNull();
		assertThat(reloaded.values()).isEqualTo(Map.of());
		assertThat(reloaded.downloadDirs()).isEmpty();
	}

}
