package dev.torrentd.qbittorrent.v2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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

}
