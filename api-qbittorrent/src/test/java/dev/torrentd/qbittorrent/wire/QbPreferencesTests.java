package dev.torrentd.qbittorrent.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.wire.QbPreferences.Server;
import dev.torrentd.qbittorrent.wire.QbPreferences.SpeedLimits;
import dev.torrentd.qbittorrent.wire.QbPreferences.Update;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class QbPreferencesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final EngineSettings SETTINGS = EngineSettings.defaults(Path.of("/srv/downloads"));

	private static final Server SERVER = new Server(QbProfile.V5_1, "admin", 8080, 5, 3600, 3600, true, false,
			List.of(), "/var/lib/torrentd/qbittorrent/logs");

	private static Map<String, Object> read(EngineSettings settings) {
		return QbPreferences.read(settings, SpeedLimits.DEFAULTS, Map.of(), SERVER);
	}

	private static JsonNode json(Object value) {
		return JSON.valueToTree(value);
	}

	private static JsonNode golden() throws IOException {
		try (InputStream in = QbPreferencesTests.class
			.getResourceAsStream("/qbittorrent/golden-4.5.2/app_preferences.json")) {
			return JSON.readTree(in);
		}
	}

	@Test
	void preferencesHaveExactlyTheKeysOfQbittorrent514() throws IOException {
		Set<String> expected;
		try (InputStream in = getClass().getResourceAsStream("/qbittorrent/v2/app_preferences_keys_5.1.4.txt")) {
			expected = new TreeSet<>(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\n")));
		}
		assertThat(expected).hasSize(221);
		assertThat(read(SETTINGS).keySet()).containsExactlyElementsOf(expected);
	}

	@Test
	void keysAreSorted() {
		assertThat(List.copyOf(read(SETTINGS).keySet())).isSorted();
	}

	@Test
	void everyKeyShownByQbittorrent452HasTheSameJsonType() throws IOException {
		JsonNode golden = golden();
		JsonNode ours = json(read(SETTINGS));
		// 4.5.2 still had these two; proxy_type became a string in WebAPI 2.9.0
		Set<String> changedSince452 = Set.of("start_paused_enabled", "proxy_torrents_only", "proxy_type");
		int compared = 0;
		for (String key : golden.propertyNames()) {
			if (changedSince452.contains(key)) {
				continue;
			}
			assertThat(ours.has(key)).as(key).isTrue();
			assertThat(ours.get(key).getNodeType()).as(key).isEqualTo(golden.get(key).getNodeType());
			assertThat(ours.get(key).isIntegralNumber()).as(key).isEqualTo(golden.get(key).isIntegralNumber());
			compared++;
		}
		assertThat(compared).isEqualTo(171);
		assertThat(ours.get("proxy_type").asString()).isEqualTo("None");
	}

	@Test
	void sonarrKeysReflectTheEngineSettings() {
		EngineSettings settings = SETTINGS.toBuilder()
			.dht(true)
			.queueingEnabled(true)
			.shareLimits(new GlobalShareLimits(1.5, 1440, -1, ShareLimitAction.REMOVE_WITH_CONTENT))
			.build();
		Map<String, Object> prefs = read(settings);
		assertThat(prefs).containsEntry("save_path", "/srv/downloads")
			.containsEntry("dht", true)
			.containsEntry("queueing_enabled", true)
			.containsEntry("max_ratio_enabled", true)
			.containsEntry("max_ratio", 1.5)
			.containsEntry("max_seeding_time_enabled", true)
			.containsEntry("max_seeding_time", 1440)
			.containsEntry("max_inactive_seeding_time_enabled", false)
			.containsEntry("max_inactive_seeding_time", -1)
			.containsEntry("max_ratio_act", 3);
	}

	@Test
	void noShareLimitsAreMinusOneWrittenAsIntegersAsQtDoes() {
		JsonNode prefs = json(read(SETTINGS));
		assertThat(prefs.get("max_ratio").isIntegralNumber()).isTrue();
		assertThat(prefs.get("max_ratio").asInt()).isEqualTo(-1);
		assertThat(prefs.get("max_ratio_enabled").asBoolean()).isFalse();
		assertThat(prefs.get("max_seeding_time").asInt()).isEqualTo(-1);
		assertThat(prefs.get("max_ratio_act").asInt()).isZero();
	}

	@Test
	void shareLimitActionsAreQbittorrentNumbers() {
		Map<ShareLimitAction, Integer> expected = Map.of(ShareLimitAction.STOP, 0, ShareLimitAction.REMOVE, 1,
				ShareLimitAction.ENABLE_SUPER_SEEDING, 2, ShareLimitAction.REMOVE_WITH_CONTENT, 3);
		expected.forEach((action, number) -> {
			EngineSettings settings = SETTINGS.toBuilder()
				.shareLimits(new GlobalShareLimits(-1, -1, -1, action))
				.build();
			assertThat(read(settings)).containsEntry("max_ratio_act", number);
			Update back = QbPreferences.update(Map.of("max_ratio_act", number), SETTINGS, SpeedLimits.DEFAULTS);
			assertThat(back.settings().shareLimits().action()).isEqualTo(action);
		});
	}

	@Test
	void engineBackedKeysShowTheEngineSettings() {
		EngineSettings settings = SETTINGS.toBuilder()
			.listenInterfaces("0.0.0.0:51413,[::]:51413")
			.protocols(PeerProtocols.TCP)
			.encryption(EncryptionMode.DISABLE)
			.contentLayout(ContentLayout.NO_SUBFOLDER)
			.addStopped(true)
			.maxConnections(-1)
			.build();
		assertThat(read(settings)).containsEntry("listen_port", 51413)
			.containsEntry("random_port", false)
			.containsEntry("bittorrent_protocol", 1)
			.containsEntry("encryption", 2)
			.containsEntry("torrent_content_layout", "NoSubfolder")
			.containsEntry("add_stopped_enabled", true)
			.containsEntry("max_connec", -1)
			.containsEntry("temp_path", "/srv/downloads/temp")
			.doesNotContainKey("start_paused_enabled");
	}

	@Test
	void speedLimitsAreBytesPerSecond() {
		Map<String, Object> prefs = QbPreferences.read(SETTINGS, new SpeedLimits(2048, 0, 10240, 5120), Map.of(),
				SERVER);
		assertThat(prefs).containsEntry("dl_limit", 2048L)
			.containsEntry("up_limit", 0L)
			.containsEntry("alt_dl_limit", 10240L)
			.containsEntry("alt_up_limit", 5120L);
	}

	@Test
	void profile46AlsoShowsStartPausedEnabled() {
		Server server46 = new Server(QbProfile.V4_6, "admin", 8080, 5, 3600, 3600, true, false, List.of(), "/logs");
		Map<String, Object> prefs = QbPreferences.read(SETTINGS.toBuilder().addStopped(true).build(),
				SpeedLimits.DEFAULTS, Map.of(), server46);
		assertThat(prefs).containsEntry("start_paused_enabled", true).containsEntry("add_stopped_enabled", true);
	}

	@Test
	void webUiKeysComeFromTheServerConfiguration() {
		Server server = new Server(QbProfile.V5_1, "sonarr", 9091, 0, 600, 0, false, true,
				List.of("10.0.0.0/8", "192.168.0.0/16"), "/logs");
		assertThat(QbPreferences.read(SETTINGS, SpeedLimits.DEFAULTS, Map.of("web_ui_username", "stored"), server))
			.containsEntry("web_ui_username", "sonarr")
			.containsEntry("web_ui_port", 9091)
			.containsEntry("web_ui_max_auth_fail_count", 0)
			.containsEntry("web_ui_ban_duration", 600)
			.containsEntry("web_ui_session_timeout", 0)
			.containsEntry("web_ui_csrf_protection_enabled", false)
			.containsEntry("bypass_local_auth", true)
			.containsEntry("bypass_auth_subnet_whitelist_enabled", true)
			.containsEntry("bypass_auth_subnet_whitelist", "10.0.0.0/8\n192.168.0.0/16")
			.containsEntry("file_log_path", "/logs");
	}

	@Test
	void storedValuesReplaceTheDefaultsAndAreConvertedToTheKeyType() {
		Map<String, Object> stored = Map.of("locale", "de", "max_active_checking_torrents", 15L,
				"mail_notification_enabled", "true", "temp_path", "/srv/incomplete");
		assertThat(QbPreferences.read(SETTINGS, SpeedLimits.DEFAULTS, stored, SERVER)).containsEntry("locale", "de")
			.containsEntry("max_active_checking_torrents", 15)
			.containsEntry("mail_notification_enabled", true)
			.containsEntry("temp_path", "/srv/incomplete")
			.containsEntry("resume_data_storage_type", "Legacy");
	}

	@Test
	void updateAppliesOnlyThePresentKeys() {
		Update update = QbPreferences.update(Map.of("dht", false, "locale", "fr", "no_such_key", 1), SETTINGS,
				SpeedLimits.DEFAULTS);
		assertThat(update.settings()).isEqualTo(SETTINGS.toBuilder().dht(false).build());
		assertThat(update.stored()).containsExactlyEntriesOf(Map.of("locale", "fr"));
		assertThat(update.limits()).isEqualTo(SpeedLimits.DEFAULTS);
		assertThat(update.ignored()).isEmpty();
	}

	@Test
	void emptyUpdateChangesNothing() {
		Update update = QbPreferences.update(Map.of(), SETTINGS, SpeedLimits.DEFAULTS);
		assertThat(update.settings()).isEqualTo(SETTINGS);
		assertThat(update.stored()).isEmpty();
		assertThat(update.limits()).isEqualTo(SpeedLimits.DEFAULTS);
	}

	@Test
	void speedLimitsAreKeptAsWholeKibPerSecond() {
		Update update = QbPreferences.update(
				Map.of("dl_limit", 500, "up_limit", 3000, "alt_dl_limit", -5, "alt_up_limit", 1025), SETTINGS,
				SpeedLimits.DEFAULTS);
		assertThat(update.limits()).isEqualTo(new SpeedLimits(1024, 2048, 0, 1024));
		assertThat(QbPreferences.roundLimit(0)).isZero();
		assertThat(QbPreferences.roundLimit(1)).isEqualTo(1024);
		assertThat(QbPreferences.roundLimit(1024)).isEqualTo(1024);
		assertThat(QbPreferences.roundLimit(2047)).isEqualTo(1024);
		assertThat(QbPreferences.roundLimit(102400)).isEqualTo(102400);
	}

	@Test
	void maxRatioIsAppliedAloneAndDisabledWinsAs2116() {
		GlobalShareLimits none = SETTINGS.shareLimits();
		assertThat(QbPreferences.update(Map.of("max_ratio", 2.5), SETTINGS, SpeedLimits.DEFAULTS)
			.settings()
			.shareLimits()
			.ratioLimit()).isEqualTo(2.5);
		assertThat(
				QbPreferences.update(Map.of("max_ratio_enabled", true, "max_ratio", 1), SETTINGS, SpeedLimits.DEFAULTS)
					.settings()
					.shareLimits()
					.ratioLimit())
			.isEqualTo(1.0);
		EngineSettings limited = SETTINGS.toBuilder()
			.shareLimits(new GlobalShareLimits(2, 60, 30, ShareLimitAction.STOP))
			.build();
		GlobalShareLimits off = QbPreferences
			.update(Map.of("max_ratio_enabled", false, "max_ratio", 3, "max_seeding_time_enabled", false,
					"max_inactive_seeding_time_enabled", false), limited, SpeedLimits.DEFAULTS)
			.settings()
			.shareLimits();
		assertThat(off).isEqualTo(none);
		GlobalShareLimits times = QbPreferences
			.update(Map.of("max_seeding_time_enabled", true, "max_seeding_time", 120, "max_inactive_seeding_time", -7),
					limited, SpeedLimits.DEFAULTS)
			.settings()
			.shareLimits();
		assertThat(times).isEqualTo(new GlobalShareLimits(2, 120, -1, ShareLimitAction.STOP));
	}

	@Test
	void addStoppedIsAcceptedUnderBothNames() {
		assertThat(QbPreferences.update(Map.of("add_stopped_enabled", true), SETTINGS, SpeedLimits.DEFAULTS)
			.settings()
			.addStopped()).isTrue();
		assertThat(QbPreferences.update(Map.of("start_paused_enabled", true), SETTINGS, SpeedLimits.DEFAULTS)
			.settings()
			.addStopped()).isTrue();
	}

	@Test
	void listenPortChangesEveryListenInterface() {
		EngineSettings s = SETTINGS.toBuilder().listenInterfaces("0.0.0.0:6881,[::]:6881s").build();
		assertThat(QbPreferences.update(Map.of("listen_port", 51413), s, SpeedLimits.DEFAULTS)
			.settings()
			.listenInterfaces()).isEqualTo("0.0.0.0:51413,[::]:51413s");
		assertThat(QbPreferences.update(Map.of("listen_port", 70000), s, SpeedLimits.DEFAULTS).settings()).isEqualTo(s);
		assertThat(QbPreferences.update(Map.of("listen_port", 51413, "random_port", true), s, SpeedLimits.DEFAULTS)
			.settings()
			.listenInterfaces()).isEqualTo("0.0.0.0:0,[::]:0s");
		assertThat(QbPreferences.listenPort("127.0.0.1:0")).isZero();
		assertThat(QbPreferences.listenPort("[::]:6881")).isEqualTo(6881);
	}

	@Test
	void engineValuesAreConvertedAsQbittorrentDoes() {
		Map<String, Object> json = new HashMap<>();
		json.put("upnp", "false");
		json.put("pex", 0);
		json.put("max_connec", 0);
		json.put("max_uploads", "30");
		json.put("max_active_downloads", -9);
		json.put("bittorrent_protocol", 7);
		json.put("encryption", 9);
		json.put("torrent_content_layout", "Bogus");
		json.put("save_path", "relative/dir");
		EngineSettings s = QbPreferences.update(json, SETTINGS, SpeedLimits.DEFAULTS).settings();
		assertThat(s.upnp()).isFalse();
		assertThat(s.natpmp()).isFalse();
		assertThat(s.pex()).isFalse();
		assertThat(s.maxConnections()).isEqualTo(-1);
		assertThat(s.maxUploads()).isEqualTo(30);
		assertThat(s.maxActiveDownloads()).isEqualTo(-1);
		assertThat(s.protocols()).isEqualTo(PeerProtocols.UTP);
		assertThat(s.encryption()).isEqualTo(EncryptionMode.PREFER);
		assertThat(s.contentLayout()).isEqualTo(ContentLayout.ORIGINAL);
		assertThat(s.defaultSavePath()).isEqualTo(Path.of("/srv/downloads"));
	}

	@Test
	void storedValuesAreConvertedToTheKeyType() {
		Map<String, Object> json = new HashMap<>();
		json.put("max_active_checking_torrents", "45");
		json.put("anonymous_mode", 1);
		json.put("locale", 5);
		json.put("proxy_type", 2);
		json.put("torrent_stop_condition", "MetadataReceived");
		json.put("schedule_from_hour", 25);
		json.put("schedule_to_min", 30);
		json.put("torrent_file_size_limit", 2.6);
		assertThat(QbPreferences.update(json, SETTINGS, SpeedLimits.DEFAULTS).stored())
			.containsExactlyInAnyOrderEntriesOf(Map.of("max_active_checking_torrents", 45, "anonymous_mode", true,
					"locale", "5", "proxy_type", "None", "torrent_stop_condition", "MetadataReceived",
					"schedule_to_min", 30, "torrent_file_size_limit", 3L));
	}

	@Test
	void serverAndReadOnlyKeysAreIgnored() {
		Update update = QbPreferences.update(Map.of("web_ui_password", "secret", "web_ui_username", "root",
				"web_ui_port", 1, "add_trackers_url_list", "x"), SETTINGS, SpeedLimits.DEFAULTS);
		assertThat(update.stored()).isEmpty();
		assertThat(update.settings()).isEqualTo(SETTINGS);
		assertThat(update.ignored()).containsExactlyInAnyOrder("web_ui_password", "web_ui_username", "web_ui_port",
				"add_trackers_url_list");
	}

	@Test
	void tempPathEnabledAndTempPathAreTheEnginesIncompleteFolder() {
		Update update = QbPreferences.update(Map.of("temp_path_enabled", true, "temp_path", "/srv/incomplete"),
				SETTINGS, SpeedLimits.DEFAULTS);

		assertThat(update.settings().incompleteSavePath()).isEqualTo(Path.of("/srv/incomplete"));
		assertThat(update.stored()).containsEntry("temp_path", "/srv/incomplete");
		assertThat(QbPreferences.read(update.settings(), SpeedLimits.DEFAULTS, update.stored(), SERVER))
			.containsEntry("temp_path_enabled", true)
			.containsEntry("temp_path", "/srv/incomplete");
	}

	@Test
	void theIncompleteFolderIsOffByDefaultAndShownAsQbittorrentsDefaultTempPath() {
		assertThat(read(SETTINGS)).containsEntry("temp_path_enabled", false)
			.containsEntry("temp_path", "/srv/downloads/temp");
	}

	@Test
	void aRelativeTempPathIsUnderTheSavePathsTempFolderAsInQbittorrent() {
		Update update = QbPreferences.update(
				Map.of("save_path", "/data", "temp_path_enabled", "true", "temp_path", "incomplete"), SETTINGS,
				SpeedLimits.DEFAULTS);

		assertThat(update.settings().incompleteSavePath()).isEqualTo(Path.of("/data/temp/incomplete"));
	}

	@Test
	void turningTheFolderOffRemembersItsPathAndTurningItOnAgainUsesIt() {
		EngineSettings on = SETTINGS.toBuilder().incompleteSavePath(Path.of("/srv/incomplete")).build();
		Map<String, Object> stored = Map.of("temp_path", "/srv/incomplete");

		Update off = QbPreferences.update(Map.of("temp_path_enabled", false), on, SpeedLimits.DEFAULTS,
				AutomationPreferences.Settings.DEFAULTS, stored);

		assertThat(off.settings().incompleteSavePath()).isNull();
		assertThat(QbPreferences.read(off.settings(), SpeedLimits.DEFAULTS, stored, SERVER))
			.containsEntry("temp_path_enabled", false)
			.containsEntry("temp_path", "/srv/incomplete");
		Update again = QbPreferences.update(Map.of("temp_path_enabled", true), off.settings(), SpeedLimits.DEFAULTS,
				AutomationPreferences.Settings.DEFAULTS, stored);
		assertThat(again.settings().incompleteSavePath()).isEqualTo(Path.of("/srv/incomplete"));
	}

	@Test
	void aTempPathWrittenWhileOffIsOnlyRemembered() {
		Update update = QbPreferences.update(Map.of("temp_path", "/srv/later"), SETTINGS, SpeedLimits.DEFAULTS);

		assertThat(update.settings().incompleteSavePath()).isNull();
		assertThat(update.stored()).containsEntry("temp_path", "/srv/later");
	}

}
