package dev.torrentd.utorrent.server;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The µTorrent Server settings torrentd reads from {@code utserver.conf} (µTorrent Server
 * manual, "Application Settings"), typed and with relative paths resolved against
 * {@code dir_root}. Without a configuration file every value is the manual's default.
 *
 * @param tokenAuthEnable {@code token_auth_enable}: whether {@code /gui/} requests need
 * the token of {@code /gui/token.html}
 * @param tokenAuthRemoteOnly {@code token_auth_filter: remote}: loopback requests need no
 * token
 * @param localhostAuthentication {@code localhost_authentication}: false lets loopback
 * requests in without credentials
 * @param downloadDirs {@code dir_download} entries in file order ({@code list-dirs} lists
 * the default save path first, then these)
 * @param completedDir {@code dir_completed}: where finished downloads are moved, null for
 * none
 * @param torrentFilesDir {@code dir_torrent_files}: where copies of added .torrent files
 * are kept, null for none
 * @param tempFilesDir {@code dir_temp_files}: where {@code .utt} files are cleaned at
 * start, null for none
 * @param requestDir {@code dir_request}: the maintenance request directory, null for none
 * @param autoloadDir {@code dir_autoload}: the watch folder set at start, null for none
 * @param autoloadDelete {@code dir_autoload_delete}
 * @param webuiDir {@code ut_webui_dir}: where {@code webui.zip} or {@code webui/} is,
 * null for none
 * @param finishCmd {@code finish_cmd}: the program run when a torrent finishes, set at
 * start ("" for none)
 * @param stateCmd {@code state_cmd}: the program run when a torrent changes state, set at
 * start ("" for none)
 * @param values every {@code name: value} line of the file (the last one of a repeated
 * name), as written, in file order; after a reload, the names that are not reloadable
 * keep their value from the start
 */
public record UtserverSettings(boolean tokenAuthEnable, boolean tokenAuthRemoteOnly, boolean localhostAuthentication,
		List<Path> downloadDirs, @Nullable Path completedDir, @Nullable Path torrentFilesDir,
		@Nullable Path tempFilesDir, @Nullable Path requestDir, @Nullable Path autoloadDir, boolean autoloadDelete,
		@Nullable Path webuiDir, String finishCmd, String stateCmd, Map<String, String> values) {

	private static final Logger log = LoggerFactory.getLogger(UtserverSettings.class);

	public UtserverSettings {
		downloadDirs = List.copyOf(downloadDirs);
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/**
	 * The manual's defaults (no configuration file).
	 * @return the defaults
	 */
	public static UtserverSettings defaults() {
		return new UtserverSettings(true, false, true, List.of(), null, null, null, null, null, false, null, "", "",
				Map.of());
	}

	/**
	 * The settings a {@code utserver.conf} gives, typed: booleans {@code 1/0} or
	 * {@code true/false} (any case); {@code token_auth_filter} {@code remote} or
	 * {@code all}; {@code dir_completed}, {@code dir_download} and
	 * {@code dir_torrent_files} relative to {@code dir_root} (else to the working
	 * directory), the other directories relative to the working directory. An empty value
	 * is the manual's default; an unreadable one is too, with a warning in the log.
	 * @param conf the parsed file
	 * @param baseDir the working directory relative paths are resolved against (µTorrent
	 * Server manual: "relative to dir_root or the current working directory")
	 * @return the typed settings
	 */
	public static UtserverSettings from(UtserverConf conf, Path baseDir) {
		UtserverSettings d = defaults();
		return new UtserverSettings(bool(conf, "token_auth_enable", d.tokenAuthEnable()),
				tokenAuthRemoteOnly(conf, d.tokenAuthRemoteOnly()),
				bool(conf, "localhost_authentication", d.localhostAuthentication()),
				conf.rootedDirs("dir_download", baseDir), conf.rootedDir("dir_completed", baseDir).orElse(null),
				conf.rootedDir("dir_torrent_files", baseDir).orElse(null),
				conf.dir("dir_temp_files", baseDir).orElse(null), conf.dir("dir_request", baseDir).orElse(null),
				conf.dir("dir_autoload", baseDir).orElse(null), bool(conf, "dir_autoload_delete", d.autoloadDelete()),
				conf.dir("ut_webui_dir", baseDir).orElse(null), conf.value("finish_cmd").orElse(d.finishCmd()),
				conf.value("state_cmd").orElse(d.stateCmd()), conf.lastValues());
	}

	/**
	 * These settings after a reload: the manual's "Reloadable Settings" from
	 * {@code reloaded} ({@code dir_download}, {@code dir_request},
	 * {@code localhost_authentication}, {@code ut_webui_dir}, ...), every other one kept
	 * as it was at start.
	 * @param reloaded the settings of the file as it is now
	 * @return the settings in force after the reload
	 */
	public UtserverSettings withReloadable(UtserverSettings reloaded) {
		Map<String, String> merged = new LinkedHashMap<>();
		this.values.forEach((name, value) -> {
			if (!KnownSettings.isReloadable(name)) {
				merged.put(name, value);
			}
		});
		reloaded.values().forEach((name, value) -> {
			if (KnownSettings.isReloadable(name)) {
				merged.put(name, value);
			}
		});
		return new UtserverSettings(this.tokenAuthEnable, this.tokenAuthRemoteOnly, reloaded.localhostAuthentication(),
				reloaded.downloadDirs(), this.completedDir, this.torrentFilesDir, this.tempFilesDir,
				reloaded.requestDir(), this.autoloadDir, this.autoloadDelete, reloaded.webuiDir(), this.finishCmd,
				this.stateCmd, merged);
	}

	/**
	 * A boolean as utserver.conf writes it.
	 * @param value the text
	 * @return the value, null when it is none of 1, 0, true, false (any case)
	 */
	public static @Nullable Boolean parseBoolean(String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "1", "true" -> Boolean.TRUE;
			case "0", "false" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static boolean bool(UtserverConf conf, String name, boolean defaultValue) {
		String value = conf.value(name).orElse("");
		if (value.isEmpty()) {
			return defaultValue;
		}
		Boolean parsed = parseBoolean(value);
		if (parsed == null) {
			log.warn("utserver.conf: {}: \"{}\" is not a boolean (1, 0, true, false): using the default, {}", name,
					value, defaultValue);
			return defaultValue;
		}
		return parsed;
	}

	private static boolean tokenAuthRemoteOnly(UtserverConf conf, boolean defaultValue) {
		String value = conf.value("token_auth_filter").orElse("");
		if (value.isEmpty()) {
			return defaultValue;
		}
		if (value.equalsIgnoreCase("remote")) {
			return true;
		}
		if (!value.equalsIgnoreCase("all")) {
			log.warn("utserver.conf: token_auth_filter: \"{}\" is neither all nor remote: using all", value);
		}
		return false;
	}

}
