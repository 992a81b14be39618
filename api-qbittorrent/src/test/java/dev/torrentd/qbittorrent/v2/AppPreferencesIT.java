package dev.torrentd.qbittorrent.v2;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = QbTestServer.class)
@AutoConfigureMockMvc
class AppPreferencesIT {

	static final String BASIC = "Basic " + Base64.getEncoder()
		.encodeToString((QbTestServer.USERNAME + ":" + QbTestServer.PASSWORD).getBytes(StandardCharsets.UTF_8));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TorrentEngine engine;

	@Autowired
	RssService rss;

	@Autowired
	WatchFolders watchFolders;

	@Autowired
	EventPrograms eventPrograms;

	@AfterEach
	void unlimited() {
		setPreferences("{\"dl_limit\":0,\"up_limit\":0}");
		this.mvc.post()
			.uri("/api/v2/transfer/setSpeedLimitsMode")
			.header("Authorization", BASIC)
			.param("mode", "0")
			.exchange();
	}

	private MvcTestResult setPreferences(String json) {
		return this.mvc.post()
			.uri("/api/v2/app/setPreferences")
			.header("Authorization", BASIC)
			.param("json", json)
			.exchange();
	}

	private JsonNode preferences() {
		MvcTestResult result = this.mvc.get().uri("/api/v2/app/preferences").header("Authorization", BASIC).exchange();
		assertThat(result).hasStatusOk().hasContentType("application/json");
		return JSON.readTree(result.getResponse().getContentAsByteArray());
	}

	private String text(String path) {
		MvcTestResult result = this.mvc.get().uri(path).header("Authorization", BASIC).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray().length == 0 ? ""
				: new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void preferencesShowTheEngineSettingsToSonarr() {
		JsonNode prefs = preferences();
		assertThat(prefs.size()).isEqualTo(221);
		assertThat(prefs.get("save_path").asString()).isEqualTo(this.engine.settings().defaultSavePath().toString())
			.doesNotEndWith("/");
		assertThat(prefs.get("dht").asBoolean()).isEqualTo(this.engine.settings().dht());
		assertThat(prefs.get("queueing_enabled").asBoolean()).isEqualTo(this.engine.settings().queueingEnabled());
		assertThat(prefs.get("max_ratio_act").isInt()).isTrue();
		assertThat(prefs.get("max_ratio").isNumber()).isTrue();
		assertThat(prefs.get("web_ui_username").asString()).isEqualTo("admin");
	}

	@Test
	void setPreferencesDownloadLimitShowsInPreferencesAndTransferDownloadLimit() {
		assertThat(setPreferences("{\"dl_limit\":204800,\"up_limit\":1000}")).hasStatusOk().bodyText().isEmpty();

		JsonNode prefs = preferences();
		assertThat(prefs.get("dl_limit").asLong()).isEqualTo(204800);
		assertThat(prefs.get("up_limit").asLong()).isEqualTo(1024);
		assertThat(text("/api/v2/transfer/downloadLimit")).isEqualTo("204800");
		assertThat(text("/api/v2/transfer/uploadLimit")).isEqualTo("1024");
		assertThat(this.engine.settings().downloadLimitBytesPerSecond()).isEqualTo(204800);
	}

	@Test
	void setPreferencesChangesEngineAndStoredKeysAndNothingElse() {
		boolean dht = this.engine.settings().dht();
		assertThat(setPreferences("{\"max_ratio_enabled\":true,\"max_ratio\":2.5,\"max_ratio_act\":1,"
				+ "\"locale\":\"de\",\"no_such_key\":true,\"web_ui_password\":\"x\"}"))
			.hasStatusOk();
		JsonNode prefs = preferences();
		assertThat(prefs.get("max_ratio_enabled").asBoolean()).isTrue();
		assertThat(prefs.get("max_ratio").asDouble()).isEqualTo(2.5);
		assertThat(prefs.get("max_ratio_act").asInt()).isEqualTo(1);
		assertThat(prefs.get("locale").asString()).isEqualTo("de");
		assertThat(prefs.get("dht").asBoolean()).isEqualTo(dht);
		assertThat(prefs.has("no_such_key")).isFalse();
		assertThat(prefs.has("web_ui_password")).isFalse();
		assertThat(this.engine.settings().shareLimits().ratioLimit()).isEqualTo(2.5);

		setPreferences("{\"max_ratio_enabled\":false,\"max_ratio_act\":0,\"locale\":\"en\"}");
		assertThat(preferences().get("max_ratio").asInt()).isEqualTo(-1);
	}

	@Test
	void setPreferencesTempPathTurnsTheEnginesIncompleteFolderOnAndOff() {
		java.nio.file.Path expected = this.engine.settings().defaultSavePath().resolve("temp/incomplete-it");
		assertThat(setPreferences("{\"temp_path_enabled\":true,\"temp_path\":\"incomplete-it\"}")).hasStatusOk();

		assertThat(this.engine.settings().incompleteSavePath()).isEqualTo(expected);
		JsonNode prefs = preferences();
		assertThat(prefs.get("temp_path_enabled").asBoolean()).isTrue();
		assertThat(prefs.get("temp_path").asString()).isEqualTo(expected.toString());

		setPreferences("{\"temp_path_enabled\":false}");
		assertThat(this.engine.settings().incompleteSavePath()).isNull();
		prefs = preferences();
		assertThat(prefs.get("temp_path_enabled").asBoolean()).isFalse();
		assertThat(prefs.get("temp_path").asString()).isEqualTo(expected.toString());
	}

	@Test
	void setPreferencesWithoutJsonIsABadRequest() {
		assertThat(this.mvc.post().uri("/api/v2/app/setPreferences").header("Authorization", BASIC)).hasStatus(400)
			.bodyText()
			.isEqualTo("Bad Request");
	}

	@Test
	void setPreferencesWithInvalidJsonChangesNothingAndAnswersOk() {
		JsonNode before = preferences();
		assertThat(setPreferences("{bad")).hasStatusOk().bodyText().isEmpty();
		assertThat(setPreferences("[1,2]")).hasStatusOk();
		assertThat(preferences()).isEqualTo(before);
	}

	@Test
	void setPreferencesOnGetIsMethodNotAllowed() {
		assertThat(this.mvc.get().uri("/api/v2/app/setPreferences").header("Authorization", BASIC).param("json", "{}"))
			.hasStatus(405);
	}

	@Test
	void preferencesAnswerPostsToo() {
		assertThat(this.mvc.post().uri("/api/v2/app/preferences").header("Authorization", BASIC)).hasStatusOk();
	}

	@Test
	void buildInfoKeysAreSortedWithDottedVersions() {
		String body = text("/api/v2/app/buildInfo");
		assertThat(body).startsWith("{\"bitness\":").contains("\"platform\":");
		JsonNode info = JSON.readTree(body);
		assertThat(info.get("boost").asString()).matches("\\d+\\.\\d+\\.\\d+");
		assertThat(info.get("openssl").asString()).doesNotContain(" ").doesNotStartWith("OpenSSL");
	}

	@Test
	void rssPreferencesAreTheRssServicesSettings() {
		RssSettings before = this.rss.settings();
		try {
			assertThat(setPreferences("{\"rss_processing_enabled\":false,\"rss_refresh_interval\":15,"
					+ "\"rss_fetch_delay\":5,\"rss_max_articles_per_feed\":120,\"rss_auto_downloading_enabled\":false,"
					+ "\"rss_download_repack_proper_episodes\":false,"
					+ "\"rss_smart_episode_filters\":\"s(\\\\d+)e(\\\\d+)\\n(\\\\d+)x(\\\\d+)\"}"))
				.hasStatusOk();

			assertThat(this.rss.settings()).isEqualTo(
					new RssSettings(false, 15, 5, 120, false, false, List.of("s(\\d+)e(\\d+)", "(\\d+)x(\\d+)")));
			JsonNode prefs = preferences();
			assertThat(prefs.get("rss_processing_enabled").asBoolean()).isFalse();
			assertThat(prefs.get("rss_refresh_interval").isInt()).isTrue();
			assertThat(prefs.get("rss_refresh_interval").asInt()).isEqualTo(15);
			assertThat(prefs.get("rss_fetch_delay").isIntegralNumber()).isTrue();
			assertThat(prefs.get("rss_fetch_delay").asLong()).isEqualTo(5);
			assertThat(prefs.get("rss_max_articles_per_feed").asInt()).isEqualTo(120);
			assertThat(prefs.get("rss_auto_downloading_enabled").asBoolean()).isFalse();
			assertThat(prefs.get("rss_download_repack_proper_episodes").asBoolean()).isFalse();
			assertThat(prefs.get("rss_smart_episode_filters").asString()).isEqualTo("s(\\d+)e(\\d+)\n(\\d+)x(\\d+)");

			// values that make no sense keep the setting, and never fail the request
			assertThat(setPreferences(
					"{\"rss_refresh_interval\":0,\"rss_fetch_delay\":-1," + "\"rss_max_articles_per_feed\":\"many\"}"))
				.hasStatusOk();
			assertThat(this.rss.settings().refreshIntervalMinutes()).isEqualTo(15);
			assertThat(this.rss.settings().fetchDelaySeconds()).isEqualTo(5);
			assertThat(this.rss.settings().maxArticlesPerFeed()).isEqualTo(120);
		}
		finally {
			this.rss.applySettings(before);
		}
	}

	@Test
	void scanDirsAreTheWatchFoldersAndTheFirstOneKeepsItsPlace(@TempDir Path work) throws Exception {
		Path autoload = Files.createDirectories(work.resolve("autoload"));
		Path intoItself = work.resolve("into-itself");
		Path intoDefault = work.resolve("into-default");
		Path elsewhere = work.resolve("elsewhere");
		Path saveHere = work.resolve("saved");
		try {
			// µTorrent's dir_autoload, which renames what it loaded
			this.watchFolders
				.setFolders(List.of(new WatchedFolder(autoload, Destination.DEFAULT_SAVE_PATH, null, false)));
			assertThat(preferences().get("scan_dirs").get(autoload.toString()).asInt()).isEqualTo(1);

			String scanDirs = "{\"scan_dirs\":{\"" + intoItself + "\":0,\"" + intoDefault + "\":1,\"" + elsewhere
					+ "\":\"" + saveHere + "\",\"" + autoload + "\":1,\"relative/dir\":0}}";
			assertThat(setPreferences(scanDirs)).hasStatusOk();

			assertThat(this.watchFolders.folders()).containsExactly(
					new WatchedFolder(autoload, Destination.DEFAULT_SAVE_PATH, null, false),
					new WatchedFolder(intoItself, Destination.WATCHED_FOLDER, null, true),
					new WatchedFolder(intoDefault, Destination.DEFAULT_SAVE_PATH, null, true),
					new WatchedFolder(elsewhere, Destination.SAVE_PATH, saveHere, true));
			assertThat(intoItself).as("a folder set here is created").isDirectory();
			JsonNode shown = preferences().get("scan_dirs");
			assertThat(shown.propertyNames()).containsExactlyInAnyOrder(autoload.toString(), intoItself.toString(),
					intoDefault.toString(), elsewhere.toString());
			assertThat(shown.get(intoItself.toString()).isInt()).isTrue();
			assertThat(shown.get(intoItself.toString()).asInt()).isZero();
			assertThat(shown.get(intoDefault.toString()).asInt()).isEqualTo(1);
			assertThat(shown.get(elsewhere.toString()).asString()).isEqualTo(saveHere.toString());

			// what is not a folder list changes nothing; the WebUI's full object
			// sent back changes nothing either
			assertThat(setPreferences("{\"scan_dirs\":\"" + autoload + "\"}")).hasStatusOk();
			assertThat(setPreferences(JSON.writeValueAsString(preferences()))).hasStatusOk();
			assertThat(this.watchFolders.folders()).hasSize(4)
				.first()
				.isEqualTo(new WatchedFolder(autoload, Destination.DEFAULT_SAVE_PATH, null, false));

			assertThat(setPreferences("{\"scan_dirs\":{\"" + elsewhere + "\":0}}")).hasStatusOk();
			assertThat(this.watchFolders.folders())
				.containsExactly(new WatchedFolder(elsewhere, Destination.WATCHED_FOLDER, null, true));
		}
		finally {
			this.watchFolders.setFolders(List.of());
		}
		assertThat(preferences().get("scan_dirs").size()).isZero();
	}

	@Test
	void aScanDirThatCannotBeCreatedIsSkippedAndTheOthersAreWatched(@TempDir Path work) throws Exception {
		Path file = Files.writeString(work.resolve("a-file"), "not a folder");
		Path good = work.resolve("good");
		try {
			assertThat(setPreferences("{\"scan_dirs\":{\"" + file.resolve("sub") + "\":1,\"" + good + "\":1}}"))
				.hasStatusOk();
			assertThat(this.watchFolders.folders()).extracting(WatchedFolder::path).containsExactly(good);
		}
		finally {
			this.watchFolders.setFolders(List.of());
		}
	}

	@Test
	void autorunPreferencesAreTheProgramsOnAddedAndOnFinished() {
		EventProgramSettings before = this.eventPrograms.settings();
		try {
			assertThat(setPreferences("{\"autorun_enabled\":true,\"autorun_program\":\" /bin/true \\\"%N\\\" %I \","
					+ "\"autorun_on_torrent_added_enabled\":false,\"autorun_on_torrent_added_program\":\"/bin/true %N\"}"))
				.hasStatusOk();
			EventProgramSettings programs = this.eventPrograms.settings();
			assertThat(programs.onFinished())
				.isEqualTo(new EventProgram(true, "/bin/true \"%N\" %I", Placeholders.QBITTORRENT));
			assertThat(programs.onAdded()).isEqualTo(new EventProgram(false, "/bin/true %N", Placeholders.QBITTORRENT));
			JsonNode prefs = preferences();
			assertThat(prefs.get("autorun_enabled").asBoolean()).isTrue();
			assertThat(prefs.get("autorun_program").asString()).isEqualTo("/bin/true \"%N\" %I");
			assertThat(prefs.get("autorun_on_torrent_added_enabled").asBoolean()).isFalse();
			assertThat(prefs.get("autorun_on_torrent_added_program").asString()).isEqualTo("/bin/true %N");

			// µTorrent's finish_cmd is qBittorrent's program on finish, and keeps its
			// own placeholders when the WebUI sends every preference back
			EventProgram finishCmd = new EventProgram(true, "/bin/true %N %D", Placeholders.UTORRENT);
			this.eventPrograms.apply(programs.withOnFinished(finishCmd));
			prefs = preferences();
			assertThat(prefs.get("autorun_enabled").asBoolean()).isTrue();
			assertThat(prefs.get("autorun_program").asString()).isEqualTo("/bin/true %N %D");
			assertThat(setPreferences(JSON.writeValueAsString(prefs))).hasStatusOk();
			assertThat(this.eventPrograms.settings().onFinished()).isEqualTo(finishCmd);
			assertThat(setPreferences("{\"autorun_enabled\":false}")).hasStatusOk();
			assertThat(this.eventPrograms.settings().onFinished())
				.isEqualTo(new EventProgram(false, "/bin/true %N %D", Placeholders.UTORRENT));
		}
		finally {
			this.eventPrograms.apply(before);
		}
	}

}
