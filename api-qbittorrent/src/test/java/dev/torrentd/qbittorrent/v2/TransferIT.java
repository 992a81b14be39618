package dev.torrentd.qbittorrent.v2;

import java.nio.charset.StandardCharsets;

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
class TransferIT {

	private static final String BASIC = AppPreferencesIT.BASIC;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TorrentEngine engine;

	@AfterEach
	void normalModeUnlimited() {
		post("/api/v2/transfer/setSpeedLimitsMode", "mode", "0");
		post("/api/v2/app/setPreferences", "json",
				"{\"dl_limit\":0,\"up_limit\":0,\"alt_dl_limit\":10240," + "\"alt_up_limit\":10240}");
	}

	private MvcTestResult post(String path, String... params) {
		var request = this.mvc.post().uri(path).header("Authorization", BASIC);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private String text(String path) {
		MvcTestResult result = this.mvc.get().uri(path).header("Authorization", BASIC).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void toggleSpeedLimitsModeFlipsTheModeAndTheEffectiveLimit() {
		post("/api/v2/app/setPreferences", "json",
				"{\"dl_limit\":102400,\"up_limit\":51200," + "\"alt_dl_limit\":20480,\"alt_up_limit\":10240}");
		assertThat(text("/api/v2/transfer/speedLimitsMode")).isEqualTo("0");
		assertThat(text("/api/v2/transfer/downloadLimit")).isEqualTo("102400");

		assertThat(post("/api/v2/transfer/toggleSpeedLimitsMode")).hasStatusOk().bodyText().isEmpty();
		assertThat(text("/api/v2/transfer/speedLimitsMode")).isEqualTo("1");
		assertThat(text("/api/v2/transfer/downloadLimit")).isEqualTo("20480");
		assertThat(text("/api/v2/transfer/uploadLimit")).isEqualTo("10240");
		assertThat(JSON.readTree(text("/api/v2/transfer/info")).get("dl_rate_limit").asLong()).isEqualTo(20480);
		assertThat(this.engine.settings().downloadLimitBytesPerSecond()).isEqualTo(20480);
		JsonNode prefs = JSON.readTree(text("/api/v2/app/preferences"));
		assertThat(prefs.get("dl_limit").asLong()).isEqualTo(102400);
		assertThat(prefs.get("alt_dl_limit").asLong()).isEqualTo(20480);

		post("/api/v2/transfer/toggleSpeedLimitsMode");
		assertThat(text("/api/v2/transfer/speedLimitsMode")).isEqualTo("0");
		assertThat(text("/api/v2/transfer/downloadLimit")).isEqualTo("102400");
		assertThat(this.engine.settings().uploadLimitBytesPerSecond()).isEqualTo(51200);
	}

	@Test
	void setDownloadLimitSetsTheLimitOfTheModeInForce() {
		post("/api/v2/transfer/setSpeedLimitsMode", "mode", "2");
		assertThat(text("/api/v2/transfer/speedLimitsMode")).isEqualTo("1");
		assertThat(post("/api/v2/transfer/setDownloadLimit", "limit", "500")).hasStatusOk().bodyText().isEmpty();
		assertThat(text("/api/v2/transfer/downloadLimit")).isEqualTo("1024");
		JsonNode prefs = JSON.readTree(text("/api/v2/app/preferences"));
		assertThat(prefs.get("alt_dl_limit").asLong()).isEqualTo(1024);
		assertThat(prefs.get("dl_limit").asLong()).isZero();

		post("/api/v2/transfer/setSpeedLimitsMode", "mode", "0");
		post("/api/v2/transfer/setUploadLimit", "limit", "3000");
		assertThat(text("/api/v2/transfer/uploadLimit")).isEqualTo("2048");
		post("/api/v2/transfer/setUploadLimit", "limit", "-1");
		assertThat(text("/api/v2/transfer/uploadLimit")).isEqualTo("0");
	}

	@Test
	void setSpeedLimitsModeWithANonIntegerIsABadRequest() {
		assertThat(post("/api/v2/transfer/setSpeedLimitsMode", "mode", "on")).hasStatus(400)
			.bodyText()
			.isEqualTo("'mode': invalid argument");
		assertThat(post("/api/v2/transfer/setSpeedLimitsMode")).hasStatus(400).bodyText().isEqualTo("Bad Request");
	}

	@Test
	void infoHasTheTransferKeysAndTheLimitInForce() {
		JsonNode info = JSON.readTree(text("/api/v2/transfer/info"));
		assertThat(info.propertyNames()).containsExactly("connection_status", "dht_nodes", "dl_info_data",
				"dl_info_speed", "dl_rate_limit", "last_external_address_v4", "last_external_address_v6",
				"up_info_data", "up_info_speed", "up_rate_limit");
		assertThat(info.get("connection_status").asString()).isIn("connected", "firewalled", "disconnected");
		assertThat(this.mvc.post().uri("/api/v2/transfer/info").header("Authorization", BASIC)).hasStatusOk();
	}

	@Test
	void banPeersAddsTheAddressesToTheEnginesBanListAndToBannedIps() {
		assertThat(post("/api/v2/transfer/banPeers", "peers", "10.0.0.1:6881|[::1]:51413|notapeer")).hasStatusOk()
			.bodyText()
			.isEmpty();

		assertThat(this.engine.settings().bannedAddresses()).contains("10.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(JSON.readTree(text("/api/v2/app/preferences")).get("banned_IPs").asString()).contains("10.0.0.1");
		assertThat(post("/api/v2/transfer/banPeers")).hasStatus(400);

		post("/api/v2/app/setPreferences", "json", "{\"banned_IPs\":\"192.168.7.7\\nnot-an-ip\"}");
		assertThat(this.engine.settings().bannedAddresses()).containsExactly("192.168.7.7");
		post("/api/v2/app/setPreferences", "json", "{\"banned_IPs\":\"\"}");
		assertThat(this.engine.settings().bannedAddresses()).isEmpty();
	}

	@Test
	void actionsOnGetAreMethodNotAllowed() {
		assertThat(this.mvc.get().uri("/api/v2/transfer/toggleSpeedLimitsMode").header("Authorization", BASIC))
			.hasStatus(405);
	}

}
