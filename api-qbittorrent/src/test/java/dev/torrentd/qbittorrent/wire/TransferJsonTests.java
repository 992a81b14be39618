package dev.torrentd.qbittorrent.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import dev.torrentd.engine.ConnectionStatus;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TransferStats;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TransferJsonTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TransferStats STATS = new TransferStats(1000, 200, 5_000_000, 4_000_000, 300_000_000,
			400_000_000, 1234, 102400, 0, 17, 3, ConnectionStatus.CONNECTED, 6881, 84_130_938_880L);

	private static final EngineSettings SETTINGS = EngineSettings.defaults(Path.of("/srv/downloads"));

	private static JsonNode golden(String name) throws IOException {
		try (InputStream in = TransferJsonTests.class.getResourceAsStream("/qbittorrent/golden-4.5.2/" + name)) {
			return JSON.readTree(in);
		}
	}

	@Test
	void infoHasTheKeysOfQbittorrent514WithTheGoldenTypes() throws IOException {
		JsonNode ours = JSON.valueToTree(TransferJson.info(STATS, false));
		JsonNode golden = golden("transfer_info.json");
		for (String key : golden.propertyNames()) {
			assertThat(ours.get(key).getNodeType()).as(key).isEqualTo(golden.get(key).getNodeType());
		}
		// 5.1 adds the external addresses
		assertThat(ours.propertyNames()).containsExactly("connection_status", "dht_nodes", "dl_info_data",
				"dl_info_speed", "dl_rate_limit", "last_external_address_v4", "last_external_address_v6",
				"up_info_data", "up_info_speed", "up_rate_limit");
	}

	@Test
	void infoShowsTheEngineFigures() {
		assertThat(TransferJson.info(STATS, true)).containsEntry("connection_status", "connected")
			.containsEntry("dht_nodes", 17L)
			.containsEntry("dl_info_data", 5_000_000L)
			.containsEntry("dl_info_speed", 1000L)
			.containsEntry("dl_rate_limit", 102400L)
			.containsEntry("up_info_data", 4_000_000L)
			.containsEntry("up_info_speed", 200L)
			.containsEntry("up_rate_limit", 0L)
			.containsEntry("last_external_address_v4", "");
	}

	@Test
	void infoWithSettingsShowsTheLimitsInForceNotTheLastSnapshot() {
		EngineSettings limited = SETTINGS.toBuilder().downloadLimit(2048).uploadLimit(4096).build();
		assertThat(TransferJson.info(STATS, limited, false)).containsEntry("dl_rate_limit", 2048L)
			.containsEntry("up_rate_limit", 4096L)
			.containsEntry("dl_info_speed", 1000L);
		assertThat(TransferJson.serverState(STATS, limited, false)).containsEntry("dl_rate_limit", 2048L);
	}

	@Test
	void connectionStatusNamesAreQbittorrents() {
		assertThat(TransferJson.connectionStatus(ConnectionStatus.FIREWALLED)).isEqualTo("firewalled");
		assertThat(TransferJson.connectionStatus(ConnectionStatus.DISCONNECTED)).isEqualTo("disconnected");
	}

	@Test
	void serverStateHasEveryGoldenKeyWithItsTypeAndTheTransferInfoKeys() throws IOException {
		Map<String, Object> state = TransferJson.serverState(STATS, SETTINGS, false);
		JsonNode ours = JSON.valueToTree(state);
		JsonNode golden = golden("sync_maindata_rid0_server_state.json");
		for (String key : golden.propertyNames()) {
			assertThat(ours.has(key)).as(key).isTrue();
			assertThat(ours.get(key).getNodeType()).as(key).isEqualTo(golden.get(key).getNodeType());
		}
		assertThat(state).containsAllEntriesOf(TransferJson.info(STATS, SETTINGS, false));
		assertThat(java.util.List.copyOf(state.keySet())).isSorted();
	}

	@Test
	void serverStateShowsTotalsModeAndQueueing() {
		assertThat(TransferJson.serverState(STATS, SETTINGS.toBuilder().queueingEnabled(false).build(), true))
			.containsEntry("alltime_dl", 300_000_000L)
			.containsEntry("alltime_ul", 400_000_000L)
			.containsEntry("global_ratio", "1.33")
			.containsEntry("total_wasted_session", 1234L)
			.containsEntry("total_peer_connections", 3L)
			.containsEntry("free_space_on_disk", 84_130_938_880L)
			.containsEntry("queueing", false)
			.containsEntry("use_alt_speed_limits", true)
			.containsEntry("refresh_interval", 1500)
			.containsEntry("use_subcategories", false)
			.containsEntry("read_cache_hits", "0")
			.containsEntry("write_cache_overload", "0");
	}

	@Test
	void globalRatioHasTwoDecimalsRoundedDownOrADash() {
		assertThat(TransferJson.globalRatio(0, 0)).isEqualTo("-");
		assertThat(TransferJson.globalRatio(100, 0)).isEqualTo("-");
		assertThat(TransferJson.globalRatio(3, 2)).isEqualTo("0.66");
		assertThat(TransferJson.globalRatio(1, 2)).isEqualTo("2.00");
		assertThat(TransferJson.globalRatio(1000, 999)).isEqualTo("0.99");
	}

}
