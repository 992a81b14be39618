package dev.torrentd.utorrent.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

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
 * @param autoloadDir {@code dir_autoload} (carried out by the automation issue), null for
 * none
 * @param autoloadDelete {@code dir_autoload_delete}
 * @param webuiDir {@code ut_webui_dir}: where {@code webui.zip} or {@code webui/} is,
 * null for none
 * @param finishCmd {@code finish_cmd} (carried out by the automation issue)
 * @param stateCmd {@code state_cmd} (carried out by the automation issue)
 * @param values every {@code name: value} line of the file (the last one of a repeated
 * name), as written
 */
public record UtserverSettings(boolean tokenAuthEnable, boolean tokenAuthRemoteOnly, boolean localhostAuthentication,
		List<Path> downloadDirs, @Nullable Path completedDir, @Nullable Path torrentFilesDir,
		@Nullable Path tempFilesDir, @Nullable Path requestDir, @Nullable Path autoloadDir, boolean autoloadDelete,
		@Nullable Path webuiDir, String finishCmd, String stateCmd, Map<String, String> values) {

	public UtserverSettings {
		downloadDirs = List.copyOf(downloadDirs);
		values = Map.copyOf(values);
	}

	/**
	 * The manual's defaults (no configuration file).
	 * @return the defaults
	 */
	public static UtserverSettings defaults() {
		return new UtserverSettings(true, false, true, List.of(), null, null, null, null, null, false, null, "", "",
				Map.of());
	}

}
