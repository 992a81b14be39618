package dev.torrentd.utorrent.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.utorrent.InMemoryAutomation;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.utorrent.server.UtserverSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GuiSettingsTests {

	@TempDir
	Path dir;

	private FakeEngine engine;

	private RecordingAccount account;

	private UtserverSettings server;

	private GuiSettings settings;

	private final InMemoryAutomation.Folders folders = new InMemoryAutomation.Folders();

	private final InMemoryAutomation.Programs programs = new InMemoryAutomation.Programs();

	@BeforeEach
	void start() {
		this.engine = new FakeEngine(this.dir.resolve("downloads"));
		this.account = new RecordingAccount("admin", "");
		this.server = UtserverSettings.defaults();
		this.settings = restart();
	}

	private GuiSettings restart() {
		return new GuiSettings(this.engine.engine(), this.dir.resolve("utorrent"), () -> this.server, this.account,
				this.folders, this.programs, 30470, () -> 9090);
	}

	private Map<String, List<Object>> rowsByName(GuiSettings settings) {
		Map<String, List<Object>> byName = new LinkedHashMap<>();
		for (List<Object> row : settings.rows()) {
			byName.put((String) row.get(0), row);
		}
		return byName;
	}

	private String value(String name) {
		List<Object> row = rowsByName(this.settings).get(name);
		assertThat(row).as(name).isNotNull();
		return (String) row.get(2);
	}

	private void set(String... namesAndValues) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			pairs.add(Map.entry(namesAndValues[i], namesAndValues[i + 1]));
		}
		this.settings.set(pairs);
	}

	@Test
	void everyRowIsNameTypeStringValueAndAccessWithUniqueNames() {
		List<List<Object>> rows = this.settings.rows();
		Set<String> names = new HashSet<>();
		for (List<Object> row : rows) {
			assertThat(row).hasSize(4);
			String name = (String) row.get(0);
			assertThat(names.add(name)).as("unique " + name).isTrue();
			assertThat(row.get(1)).isIn(0, 1, 2);
			assertThat(row.get(2)).as(name).isInstanceOf(String.class);
			String value = (String) row.get(2);
			assertThat(row.get(3)).isInstanceOf(Map.class);
			assertThat(((Map<?, ?>) row.get(3)).get("access")).isIn("Y", "R", "W");
			switch ((Integer) row.get(1)) {
				case 0 -> assertThat(Integer.parseInt(value)).as(name).isNotNull();
				case 1 -> assertThat(value).as(name).isIn("true", "false");
				default -> {
				}
			}
		}
		assertThat(rows).hasSizeGreaterThan(80);
	}

	@Test
	void listsWhatTheReferenceWebUiSonarrAndNgTorrentUiRead() {
		Map<String, List<Object>> rows = rowsByName(this.settings);
		assertThat(rows.get("webui.cookie")).containsExactly("webui.cookie", 2, "{}", Map.of("access", "Y"));
		assertThat(rows.get("webui.uconnect_enable")).containsExactly("webui.uconnect_enable", 1, "false",
				Map.of("access", "Y"));
		assertThat(rows.get("gui.default_del_action")).containsExactly("gui.default_del_action", 0, "0",
				Map.of("access", "Y"));
		assertThat(rows.get("webui.password")).containsExactly("webui.password", 2, "", Map.of("access", "W"));
		assertThat(rows.get("webui.username")).containsExactly("webui.username", 2, "admin", Map.of("access", "Y"));
		assertThat(rows.get("webui.port")).containsExactly("webui.port", 0, "9090", Map.of("access", "R"));
		assertThat(value("webui.enable")).isEqualTo("true");
		assertThat(value("webui.enable_listen")).isEqualTo("true");
		assertThat(value("dir_active_download_flag")).isEqualTo("true");
		assertThat(value("dir_active_download")).isEqualTo(this.dir.resolve("downloads").toString());
		assertThat(value("dir_completed_download_flag")).isEqualTo("false");
		assertThat(value("dir_completed_download")).isEmpty();
		assertThat(value("dir_add_label")).isEqualTo("false");
		assertThat(value("install_revision")).isEqualTo("30470");
		assertThat(value("sched_table")).hasSize(168).matches("0+");
		assertThat(value("multi_day_transfer_limit_span")).isEqualTo("11");
		assertThat(value("gui.ulrate_menu")).isEqualTo("0,5,10,15,20,30,40,50,100,150,200,300,400,500");
		assertThat(rows).containsKeys("bind_port", "max_ul_rate", "max_dl_rate", "max_ul_rate_seed_flag",
				"max_ul_rate_seed", "conns_globally", "conns_per_torrent", "ul_slots_per_torrent", "dht", "pex", "lsd",
				"upnp", "natpmp", "rate_limit_local_peers", "encryption_mode", "max_active_torrent",
				"max_active_downloads", "queue.dont_count_slow_dl", "queue.dont_count_slow_ul", "seed_ratio",
				"seed_time", "seed_prio_limitul", "dir_torrent_files_flag", "dir_torrent_files", "dir_autoload_flag",
				"dir_autoload", "dir_autoload_delete", "bt.transp_disposition", "ipfilter.enable", "webui.enable_guest",
				"webui.guest", "webui.restrict", "webui.token_auth", "webui.token_auth_filter", "confirm_when_deleting",
				"gui.alternate_color", "gui.graph_legend", "gui.graphic_progress", "gui.log_date", "gui.speed_in_title",
				"gui.limits_in_statusbar", "gui.manual_ratemenu", "gui.dlrate_menu", "gui.dblclick_seed",
				"gui.dblclick_dl", "gui.tall_category_list", "dht_per_torrent", "resolve_peerips",
				"multi_day_transfer_mode_ul", "multi_day_transfer_mode_dl", "multi_day_transfer_mode_uldl",
				"multi_day_transfer_limit_unit", "multi_day_transfer_limit_value", "net.limit_excludeslocal",
				"sched_enable", "search_list", "search_list_sel", "proxy.type", "queue.slow_ul_threshold",
				"queue.slow_dl_threshold", "cache.override", "cache.override_size", "language");
	}

	@Test
	void engineSettingsShowInMicroTorrentsUnits() {
		this.engine.settings = this.engine.settings.toBuilder()
			.uploadLimit(100 * 1024)
			.downloadLimit(40 * 1024)
			.maxConnections(200)
			.maxConnectionsPerTorrent(50)
			.maxUploadsPerTorrent(7)
			.encryption(EncryptionMode.REQUIRE)
			.protocols(PeerProtocols.TCP)
			.dht(false)
			.maxActiveTorrents(8)
			.maxActiveDownloads(-1)
			.dontCountSlowTorrents(true)
			.shareLimits(new GlobalShareLimits(1.5, 90, ShareLimits.NO_LIMIT, ShareLimitAction.STOP))
			.listenInterfaces("0.0.0.0:51413,[::]:51413")
			.build();

		assertThat(value("max_ul_rate")).isEqualTo("100");
		assertThat(value("max_dl_rate")).isEqualTo("40");
		assertThat(value("conns_globally")).isEqualTo("200");
		assertThat(value("conns_per_torrent")).isEqualTo("50");
		assertThat(value("ul_slots_per_torrent")).isEqualTo("7");
		assertThat(value("encryption_mode")).isEqualTo("2");
		assertThat(value("bt.transp_disposition")).isEqualTo("5");
		assertThat(value("dht")).isEqualTo("false");
		assertThat(value("max_active_torrent")).isEqualTo("8");
		assertThat(value("max_active_downloads")).isEqualTo("-1");
		assertThat(value("queue.dont_count_slow_dl")).isEqualTo("true");
		assertThat(value("queue.dont_count_slow_ul")).isEqualTo("true");
		assertThat(value("seed_ratio")).isEqualTo("1500");
		assertThat(value("seed_time")).isEqualTo("5400");
		assertThat(value("bind_port")).isEqualTo("51413");
	}

	@Test
	void unlimitedRatesAndNoShareLimitsAreZero() {
		assertThat(value("max_ul_rate")).isEqualTo("0");
		assertThat(value("max_dl_rate")).isEqualTo("0");
		assertThat(value("seed_ratio")).isEqualTo("0");
		assertThat(value("seed_time")).isEqualTo("0");
		assertThat(value("encryption_mode")).isEqualTo("1");
		assertThat(value("bt.transp_disposition")).isEqualTo("15");
	}

	@Test
	void bindPortIsTheActualListenPortWhenTheConfiguredOneIsAny() {
		this.engine.settings = this.engine.settings.toBuilder().listenInterfaces("127.0.0.1:0").build();
		this.engine.listenPort = 40123;

		assertThat(value("bind_port")).isEqualTo("40123");
	}

	@Test
	void engineChangesOfOneRequestAreAppliedOnce() {
		set("max_ul_rate", "10", "max_dl_rate", "40", "dht", "0", "encryption_mode", "2", "bind_port", "7000",
				"gui.alternate_color", "1", "conns_globally", "300", "upnp", "false", "bt.transp_disposition", "5");

		assertThat(this.engine.applied).hasSize(1);
		EngineSettings applied = this.engine.applied.get(0);
		assertThat(applied.uploadLimitBytesPerSecond()).isEqualTo(10 * 1024);
		assertThat(applied.downloadLimitBytesPerSecond()).isEqualTo(40 * 1024);
		assertThat(applied.dht()).isFalse();
		assertThat(applied.upnp()).isFalse();
		assertThat(applied.encryption()).isEqualTo(EncryptionMode.REQUIRE);
		assertThat(applied.listenInterfaces()).isEqualTo("0.0.0.0:7000,[::]:7000");
		assertThat(applied.maxConnections()).isEqualTo(300);
		assertThat(applied.protocols()).isEqualTo(PeerProtocols.TCP);
		assertThat(value("max_ul_rate")).isEqualTo("10");
		assertThat(value("bind_port")).isEqualTo("7000");
		assertThat(value("gui.alternate_color")).isEqualTo("true");
	}

	@Test
	void aRequestWithoutEngineChangesDoesNotTouchTheEngine() {
		set("gui.alternate_color", "1", "dht", "true");

		assertThat(this.engine.applied).as("dht was already on").isEmpty();
	}

	@Test
	void booleansAcceptOneZeroTrueFalseInAnyCase() {
		set("dht", "0");
		assertThat(this.engine.settings.dht()).isFalse();
		set("dht", "TRUE");
		assertThat(this.engine.settings.dht()).isTrue();
		set("dht", "False");
		assertThat(this.engine.settings.dht()).isFalse();
		set("dht", "1");
		assertThat(this.engine.settings.dht()).isTrue();
	}

	@Test
	void badValuesAreSkippedAndTheRestApplied() {
		set("max_ul_rate", "fast", "bind_port", "70000", "encryption_mode", "5", "dht", "maybe", "dir_active_download",
				"relative/dir", "bt.transp_disposition", "0", "gui.default_del_action", "x", "max_dl_rate", "25");

		assertThat(this.engine.applied).hasSize(1);
		EngineSettings applied = this.engine.applied.get(0);
		assertThat(applied).isEqualTo(
				EngineSettings.defaults(this.dir.resolve("downloads")).toBuilder().downloadLimit(25 * 1024).build());
		assertThat(value("gui.default_del_action")).isEqualTo("0");
	}

	@Test
	void integersAreReadLeniently() {
		set("max_ul_rate", " 12 ", "conns_per_torrent", "+30", "max_dl_rate", "10.7", "gui.default_del_action", "3.0");

		assertThat(this.engine.settings.uploadLimitBytesPerSecond()).isEqualTo(12 * 1024);
		assertThat(this.engine.settings.maxConnectionsPerTorrent()).isEqualTo(30);
		assertThat(this.engine.settings.downloadLimitBytesPerSecond()).isEqualTo(10 * 1024);
		assertThat(value("gui.default_del_action")).isEqualTo("3");
	}

	@Test
	void minusOneAndZeroRatesAreUnlimited() {
		this.engine.settings = this.engine.settings.toBuilder().uploadLimit(5000).downloadLimit(5000).build();

		set("max_ul_rate", "-1", "max_dl_rate", "0");

		assertThat(this.engine.settings.uploadLimitBytesPerSecond()).isZero();
		assertThat(this.engine.settings.downloadLimitBytesPerSecond()).isZero();
	}

	@Test
	void seedRatioAndSeedTimeSetTheGlobalShareLimits() {
		set("seed_ratio", "1500", "seed_time", "7200");

		GlobalShareLimits limits = this.engine.settings.shareLimits();
		assertThat(limits.ratioLimit()).isEqualTo(1.5);
		assertThat(limits.seedingTimeLimitMinutes()).isEqualTo(120);
		assertThat(limits.action()).isEqualTo(ShareLimitAction.STOP);

		set("seed_ratio", "0", "seed_time", "0");

		assertThat(this.engine.settings.shareLimits()).isEqualTo(GlobalShareLimits.none());
	}

	@Test
	void bindPortReplacesThePortOfEveryListenInterface() {
		this.engine.settings = this.engine.settings.toBuilder().listenInterfaces("10.0.0.1:6881,[::1]:6881").build();

		set("bind_port", "45000");

		assertThat(this.engine.settings.listenInterfaces()).isEqualTo("10.0.0.1:45000,[::1]:45000");
	}

	@Test
	void theDefaultSavePathIsTheActiveDownloadDirectory() {
		Path elsewhere = this.dir.resolve("elsewhere").toAbsolutePath();

		set("dir_active_download", elsewhere.toString());

		assertThat(this.engine.settings.defaultSavePath()).isEqualTo(elsewhere);
		assertThat(value("dir_active_download")).isEqualTo(elsewhere.toString());
	}

	@Test
	void eitherSlowTorrentNameChangesTheOneEngineSwitch() {
		set("queue.dont_count_slow_ul", "1");
		assertThat(this.engine.settings.dontCountSlowTorrents()).isTrue();

		set("queue.dont_count_slow_dl", "0");
		assertThat(this.engine.settings.dontCountSlowTorrents()).isFalse();
		assertThat(value("queue.dont_count_slow_ul")).isEqualTo("false");
	}

	@Test
	void aLaterPairForTheSameNameWins() {
		set("max_ul_rate", "10", "max_ul_rate", "20", "webui.guest", "a", "webui.guest", "b");

		assertThat(this.engine.settings.uploadLimitBytesPerSecond()).isEqualTo(20 * 1024);
		assertThat(this.settings.guestName()).isEqualTo("b");
	}

	@Test
	void unknownAndReadOnlyNamesAreIgnored() {
		set("no.such.setting", "1", "webui.port", "1", "install_revision", "1", "dir_completed_download", "/x",
				"webui.token_auth", "0");

		assertThat(this.engine.applied).isEmpty();
		assertThat(value("webui.port")).isEqualTo("9090");
		assertThat(value("install_revision")).isEqualTo("30470");
		assertThat(value("webui.token_auth")).isEqualTo("true");
		assertThat(rowsByName(this.settings)).doesNotContainKey("no.such.setting");
		assertThat(this.dir.resolve("utorrent")).doesNotExist();
	}

	@Test
	void theDialectsOwnSettingsSurviveARestart() {
		set("gui.alternate_color", "1", "webui.enable_guest", "true", "webui.guest", "visitor", "webui.restrict",
				"127.0.0.1, 10.0.0.0/8", "multi_day_transfer_limit_value", "500", "sched_table", "1".repeat(168));

		GuiSettings restarted = restart();

		Map<String, List<Object>> before = rowsByName(this.settings);
		Map<String, List<Object>> after = rowsByName(restarted);
		assertThat(after).isEqualTo(before);
		assertThat(after.get("gui.alternate_color").get(2)).isEqualTo("true");
		assertThat(after.get("multi_day_transfer_limit_value").get(2)).isEqualTo("500");
		assertThat(restarted.guestEnabled()).isTrue();
		assertThat(restarted.guestName()).isEqualTo("visitor");
		assertThat(restarted.restrictions()).containsExactly("127.0.0.1", "10.0.0.0/8");
		assertThat(this.dir.resolve("utorrent").resolve(GuiSettings.FILE_NAME)).isRegularFile();
	}

	@Test
	void theWebUiCookieIsKeptExactlyAsSent() {
		String cookie = "{\"lang\":\"en\",\"hSplit\":226,\"torrentTable\":{\"colMask\":0,\"colOrder\":[0,1,2],"
				+ "\"reverse\":false,\"sIndex\":-1},\"x\":\"a|b [c]\",  \"u\": \"\\u00e9\"}";

		set("webui.cookie", cookie);

		assertThat(value("webui.cookie")).isEqualTo(cookie);
		this.settings = restart();
		assertThat(value("webui.cookie")).isEqualTo(cookie);
	}

	@Test
	void userNameAndPasswordChangeTheServerAccount() {
		set("webui.username", "bob", "webui.password", "secret");

		assertThat(this.account.matches("bob", "secret")).isTrue();
		assertThat(this.account.changes).isEqualTo(1);
		assertThat(value("webui.username")).isEqualTo("bob");
		assertThat(value("webui.password")).as("write-only").isEmpty();
	}

	@Test
	void aUserNameAloneKeepsThePassword() {
		this.account.replace("admin", "secret");

		set("webui.username", "carol");

		assertThat(this.account.matches("carol", "secret")).isTrue();
	}

	@Test
	void aUserNameAloneIsRefusedWithTheAccountsReasonWhenItCannotKeepThePassword() {
		this.account.passwordUnknown = true;

		assertThatIllegalArgumentException().isThrownBy(() -> set("webui.username", "carol"))
			.withMessageContaining("password must be given");

		assertThat(this.account.username()).isEqualTo("admin");
		assertThat(this.account.changes).isZero();
	}

	@Test
	void aPasswordMayBeEmptyButAUserNameMayNotBeBlank() {
		this.account.replace("admin", "secret");

		set("webui.username", " ", "webui.password", "");

		assertThat(this.account.matches("admin", "")).isTrue();
	}

	@Test
	void restrictionsAreSplitOnCommasSemicolonsAndBlanks() {
		assertThat(this.settings.restrictions()).isEmpty();

		set("webui.restrict", " 192.168.1.1;10.0.0.1-10.0.0.9 ,,  172.16.0.0/12\n::1 ");

		assertThat(this.settings.restrictions()).containsExactly("192.168.1.1", "10.0.0.1-10.0.0.9", "172.16.0.0/12",
				"::1");
	}

	@Test
	void theGuestIsOffAndCalledGuestByDefault() {
		assertThat(this.settings.guestEnabled()).isFalse();
		assertThat(this.settings.guestName()).isEqualTo("guest");

		set("webui.enable_guest", "1");

		assertThat(this.settings.guestEnabled()).isTrue();
	}

	@Test
	void directoriesAndTokenAuthComeFromUtserverConf() {
		Path completed = this.dir.resolve("done").toAbsolutePath();
		this.server = new UtserverSettings(false, true, true, List.of(), completed, null, null, null, null, false, null,
				"", "", Map.of());

		assertThat(value("dir_completed_download_flag")).isEqualTo("true");
		assertThat(value("dir_completed_download")).isEqualTo(completed.toString());
		assertThat(value("dir_torrent_files_flag")).isEqualTo("false");
		assertThat(value("webui.token_auth")).isEqualTo("false");
		assertThat(value("webui.token_auth_filter")).isEqualTo("1");
	}

	@Test
	void autoloadIsTheFirstWatchFolderWhenItDownloadsIntoTheDefaultSavePath() {
		Path watch = this.dir.resolve("watch").toAbsolutePath();
		assertThat(value("dir_autoload_flag")).isEqualTo("false");
		assertThat(value("dir_autoload")).isEmpty();
		assertThat(rowsByName(this.settings).get("dir_autoload")).containsExactly("dir_autoload", 2, "",
				Map.of("access", "Y"));

		this.folders.setFolders(List.of(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, true)));

		assertThat(value("dir_autoload_flag")).isEqualTo("true");
		assertThat(value("dir_autoload")).isEqualTo(watch.toString());
		assertThat(value("dir_autoload_delete")).isEqualTo("true");

		this.folders.setFolders(List.of(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, true)));

		assertThat(value("dir_autoload_flag")).as("a qBittorrent folder downloading into itself").isEqualTo("false");
	}

	@Test
	void settingAutoloadPutsMicroTorrentsFolderFirstAndKeepsQBittorrentsFolders() {
		Path qbt = this.dir.resolve("qbt").toAbsolutePath();
		Path watch = this.dir.resolve("watch").toAbsolutePath();
		WatchedFolder qbtFolder = new WatchedFolder(qbt, Destination.WATCHED_FOLDER, null, true);
		this.folders.setFolders(List.of(qbtFolder));

		set("dir_autoload_flag", "1", "dir_autoload", watch.toString(), "dir_autoload_delete", "0");

		assertThat(this.folders.folders())
			.containsExactly(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, false), qbtFolder);
		assertThat(value("dir_autoload_flag")).isEqualTo("true");
		assertThat(value("dir_autoload_delete")).isEqualTo("false");

		set("dir_autoload_delete", "true");

		assertThat(this.folders.folders())
			.containsExactly(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, true), qbtFolder);
	}

	@Test
	void turningAutoloadOffRemovesTheFolderButRemembersTheDirectory() {
		Path watch = this.dir.resolve("watch").toAbsolutePath();
		set("dir_autoload_flag", "true", "dir_autoload", watch.toString(), "dir_autoload_delete", "1");

		set("dir_autoload_flag", "0");

		assertThat(this.folders.folders()).isEmpty();
		assertThat(value("dir_autoload_flag")).isEqualTo("false");
		assertThat(value("dir_autoload")).isEqualTo(watch.toString());
		assertThat(value("dir_autoload_delete")).isEqualTo("true");
		assertThat(restart()).extracting((s) -> rowsByName(s).get("dir_autoload").get(2)).isEqualTo(watch.toString());

		set("dir_autoload_flag", "1");

		assertThat(this.folders.folders())
			.containsExactly(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, true));
	}

	@Test
	void anEmptyOrRelativeAutoloadDirectoryWatchesNothing() {
		set("dir_autoload_flag", "1", "dir_autoload", "");
		assertThat(this.folders.folders()).isEmpty();
		assertThat(value("dir_autoload_flag")).isEqualTo("false");

		set("dir_autoload_flag", "1", "dir_autoload", "relative/watch");

		assertThat(this.folders.folders()).isEmpty();
		assertThat(value("dir_autoload")).isEmpty();
	}

	@Test
	void autoloadOnADirectoryQBittorrentWatchesTakesItOver() {
		Path watch = this.dir.resolve("watch").toAbsolutePath();
		Path other = this.dir.resolve("other").toAbsolutePath();
		WatchedFolder otherFolder = new WatchedFolder(other, Destination.SAVE_PATH, this.dir.resolve("x"), true);
		this.folders.setFolders(List.of(otherFolder, new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, true)));

		set("dir_autoload_flag", "1", "dir_autoload", watch.toString());

		assertThat(this.folders.folders())
			.containsExactly(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, false), otherFolder);
	}

	@Test
	void finishAndStateCommandsAreTheEventProgramsWithMicroTorrentsPlaceholders() {
		assertThat(value("finish_cmd")).isEmpty();
		assertThat(value("state_cmd")).isEmpty();

		set("finish_cmd", "/usr/local/bin/done.sh %I \"%N\"", "state_cmd", "/bin/log %S %P");

		EventProgramSettings programs = this.programs.settings();
		assertThat(programs.onFinished())
			.isEqualTo(new EventProgram(true, "/usr/local/bin/done.sh %I \"%N\"", Placeholders.UTORRENT));
		assertThat(programs.onStateChanged())
			.isEqualTo(new EventProgram(true, "/bin/log %S %P", Placeholders.UTORRENT));
		assertThat(programs.onAdded()).isEqualTo(EventProgram.NONE);
		assertThat(value("finish_cmd")).isEqualTo("/usr/local/bin/done.sh %I \"%N\"");
		assertThat(value("state_cmd")).isEqualTo("/bin/log %S %P");

		set("finish_cmd", "");

		assertThat(this.programs.settings().onFinished().enabled()).isFalse();
		assertThat(value("finish_cmd")).isEmpty();
		assertThat(value("state_cmd")).isEqualTo("/bin/log %S %P");
	}

	@Test
	void aCommandSetAgainUnchangedLeavesAQBittorrentProgramAsItIs() {
		EventProgram qbt = new EventProgram(true, "/bin/notify %N %L", Placeholders.QBITTORRENT);
		EventProgram qbtOff = new EventProgram(false, "/bin/added %N", Placeholders.QBITTORRENT);
		this.programs.apply(new EventProgramSettings(qbtOff, qbt, qbtOff));
		int changes = this.programs.changes;

		set("finish_cmd", "/bin/notify %N %L", "state_cmd", "");

		assertThat(this.programs.changes).isEqualTo(changes);
		assertThat(this.programs.settings().onFinished()).isEqualTo(qbt);
		assertThat(this.programs.settings().onStateChanged()).isEqualTo(qbtOff);
	}

	@Test
	void anUnreadableSettingsFileMeansDefaults() throws IOException {
		Path file = this.dir.resolve("utorrent").resolve(GuiSettings.FILE_NAME);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "{not json");

		GuiSettings restarted = restart();

		assertThat(restarted.guestName()).isEqualTo("guest");
		assertThat(rowsByName(restarted).get("webui.cookie").get(2)).isEqualTo("{}");
	}

	@Test
	void aStoredValueOfTheWrongTypeFallsBackToTheDefault() throws IOException {
		Path file = this.dir.resolve("utorrent").resolve(GuiSettings.FILE_NAME);
		Files.createDirectories(file.getParent());
		Files.writeString(file,
				"{\"gui.default_del_action\":\"x\",\"gui.alternate_color\":\"1\",\"future.key\":\"v\"}");

		GuiSettings restarted = restart();

		Map<String, List<Object>> rows = rowsByName(restarted);
		assertThat(rows.get("gui.default_del_action").get(2)).isEqualTo("0");
		assertThat(rows.get("gui.alternate_color").get(2)).isEqualTo("true");
	}

	@Test
	void theWebUiPortIsTheRunningServersThenTheConfiguredOne() {
		MockEnvironment environment = new MockEnvironment();
		assertThat(GuiSettings.httpPort(environment)).isEqualTo(8080);
		environment.setProperty("server.port", "9000");
		assertThat(GuiSettings.httpPort(environment)).isEqualTo(9000);
		environment.setProperty("server.port", "0");
		assertThat(GuiSettings.httpPort(environment)).isEqualTo(8080);
		environment.setProperty("local.server.port", "41234");
		assertThat(GuiSettings.httpPort(environment)).isEqualTo(41234);
	}

}
