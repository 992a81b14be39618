package dev.torrentd.qbittorrent.wire;

import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.RssSettings;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import org.jspecify.annotations.Nullable;

/**
 * The preferences that are the shared automation services' settings (qBittorrent 5.1.4's
 * {@code AppController}): the {@code rss_*} keys are {@link RssSettings},
 * {@code scan_dirs} the watch folders, {@code autorun_*} the programs run when a torrent
 * is added or finishes. Whatever dialect set them, both show the same values.
 */
public final class AutomationPreferences {

	/** The keys mapped here; none of them is kept in the dialect's own store. */
	public static final Set<String> KEYS = Set.of("rss_processing_enabled", "rss_refresh_interval", "rss_fetch_delay",
			"rss_max_articles_per_feed", "rss_auto_downloading_enabled", "rss_download_repack_proper_episodes",
			"rss_smart_episode_filters", "scan_dirs", "autorun_enabled", "autorun_program",
			"autorun_on_torrent_added_enabled", "autorun_on_torrent_added_program");

	private AutomationPreferences() {
	}

	/**
	 * What the automation services hold.
	 *
	 * @param rss the RSS settings
	 * @param watchFolders the watch folders, µTorrent's {@code dir_autoload} first
	 * @param programs the event programs
	 */
	public record Settings(RssSettings rss, List<WatchedFolder> watchFolders, EventProgramSettings programs) {

		/** The services' defaults: no folder, no program. */
		public static final Settings DEFAULTS = new Settings(RssSettings.defaults(), List.of(),
				EventProgramSettings.NONE);

		public Settings {
			watchFolders = List.copyOf(watchFolders);
		}

	}

	/**
	 * Puts the keys into an {@code app/preferences} object, with qBittorrent's types:
	 * {@code rss_refresh_interval} and {@code rss_max_articles_per_feed} ints,
	 * {@code rss_fetch_delay} a 64-bit int, {@code rss_smart_episode_filters} one
	 * expression per line, {@code scan_dirs} {@code {folder: 0 | 1 | "save path"}} (0:
	 * into the watched folder, 1: into the default save path), {@code autorun_*} the
	 * program's switch and command line whichever dialect set it.
	 * @param settings the services' settings
	 * @param json the object to fill
	 */
	public static void read(Settings settings, Map<String, Object> json) {
		RssSettings rss = settings.rss();
		json.put("rss_processing_enabled", rss.processingEnabled());
		json.put("rss_refresh_interval", rss.refreshIntervalMinutes());
		json.put("rss_fetch_delay", rss.fetchDelaySeconds());
		json.put("rss_max_articles_per_feed", rss.maxArticlesPerFeed());
		json.put("rss_auto_downloading_enabled", rss.autoDownloadingEnabled());
		json.put("rss_download_repack_proper_episodes", rss.downloadRepackProperEpisodes());
		json.put("rss_smart_episode_filters", String.join("\n", rss.smartEpisodeFilters()));
		json.put("scan_dirs", scanDirs(settings.watchFolders()));
		EventProgram added = settings.programs().onAdded();
		EventProgram finished = settings.programs().onFinished();
		json.put("autorun_on_torrent_added_enabled", added.enabled());
		json.put("autorun_on_torrent_added_program", added.command());
		json.put("autorun_enabled", finished.enabled());
		json.put("autorun_program", finished.command());
	}

	/**
	 * {@code scan_dirs} as qBittorrent writes it: a folder whose save path is the folder
	 * itself is {@code 0}, one into the default save path {@code 1}, else the save path.
	 * @param folders the watch folders
	 * @return the object, keys sorted
	 */
	static Map<String, Object> scanDirs(List<WatchedFolder> folders) {
		Map<String, Object> json = new TreeMap<>();
		for (WatchedFolder folder : folders) {
			Object value = switch (folder.destination()) {
				case WATCHED_FOLDER -> 0;
				case DEFAULT_SAVE_PATH -> 1;
				case SAVE_PATH -> (folder.savePath() == null) ? 1
						: folder.savePath().equals(folder.path()) ? 0 : folder.savePath().toString();
			};
			json.put(folder.path().toString(), value);
		}
		return json;
	}

	/**
	 * Applies the keys present in a {@code setPreferences} object. Values are converted
	 * as the other preferences ({@code "1"} is true, {@code 2.6} is 3); a value
	 * qBittorrent would accept but that makes no sense here is ignored, keeping the
	 * setting in force: a refresh interval or article limit under 1, a negative fetch
	 * delay, a {@code scan_dirs} that is not an object. Blank lines of
	 * {@code rss_smart_episode_filters} are dropped. A command line set here uses
	 * qBittorrent's placeholders; one sent back unchanged keeps those it was written with
	 * (the WebUI sends every preference back when it saves).
	 * @param json the parsed {@code json} parameter
	 * @param current the settings in force
	 * @return the new settings (equal to {@code current} when nothing changes)
	 */
	public static Settings update(Map<String, ?> json, Settings current) {
		return new Settings(rss(json, current.rss()), watchFolders(json, current.watchFolders()),
				programs(json, current.programs()));
	}

	/**
	 * The watch folders a {@code setPreferences} object sets ({@code scan_dirs}, see
	 * {@link #update}).
	 * @param json the parsed {@code json} parameter
	 * @param current the folders in force
	 * @return the new list, {@code current} when {@code scan_dirs} is absent or not an
	 * object
	 */
	public static List<WatchedFolder> watchFolders(Map<String, ?> json, List<WatchedFolder> current) {
		return json.containsKey("scan_dirs") ? watchFolders(json.get("scan_dirs"), current) : current;
	}

	private static RssSettings rss(Map<String, ?> json, RssSettings current) {
		boolean processing = json.containsKey("rss_processing_enabled")
				? QbPreferences.toBool(json.get("rss_processing_enabled")) : current.processingEnabled();
		int refresh = atLeast(json, "rss_refresh_interval", 1, current.refreshIntervalMinutes());
		long delay = json.containsKey("rss_fetch_delay") ? QbPreferences.toLong(json.get("rss_fetch_delay"))
				: current.fetchDelaySeconds();
		if (delay < 0) {
			delay = current.fetchDelaySeconds();
		}
		int articles = atLeast(json, "rss_max_articles_per_feed", 1, current.maxArticlesPerFeed());
		boolean autoDownloading = json.containsKey("rss_auto_downloading_enabled")
				? QbPreferences.toBool(json.get("rss_auto_downloading_enabled")) : current.autoDownloadingEnabled();
		boolean repacks = json.containsKey("rss_download_repack_proper_episodes")
				? QbPreferences.toBool(json.get("rss_download_repack_proper_episodes"))
				: current.downloadRepackProperEpisodes();
		List<String> filters = current.smartEpisodeFilters();
		if (json.containsKey("rss_smart_episode_filters")) {
			filters = new ArrayList<>();
			for (String line : QbPreferences.toStr(json.get("rss_smart_episode_filters")).split("\r?\n")) {
				if (!line.isBlank()) {
					filters.add(line);
				}
			}
		}
		return new RssSettings(processing, refresh, delay, articles, autoDownloading, repacks, filters);
	}

	private static int atLeast(Map<String, ?> json, String key, int minimum, int current) {
		if (!json.containsKey(key)) {
			return current;
		}
		int value = QbPreferences.toInt(json.get(key));
		return (value >= minimum) ? value : current;
	}

	/**
	 * {@code scan_dirs} as qBittorrent's {@code setPreferences} reads it, the whole list:
	 * folders left out stop being watched; a folder that is not an absolute path, or
	 * whose save path is not, is skipped (an existing one is kept as it was). A number
	 * (or a string holding one, or a boolean) {@code 0} downloads into the watched
	 * folder, any other number into the default save path, as does an empty string; other
	 * text is the save path. Folders already watched keep their place (the first one is
	 * µTorrent's {@code dir_autoload}) and what happens to a loaded file; new ones come
	 * after, in the order sent, and have it deleted (qBittorrent's behaviour).
	 */
	private static List<WatchedFolder> watchFolders(@Nullable Object value, List<WatchedFolder> current) {
		if (!(value instanceof Map<?, ?> map)) {
			return current;
		}
		Map<Path, WatchedFolder> existing = new LinkedHashMap<>();
		for (WatchedFolder folder : current) {
			existing.put(folder.path(), folder);
		}
		Map<Path, WatchedFolder> requested = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			Path path = absolute(String.valueOf(entry.getKey()));
			if (path == null) {
				continue;
			}
			WatchedFolder old = existing.get(path);
			WatchedFolder folder = folder(path, entry.getValue(), (old == null) || old.deleteLoaded());
			if (folder != null) {
				requested.put(path, folder);
			}
			else if (old != null) {
				requested.put(path, old);
			}
		}
		List<WatchedFolder> next = new ArrayList<>();
		for (Path path : existing.keySet()) {
			WatchedFolder folder = requested.remove(path);
			if (folder != null) {
				next.add(folder);
			}
		}
		next.addAll(requested.values());
		return next;
	}

	private static @Nullable WatchedFolder folder(Path path, @Nullable Object value, boolean deleteLoaded) {
		Integer number = integer(value);
		if (number != null) {
			return (number == 0) ? new WatchedFolder(path, Destination.WATCHED_FOLDER, null, deleteLoaded)
					: new WatchedFolder(path, Destination.DEFAULT_SAVE_PATH, null, deleteLoaded);
		}
		String text = (value instanceof String s) ? s.trim() : "";
		if (text.isEmpty()) {
			return new WatchedFolder(path, Destination.DEFAULT_SAVE_PATH, null, deleteLoaded);
		}
		Path savePath = absolute(text);
		if (savePath == null) {
			return null;
		}
		return savePath.equals(path) ? new WatchedFolder(path, Destination.WATCHED_FOLDER, null, deleteLoaded)
				: new WatchedFolder(path, Destination.SAVE_PATH, savePath, deleteLoaded);
	}

	/**
	 * A {@code scan_dirs} value as {@code QVariant::toInt(&ok)}: null when not a number.
	 */
	private static @Nullable Integer integer(@Nullable Object value) {
		if (value instanceof Boolean b) {
			return b ? 1 : 0;
		}
		if (value instanceof Number n) {
			return QbPreferences.toInt(n);
		}
		if (value instanceof String s) {
			try {
				return new BigDecimal(s.trim()).intValueExact();
			}
			catch (ArithmeticException | NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	private static @Nullable Path absolute(String text) {
		try {
			Path path = Path.of(text.trim());
			return (!text.isBlank() && path.isAbsolute()) ? path.normalize() : null;
		}
		catch (InvalidPathException ex) {
			return null;
		}
	}

	/**
	 * The programs a {@code setPreferences} object sets ({@code autorun_*}, see
	 * {@link #update}).
	 * @param json the parsed {@code json} parameter
	 * @param current the programs in force
	 * @return the new settings, equal to {@code current} when nothing changes
	 */
	public static EventProgramSettings programs(Map<String, ?> json, EventProgramSettings current) {
		return current
			.withOnAdded(program(json, "autorun_on_torrent_added_enabled", "autorun_on_torrent_added_program",
					current.onAdded()))
			.withOnFinished(program(json, "autorun_enabled", "autorun_program", current.onFinished()));
	}

	private static EventProgram program(Map<String, ?> json, String enabledKey, String programKey,
			EventProgram current) {
		boolean enabled = json.containsKey(enabledKey) ? QbPreferences.toBool(json.get(enabledKey)) : current.enabled();
		EventProgram program = new EventProgram(enabled, current.command(), current.placeholders());
		if (json.containsKey(programKey)) {
			String command = QbPreferences.toStr(json.get(programKey)).trim();
			if (!command.equals(current.command())) {
				program = new EventProgram(enabled, command, EventProgram.Placeholders.QBITTORRENT);
			}
		}
		return program;
	}

}
