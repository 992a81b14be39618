package dev.torrentd.utorrent.server;

import java.util.List;

import dev.torrentd.utorrent.server.KnownSettings.Handling;
import dev.torrentd.utorrent.server.KnownSettings.Setting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownSettingsTests {

	/** Every setting of the manual's "Internal Settings" and "Regular Settings". */
	private static final List<String> MANUAL = List.of("bind_ip", "ut_webui_port", "token_auth_enable", "dir_active",
			"dir_completed", "dir_download", "dir_torrent_files", "dir_temp_files", "dir_autoload",
			"dir_autoload_delete", "dir_request", "upnp", "natpmp", "lsd", "dht", "pex", "rate_limit_local_peers",
			"dir_root", "disk_cache_max_size", "write_coalesce_max_size", "progressive_piece_span",
			"preferred_interface", "admin_name", "admin_password", "localhost_authentication", "logmask",
			"ut_webui_dir", "finish_cmd", "state_cmd", "uconnect_enable", "uconnect_username", "uconnect_password",
			"low_cpu", "sequential_download", "compact_allocation", "prealloc_space", "minimize_kernel_caching",
			"all_writes_sync", "randomize_bind_port", "token_auth_filter", "encrypt_buffer_size", "bind_port",
			"max_ul_rate", "max_ul_rate_seed", "conns_per_torrent", "max_total_connections",
			"auto_bandwidth_management", "max_dl_rate", "seed_ratio", "seed_time");

	@Test
	void everySettingOfTheManualIsKnownAndNothingElse() {
		assertThat(KnownSettings.all()).extracting(Setting::name).containsExactlyElementsOf(MANUAL);
		assertThat(KnownSettings.all()).allSatisfy((s) -> assertThat(s.note()).isNotBlank());
	}

	@Test
	void theReloadableSettingsAreTheManualsList() {
		assertThat(KnownSettings.all().stream().filter(Setting::reloadable).map(Setting::name))
			.containsExactlyInAnyOrder("dir_download", "dir_request", "disk_cache_max_size", "localhost_authentication",
					"logmask", "preferred_interface", "progressive_piece_span", "uconnect_enable", "uconnect_password",
					"uconnect_username", "ut_webui_dir", "write_coalesce_max_size");
	}

	@Test
	void theCommandsAndAutoloadAreAppliedByTheDialectAtStartOnly() {
		assertThat(KnownSettings.all()
			.stream()
			.filter((s) -> List.of("finish_cmd", "state_cmd", "dir_autoload", "dir_autoload_delete")
				.contains(s.name())))
			.hasSize(4)
			.allSatisfy((s) -> {
				assertThat(s.handling()).isEqualTo(Handling.DIALECT);
				assertThat(s.reloadable()).isFalse();
			});
	}

	@Test
	void theEngineSettingsWithASpringPropertyAreMappedAtLaunchTheOthersAppliedAtTheFirstStart() {
		assertThat(KnownSettings.all()
			.stream()
			.filter((s) -> s.handling() == Handling.ENGINE_FIRST_START)
			.map(Setting::name)).containsExactlyInAnyOrder("rate_limit_local_peers", "max_ul_rate", "max_dl_rate",
					"seed_ratio", "seed_time");
		assertThat(KnownSettings.all().stream().filter((s) -> s.handling() == Handling.LAUNCH).map(Setting::name))
			.containsExactlyInAnyOrder("ut_webui_port", "dir_active", "dir_completed", "upnp", "natpmp", "lsd", "dht",
					"pex", "admin_name", "admin_password", "bind_port", "conns_per_torrent", "max_total_connections");
	}

	@Test
	void namesAreFoundInAnyCase() {
		assertThat(KnownSettings.find("MAX_DL_RATE")).map(Setting::handling).contains(Handling.ENGINE_FIRST_START);
		assertThat(KnownSettings.find("webui_server_files")).isEmpty();
		assertThat(KnownSettings.isReloadable("Dir_Request")).isTrue();
		assertThat(KnownSettings.isReloadable("no_such_setting")).isFalse();
	}

}
