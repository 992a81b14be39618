package dev.torrentd.utorrent.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.utorrent.UtStorage;
import dev.torrentd.utorrent.UtTestServer;
import dev.torrentd.utorrent.UtTestServer.TestAccount;
import dev.torrentd.utorrent.webui.WebUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@code utserver.conf} read by the dialect on a real engine: the engine settings
 * applied once, the {@code .utt} files cleaned, reloads by {@code rcf.utmr} and by a real
 * SIGHUP, {@code c.utmr}, and the WebUI from {@code ut_webui_dir}.
 */
@SpringBootTest(classes = UtTestServer.class)
class UtserverConfigIT {

	@TempDir
	static Path dir;

	@Autowired
	UtserverConfig config;

	@Autowired
	TorrentEngine engine;

	@Autowired
	UtStorage storage;

	@Autowired
	TestAccount account;

	@Autowired
	WebUi webUi;

	@DynamicPropertySource
	static void utserverConf(DynamicPropertyRegistry registry) throws IOException {
		Files.createDirectories(dir.resolve("requests"));
		Path temp = Files.createDirectories(dir.resolve("temp"));
		Files.writeString(temp.resolve("leftover.utt"), "x");
		Files.writeString(temp.resolve("keep.txt"), "x");
		Path www = Files.createDirectories(dir.resolve("www"));
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(www.resolve("webui.zip")))) {
			zip.putNextEntry(new ZipEntry("index.html"));
			zip.write("<html>utserver</html>".getBytes());
			zip.closeEntry();
		}
		writeConf("dir_download: " + dir.resolve("movies"));
		registry.add("torrentd.utorrent.config-file", () -> dir.resolve("utserver.conf").toString());
	}

	/** The file with the settings every test keeps, then {@code extra}. */
	private static void writeConf(String extra) throws IOException {
		Files.writeString(dir.resolve("utserver.conf"), """
				# torrentd reads this as utserver does
				dir_request: %s
				dir_temp_files: %s
				ut_webui_dir: %s
				max_dl_rate: 100
				max_ul_rate: 50
				rate_limit_local_peers: 0
				seed_ratio: 150
				disk_cache_max_size: 64
				%s
				""".formatted(dir.resolve("requests"), dir.resolve("temp"), dir.resolve("www"), extra));
	}

	@Test
	void theEngineSettingsOfTheFileAreAppliedAtTheFirstStartOnly() throws Exception {
		EngineSettings settings = this.engine.settings();
		assertThat(settings.downloadLimitBytesPerSecond()).isEqualTo(100 * 1024);
		assertThat(settings.uploadLimitBytesPerSecond()).isEqualTo(50 * 1024);
		assertThat(settings.rateLimitLocalPeers()).isFalse();
		assertThat(settings.shareLimits().ratioLimit()).isEqualTo(1.5);
		Path marker = this.storage.directory().resolve(UtserverConfig.APPLIED_MARKER);
		assertThat(marker).isRegularFile();

		this.engine.applySettings(settings.toBuilder().downloadLimit(0).build());
		this.config.applyRegularSettingsOnce(this.engine, marker);

		assertThat(this.engine.settings().downloadLimitBytesPerSecond()).isZero();
	}

	@Test
	void theUttFilesOfDirTempFilesWereDeletedAtStart() {
		assertThat(dir.resolve("temp/leftover.utt")).doesNotExist();
		assertThat(dir.resolve("temp/keep.txt")).exists();
	}

	@Test
	void theWebUiComesFromUtWebuiDir() {
		assertThat(this.webUi.serve("index.html").orElseThrow().getBody())
			.isEqualTo("<html>utserver</html>".getBytes());
	}

	@Test
	void rcfUtmrReloadsTheFile() throws Exception {
		writeConf("dir_download: " + dir.resolve("tv") + "\ndir_download: " + dir.resolve("music"));
		Files.createFile(dir.resolve("requests/rcf.utmr"));

		await().until(() -> !Files.exists(dir.resolve("requests/rcf.utmr")));

		assertThat(this.config.current().downloadDirs()).containsExactly(dir.resolve("tv"), dir.resolve("music"));
	}

	@Test
	void cUtmrResetsTheCredentialsToAdminWithABlankPassword() throws Exception {
		this.account.replace("someone", "secret");
		Files.createFile(dir.resolve("requests/c.utmr"));

		await().until(() -> !Files.exists(dir.resolve("requests/c.utmr")));

		assertThat(this.account.matches("admin", "")).isTrue();
	}

	@Test
	void sighupReloadsTheFile() throws Exception {
		assertThat(this.config.hangupHandled()).as("SIGHUP handler installed (else the signal would stop the JVM)")
			.isTrue();
		writeConf("localhost_authentication: 0\ntoken_auth_enable: 0");

		Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(ProcessHandle.current().pid())).start();
		assertThat(kill.waitFor()).isZero();

		await().until(() -> !this.config.current().localhostAuthentication());
		assertThat(this.config.current().tokenAuthEnable()).as("token_auth_enable is applied at start only").isTrue();
	}

}
