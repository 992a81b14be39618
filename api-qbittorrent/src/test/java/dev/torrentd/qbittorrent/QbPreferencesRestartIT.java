package dev.torrentd.qbittorrent;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.torrentd.automation.Automation;
import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.engine.libtorrent.TestEngines;
import dev.torrentd.qbittorrent.wire.QbPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Preferences survive a restart: engine ones in the engine's state, the automation ones
 * in the automation services' state, the rest in the store.
 */
class QbPreferencesRestartIT {

	private static final QbPreferences.Server SERVER = new QbPreferences.Server(QbProfile.V5_1, "admin", 8080, 5, 3600,
			3600, true, false, List.of(), "/logs");

	@TempDir
	Path dir;

	private Map<String, Object> withServer(
			java.util.function.BiFunction<AltSpeedLimits, QbPreferencesService, Map<String, Object>> action) {
		try (LibtorrentEngine engine = TestEngines.open(this.dir);
				Automation automation = Automation.start(engine, this.dir.resolve("automation"),
						AutomationOptions.defaults())) {
			QbPreferencesStore store = new QbPreferencesStore(new QbStorage(this.dir.resolve("qbittorrent")));
			AltSpeedLimits alt = new AltSpeedLimits(engine, store);
			return action.apply(alt, new QbPreferencesService(engine, alt, store, SERVER, automation.rss(),
					automation.watchFolders(), automation.eventPrograms()));
		}
	}

	@Test
	void engineAndStoredPreferencesAndTheAltModeSurviveARestart() {
		withServer((alt, service) -> {
			service.setPreferences("{\"dht\":true,\"max_seeding_time_enabled\":true,\"max_seeding_time\":90,"
					+ "\"locale\":\"de\",\"rss_refresh_interval\":10,\"dl_limit\":4096,\"alt_dl_limit\":20480,"
					+ "\"rss_smart_episode_filters\":\"s(\\\\d+)e(\\\\d+)\",\"scan_dirs\":{\""
					+ this.dir.resolve("watch")
					+ "\":0},\"autorun_enabled\":true,\"autorun_program\":\"/bin/true %N\"}");
			alt.setEnabled(true);
			return Map.of();
		});

		Map<String, Object> after = withServer((alt, service) -> {
			assertThat(alt.enabled()).isTrue();
			return service.preferences();
		});
		assertThat(after).containsEntry("dht", true)
			.containsEntry("max_seeding_time_enabled", true)
			.containsEntry("max_seeding_time", 90)
			.containsEntry("locale", "de")
			.containsEntry("rss_refresh_interval", 10)
			.containsEntry("rss_smart_episode_filters", "s(\\d+)e(\\d+)")
			.containsEntry("scan_dirs", Map.of(this.dir.resolve("watch").toString(), 0))
			.containsEntry("autorun_enabled", true)
			.containsEntry("autorun_program", "/bin/true %N")
			.containsEntry("dl_limit", 4096L)
			.containsEntry("alt_dl_limit", 20480L);
	}

}
