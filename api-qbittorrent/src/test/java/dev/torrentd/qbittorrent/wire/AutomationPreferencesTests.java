package dev.torrentd.qbittorrent.wire;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.qbittorrent.wire.AutomationPreferences.Settings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AutomationPreferencesTests {

	private static final WatchedFolder AUTOLOAD = new WatchedFolder(Path.of("/srv/autoload"),
			Destination.DEFAULT_SAVE_PATH, null, false);

	private static Map<String, Object> read(Settings settings) {
		Map<String, Object> json = new TreeMap<>();
		AutomationPreferences.read(settings, json);
		return json;
	}

	private static Settings withFolders(List<WatchedFolder> folders) {
		return new Settings(RssSettings.defaults(), folders, EventProgramSettings.NONE);
	}

	private static Map<String, Object> scanDirs(Object... keysAndValues) {
		Map<String, Object> dirs = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			dirs.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return Map.of("scan_dirs", dirs);
	}

	@Test
	void readShowsEveryKeyWithQbittorrentsTypes() {
		Map<String, Object> json = read(Settings.DEFAULTS);
		assertThat(json.keySet()).containsExactlyInAnyOrderElementsOf(AutomationPreferences.KEYS);
		assertThat(json.get("rss_refresh_interval")).isEqualTo(30);
		assertThat(json.get("rss_fetch_delay")).isEqualTo(2L);
		assertThat(json.get("rss_max_articles_per_feed")).isEqualTo(50);
		assertThat(json.get("rss_processing_enabled")).isEqualTo(true);
		assertThat(json.get("rss_auto_downloading_enabled")).isEqualTo(true);
		assertThat(json.get("rss_download_repack_proper_episodes")).isEqualTo(true);
		assertThat(json.get("rss_smart_episode_filters"))
			.isEqualTo(String.join("\n", RssSettings.DEFAULT_SMART_EPISODE_FILTERS));
		assertThat(json.get("scan_dirs")).isEqualTo(Map.of());
		assertThat(json).containsEntry("autorun_enabled", false)
			.containsEntry("autorun_program", "")
			.containsEntry("autorun_on_torrent_added_enabled", false)
			.containsEntry("autorun_on_torrent_added_program", "");
	}

	@Test
	void rssKeysBecomeTheRssSettings() {
		Map<String, Object> json = new HashMap<>();
		json.put("rss_processing_enabled", false);
		json.put("rss_refresh_interval", "15");
		json.put("rss_fetch_delay", 2.6);
		json.put("rss_max_articles_per_feed", 100);
		json.put("rss_auto_downloading_enabled", 0);
		json.put("rss_download_repack_proper_episodes", false);
		json.put("rss_smart_episode_filters", "s(\\d+)e(\\d+)\r\n\n  \n(\\d+)x(\\d+)\n");
		assertThat(AutomationPreferences.update(json, Settings.DEFAULTS).rss())
			.isEqualTo(new RssSettings(false, 15, 3, 100, false, false, List.of("s(\\d+)e(\\d+)", "(\\d+)x(\\d+)")));
	}

	@Test
	void rssValuesThatMakeNoSenseKeepTheSettingInForce() {
		Map<String, Object> json = Map.of("rss_refresh_interval", 0, "rss_fetch_delay", -5, "rss_max_articles_per_feed",
				"none");
		assertThat(AutomationPreferences.update(json, Settings.DEFAULTS)).isEqualTo(Settings.DEFAULTS);
	}

	@Test
	void absentKeysChangeNothing() {
		Settings current = new Settings(new RssSettings(false, 5, 0, 10, false, false, List.of("x")), List.of(AUTOLOAD),
				new EventProgramSettings(EventProgram.NONE,
						new EventProgram(true, "/bin/done %N", Placeholders.UTORRENT), EventProgram.NONE));
		assertThat(AutomationPreferences.update(Map.of("locale", "de"), current)).isEqualTo(current);
	}

	@Test
	void scanDirsShowsZeroForTheWatchedFolderOneForTheDefaultSavePathElseTheSavePath() {
		Settings settings = withFolders(
				List.of(AUTOLOAD, new WatchedFolder(Path.of("/srv/here"), Destination.WATCHED_FOLDER, null, true),
						new WatchedFolder(Path.of("/srv/there"), Destination.SAVE_PATH, Path.of("/data/tv"), true)));
		assertThat(read(settings).get("scan_dirs"))
			.isEqualTo(Map.of("/srv/autoload", 1, "/srv/here", 0, "/srv/there", "/data/tv"));
	}

	@Test
	void scanDirsSetsTheWholeListAndNewFoldersHaveTheirFileDeleted() {
		Settings next = AutomationPreferences
			.update(scanDirs("/srv/new", "/data/tv", "/srv/here/", 0, "/srv/default", 1), Settings.DEFAULTS);
		assertThat(next.watchFolders()).containsExactly(
				new WatchedFolder(Path.of("/srv/new"), Destination.SAVE_PATH, Path.of("/data/tv"), true),
				new WatchedFolder(Path.of("/srv/here"), Destination.WATCHED_FOLDER, null, true),
				new WatchedFolder(Path.of("/srv/default"), Destination.DEFAULT_SAVE_PATH, null, true));
	}

	@Test
	void existingFoldersKeepTheirPlaceAndWhatHappensToALoadedFile() {
		WatchedFolder other = new WatchedFolder(Path.of("/srv/other"), Destination.DEFAULT_SAVE_PATH, null, true);
		Settings current = withFolders(List.of(AUTOLOAD, other));
		Settings next = AutomationPreferences.update(scanDirs("/srv/added", 1, "/srv/autoload", "/data/films"),
				current);
		assertThat(next.watchFolders()).containsExactly(
				new WatchedFolder(Path.of("/srv/autoload"), Destination.SAVE_PATH, Path.of("/data/films"), false),
				new WatchedFolder(Path.of("/srv/added"), Destination.DEFAULT_SAVE_PATH, null, true));
	}

	@Test
	void numbersStringsHoldingNumbersAndEmptyTextAreQbittorrentsDestinations() {
		Settings next = AutomationPreferences.update(
				scanDirs("/a", "0", "/b", 0.0, "/c", false, "/d", "", "/e", 7, "/f", null, "/g", "/g"),
				Settings.DEFAULTS);
		assertThat(next.watchFolders()).extracting(WatchedFolder::destination)
			.containsExactly(Destination.WATCHED_FOLDER, Destination.WATCHED_FOLDER, Destination.WATCHED_FOLDER,
					Destination.DEFAULT_SAVE_PATH, Destination.DEFAULT_SAVE_PATH, Destination.DEFAULT_SAVE_PATH,
					Destination.WATCHED_FOLDER);
	}

	@Test
	void relativeFoldersAndSavePathsAreSkippedAndAnExistingOneIsKept() {
		Settings current = withFolders(List.of(AUTOLOAD));
		Settings next = AutomationPreferences.update(
				scanDirs("relative", 1, "", 1, "/srv/autoload", "relative/save", "/srv/bad", "also/relative"), current);
		assertThat(next.watchFolders()).containsExactly(AUTOLOAD);
	}

	@Test
	void scanDirsThatIsNotAnObjectChangesNothing() {
		Settings current = withFolders(List.of(AUTOLOAD));
		assertThat(AutomationPreferences.update(Map.of("scan_dirs", "/srv/x"), current)).isEqualTo(current);
		assertThat(AutomationPreferences.update(Map.of("scan_dirs", List.of("/srv/x")), current)).isEqualTo(current);
	}

	@Test
	void anEmptyScanDirsObjectStopsWatchingEverything() {
		assertThat(AutomationPreferences.update(Map.of("scan_dirs", Map.of()), withFolders(List.of(AUTOLOAD)))
			.watchFolders()).isEmpty();
	}

	@Test
	void autorunKeysAreTheProgramsOnAddedAndOnFinishedWithQbittorrentsPlaceholders() {
		Map<String, Object> json = Map.of("autorun_enabled", true, "autorun_program", "  /bin/done \"%N\" %I ",
				"autorun_on_torrent_added_enabled", "true", "autorun_on_torrent_added_program", "/bin/added %N");
		EventProgramSettings programs = AutomationPreferences.update(json, Settings.DEFAULTS).programs();
		assertThat(programs.onFinished())
			.isEqualTo(new EventProgram(true, "/bin/done \"%N\" %I", Placeholders.QBITTORRENT));
		assertThat(programs.onAdded()).isEqualTo(new EventProgram(true, "/bin/added %N", Placeholders.QBITTORRENT));
		assertThat(programs.onStateChanged()).isEqualTo(EventProgram.NONE);
	}

	@Test
	void aMicroTorrentFinishCommandShowsAsAutorunProgramAndKeepsItsPlaceholdersWhenSentBack() {
		EventProgram finishCmd = new EventProgram(true, "/bin/done %N %D", Placeholders.UTORRENT);
		Settings current = new Settings(RssSettings.defaults(), List.of(),
				EventProgramSettings.NONE.withOnFinished(finishCmd));
		Map<String, Object> json = read(current);
		assertThat(json).containsEntry("autorun_enabled", true).containsEntry("autorun_program", "/bin/done %N %D");

		assertThat(AutomationPreferences.update(json, current)).isEqualTo(current);
		assertThat(AutomationPreferences.update(Map.of("autorun_enabled", false), current).programs().onFinished())
			.isEqualTo(new EventProgram(false, "/bin/done %N %D", Placeholders.UTORRENT));
		assertThat(AutomationPreferences.update(Map.of("autorun_program", "/bin/other %N"), current)
			.programs()
			.onFinished()).isEqualTo(new EventProgram(true, "/bin/other %N", Placeholders.QBITTORRENT));
	}

	@Test
	void whatReadShowsUpdateReadsBackUnchanged() {
		Settings current = new Settings(new RssSettings(true, 15, 4, 80, false, true, List.of("a(\\d+)", "b")),
				List.of(AUTOLOAD, new WatchedFolder(Path.of("/srv/w"), Destination.SAVE_PATH, Path.of("/d"), true)),
				new EventProgramSettings(new EventProgram(true, "/bin/a", Placeholders.QBITTORRENT),
						new EventProgram(false, "/bin/f", Placeholders.QBITTORRENT), EventProgram.NONE));
		assertThat(AutomationPreferences.update(read(current), current)).isEqualTo(current);
	}

}
