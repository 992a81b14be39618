package dev.torrentd.utorrent.server;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting the µTorrent Server manual lists ("Application Settings"), with what
 * torrentd does with it. docs/utserver-migration.md shows the same table.
 */
public final class KnownSettings {

	/** What torrentd does with a setting. */
	public enum Handling {

		/**
		 * Mapped to a Spring property when the application is launched
		 * ({@code dev.torrentd.app.launch}): ports, directories, credentials, and the
		 * engine settings that have a {@code torrentd.bittorrent.*} property, so that an
		 * explicit {@code --torrentd.bittorrent.*} argument or environment variable wins
		 * over the file.
		 */
		LAUNCH,

		/**
		 * Applied to the engine ({@code TorrentEngine.applySettings}) on the first start
		 * with this file only: afterwards the engine's persisted settings win, as
		 * settings.dat does for utserver. These have no Spring property.
		 */
		ENGINE_FIRST_START,

		/** Carried out by the µTorrent dialect itself. */
		DIALECT,

		/** Accepted, no effect in torrentd; one log line says so at each load. */
		NO_EFFECT

	}

	/**
	 * One known setting.
	 *
	 * @param name the name, lower-case
	 * @param handling what torrentd does with it
	 * @param reloadable whether a reload (SIGHUP, {@code rcf.utmr}) changes it (the
	 * manual's "Reloadable Settings"); the others keep their value from the start
	 * @param note what it does in torrentd, or why it has no effect
	 */
	public record Setting(String name, Handling handling, boolean reloadable, String note) {
	}

	private static final Map<String, Setting> ALL = new LinkedHashMap<>();

	static {
		// internal settings, in the manual's order
		add("bind_ip", Handling.NO_EFFECT, false,
				"torrentd.bittorrent.listen-interfaces chooses the addresses peers connect to");
		add("ut_webui_port", Handling.LAUNCH, false, "the HTTP port: server.port");
		add("token_auth_enable", Handling.DIALECT, false, "/gui/ requests need the token of /gui/token.html");
		add("dir_active", Handling.LAUNCH, false,
				"the default save path: torrentd.download-dir (torrentd.incomplete-dir when dir_completed is set)");
		add("dir_completed", Handling.LAUNCH, false,
				"where finished downloads go: torrentd.download-dir, with dir_active as torrentd.incomplete-dir");
		add("dir_download", Handling.DIALECT, true, "the entries of list-dirs and add-file/add-url's download_dir");
		add("dir_torrent_files", Handling.DIALECT, false, "copies of added .torrent files are kept there");
		add("dir_temp_files", Handling.DIALECT, false, "*.utt files there are deleted at start");
		add("dir_autoload", Handling.DIALECT, false,
				"watched for .torrent files to add into the default save path (the first watch folder), set at each start");
		add("dir_autoload_delete", Handling.DIALECT, false,
				"the autoload folder's added .torrent files are deleted, else renamed .loaded");
		add("dir_request", Handling.DIALECT, true, "maintenance request files c.utmr, wipl.utmr, rcf.utmr, sp.utmr");
		add("upnp", Handling.LAUNCH, false, "map the listen port with UPnP: torrentd.bittorrent.upnp");
		add("natpmp", Handling.LAUNCH, false, "map the listen port with NAT-PMP: torrentd.bittorrent.natpmp");
		add("lsd", Handling.LAUNCH, false, "local service discovery: torrentd.bittorrent.lsd");
		add("dht", Handling.LAUNCH, false, "the DHT: torrentd.bittorrent.dht");
		add("pex", Handling.LAUNCH, false, "peer exchange: torrentd.bittorrent.pex");
		add("rate_limit_local_peers", Handling.ENGINE_FIRST_START, false,
				"the global rate limits apply to LAN peers too");
		add("dir_root", Handling.DIALECT, false,
				"base of relative dir_active, dir_completed, dir_download and dir_torrent_files");
		add("disk_cache_max_size", Handling.NO_EFFECT, true,
				"libtorrent 2.0 reads and writes through memory-mapped files and leaves caching to the kernel");
		add("write_coalesce_max_size", Handling.NO_EFFECT, true,
				"libtorrent 2.0 writes through memory-mapped files; the kernel coalesces writes");
		add("progressive_piece_span", Handling.NO_EFFECT, true,
				"libtorrent has no progressive piece picker; sequential download is set per torrent");
		add("preferred_interface", Handling.NO_EFFECT, true,
				"libtorrent's UPnP and NAT-PMP find the interfaces themselves");
		add("admin_name", Handling.LAUNCH, false, "the user name: torrentd.auth.username");
		add("admin_password", Handling.LAUNCH, false,
				"the password: torrentd.auth.password (a blank one allowed, as utserver)");
		add("localhost_authentication", Handling.DIALECT, true,
				"false lets requests from the local host in without credentials");
		add("logmask", Handling.NO_EFFECT, true, "torrentd logs through Spring Boot: use logging.level.*");
		add("ut_webui_dir", Handling.DIALECT, true, "where webui.zip or the webui/ folder is served from");
		add("finish_cmd", Handling.DIALECT, false,
				"the program run when a torrent finishes (µTorrent's %F %D %N %S %P %L %T %M %I), set at each start");
		add("state_cmd", Handling.DIALECT, false,
				"the program run when a torrent changes state (µTorrent's placeholders), set at each start");
		add("uconnect_enable", Handling.NO_EFFECT, true, "µTorrent Remote (uConnect) no longer exists");
		add("uconnect_username", Handling.NO_EFFECT, true, "µTorrent Remote (uConnect) no longer exists");
		add("uconnect_password", Handling.NO_EFFECT, true, "µTorrent Remote (uConnect) no longer exists");
		add("low_cpu", Handling.NO_EFFECT, false, "libtorrent's network loop never sleeps on purpose");
		add("sequential_download", Handling.NO_EFFECT, false,
				"the engine downloads in order per torrent only (the torrent's sequential flag)");
		add("compact_allocation", Handling.NO_EFFECT, false, "libtorrent 2.0 has no compact allocation");
		add("prealloc_space", Handling.NO_EFFECT, false,
				"the engine does not expose preallocation; files are created sparse");
		add("minimize_kernel_caching", Handling.NO_EFFECT, false,
				"synchronous I/O for win32/vfat is not available with libtorrent's memory-mapped files");
		add("all_writes_sync", Handling.NO_EFFECT, false,
				"synchronous I/O is not available with libtorrent's memory-mapped files");
		add("randomize_bind_port", Handling.NO_EFFECT, false,
				"set bind_port, or port 0 in torrentd.bittorrent.listen-interfaces for a random port");
		add("token_auth_filter", Handling.DIALECT, false, "remote: requests from the local host need no token");
		add("encrypt_buffer_size", Handling.NO_EFFECT, false,
				"torrentd has no SSL buffer to size (server.ssl.* or a TLS proxy does TLS)");
		// regular settings
		add("bind_port", Handling.LAUNCH, false,
				"the BitTorrent port: torrentd.bittorrent.listen-interfaces 0.0.0.0:<port>,[::]:<port>");
		add("max_ul_rate", Handling.ENGINE_FIRST_START, false, "global upload limit, KiB/s, -1 unlimited");
		add("max_ul_rate_seed", Handling.NO_EFFECT, false,
				"the engine has no upload limit that applies only while seeding");
		add("conns_per_torrent", Handling.LAUNCH, false,
				"connections per torrent: torrentd.bittorrent.max-connections-per-torrent");
		add("max_total_connections", Handling.LAUNCH, false, "connections in all: torrentd.bittorrent.max-connections");
		add("auto_bandwidth_management", Handling.NO_EFFECT, false,
				"no automatic upload throttle for TCP (uTP's LEDBAT congestion control is always on)");
		add("max_dl_rate", Handling.ENGINE_FIRST_START, false, "global download limit, KiB/s, -1 unlimited");
		add("seed_ratio", Handling.ENGINE_FIRST_START, false, "global share ratio limit, percent, 0 none");
		add("seed_time", Handling.ENGINE_FIRST_START, false,
				"global seeding time limit, seconds (rounded up to minutes), 0 none");
	}

	private KnownSettings() {
	}

	private static void add(String name, Handling handling, boolean reloadable, String note) {
		ALL.put(name, new Setting(name, handling, reloadable, note));
	}

	/**
	 * A setting by name.
	 * @param name the name (any case)
	 * @return the setting, empty when the manual does not list it
	 */
	public static Optional<Setting> find(String name) {
		return Optional.ofNullable(ALL.get(name.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Every known setting, in the manual's order.
	 * @return the settings
	 */
	public static Collection<Setting> all() {
		return ALL.values();
	}

	/**
	 * Whether a reload changes a setting (the manual's "Reloadable Settings").
	 * @param name the name (any case)
	 * @return true for the reloadable ones; false for the others and unknown names
	 */
	public static boolean isReloadable(String name) {
		return find(name).map(Setting::reloadable).orElse(false);
	}

}
