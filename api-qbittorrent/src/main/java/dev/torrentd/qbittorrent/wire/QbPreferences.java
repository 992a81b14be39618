package dev.torrentd.qbittorrent.wire;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.qbittorrent.QbProfile;
import org.jspecify.annotations.Nullable;

/**
 * qBittorrent's {@code app/preferences} object and {@code app/setPreferences} (spec
 * §4.11; qBittorrent 5.1.4's {@code AppController::preferencesAction} and
 * {@code setPreferencesAction}). Four sources make the object: the engine settings (for
 * the 36 keys libtorrent really acts on: ports, DHT/PeX/LSD/UPnP, encryption, connection
 * and upload slots, speed limits, queueing, share limits, save path, incomplete folder,
 * content layout, add stopped …), the server's configuration (the WebUI credentials, port
 * and {@code torrentd.qbittorrent.*} login rules: shown, never written here), the shared
 * automation services (RSS, {@code scan_dirs}, {@code autorun_*}:
 * {@link AutomationPreferences}) and the dialect's own store for the rest, with
 * qBittorrent 5.1.4's defaults. Speeds are bytes/s, times as qBittorrent names them
 * (minutes for share limits, seconds for the WebUI).
 */
public final class QbPreferences {

	/** Keys only an older WebUI writes: qBittorrent reads but never shows them. */
	private static final String START_PAUSED = "start_paused_enabled";

	/** Values qBittorrent computes and does not let clients set. */
	private static final Set<String> READ_ONLY = Set.of("add_trackers_url_list", "current_interface_name");

	/**
	 * Keys that come from the server's configuration ({@code torrentd.auth.*},
	 * {@code server.port}, {@code torrentd.qbittorrent.*}); writes are ignored because
	 * the login rules are fixed when the server starts.
	 */
	public static final Set<String> SERVER_KEYS = Set.of("web_ui_username", "web_ui_password", "web_ui_port",
			"bypass_local_auth", "bypass_auth_subnet_whitelist_enabled", "bypass_auth_subnet_whitelist",
			"web_ui_max_auth_fail_count", "web_ui_ban_duration", "web_ui_session_timeout",
			"web_ui_csrf_protection_enabled");

	/**
	 * Every preference kept in the dialect's store, with qBittorrent 5.1.4's default
	 * (Linux, qbittorrent-nox). The type of each default is the JSON type of the key;
	 * written values are converted to it. {@code temp_path} and {@code file_log_path}
	 * default to paths computed when read; {@code temp_path} is kept here so that the
	 * incomplete folder is remembered while it is off (the engine has it while it is on).
	 */
	public static final Map<String, Object> STORED_DEFAULTS = storedDefaults();

	private QbPreferences() {
	}

	/**
	 * The global speed limits qBittorrent knows, whichever is in force.
	 *
	 * @param download normal download limit, bytes/s, 0 for none
	 * @param upload normal upload limit, bytes/s, 0 for none
	 * @param altDownload alternative download limit, bytes/s, 0 for none
	 * @param altUpload alternative upload limit, bytes/s, 0 for none
	 */
	public record SpeedLimits(long download, long upload, long altDownload, long altUpload) {

		/** qBittorrent's defaults: no normal limits, 10 KiB/s alternative limits. */
		public static final SpeedLimits DEFAULTS = new SpeedLimits(0, 0, 10 * 1024, 10 * 1024);

	}

	/**
	 * What the server's configuration says about the WebUI.
	 *
	 * @param profile the qBittorrent release presented
	 * @param username the login name ({@code torrentd.auth.username})
	 * @param port the HTTP port ({@code server.port})
	 * @param maxAuthFailCount failed logins before a ban, 0 for no ban
	 * @param banDurationSeconds ban duration
	 * @param sessionTimeoutSeconds session idle timeout
	 * @param csrfProtection whether the CSRF check is on
	 * @param bypassLocalAuth whether loopback clients need no login
	 * @param bypassAuthSubnetWhitelist subnets whose clients need no login
	 * @param fileLogPath where qBittorrent would keep its log files (shown as the
	 * {@code file_log_path} default)
	 */
	public record Server(QbProfile profile, String username, int port, int maxAuthFailCount, long banDurationSeconds,
			long sessionTimeoutSeconds, boolean csrfProtection, boolean bypassLocalAuth,
			List<String> bypassAuthSubnetWhitelist, String fileLogPath) {
	}

	/**
	 * The result of {@code app/setPreferences}.
	 *
	 * @param settings the engine settings to apply (speed limits excluded: see
	 * {@code limits})
	 * @param limits the speed limits to keep
	 * @param automation the automation services' settings to apply (equal to those in
	 * force where nothing changes)
	 * @param stored the dialect-only preferences that change
	 * @param ignored keys that were present but are not written (server keys, read-only
	 * keys), for the log
	 */
	public record Update(EngineSettings settings, SpeedLimits limits, AutomationPreferences.Settings automation,
			Map<String, Object> stored, List<String> ignored) {
	}

	/**
	 * The {@code app/preferences} object with the automation services' defaults, keys
	 * sorted (see
	 * {@link #read(EngineSettings, SpeedLimits, AutomationPreferences.Settings, Map, Server)}).
	 * @param settings the engine settings
	 * @param limits the normal and alternative speed limits
	 * @param stored the dialect's stored values
	 * @param server what the server's configuration says
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> read(EngineSettings settings, SpeedLimits limits, Map<String, ?> stored,
			Server server) {
		return read(settings, limits, AutomationPreferences.Settings.DEFAULTS, stored, server);
	}

	/**
	 * The {@code app/preferences} object, keys sorted.
	 * @param settings the engine settings
	 * @param limits the normal and alternative speed limits
	 * @param automation the automation services' settings
	 * @param stored the dialect's stored values (missing keys take the defaults; values
	 * of another type are converted)
	 * @param server what the server's configuration says
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> read(EngineSettings settings, SpeedLimits limits,
			AutomationPreferences.Settings automation, Map<String, ?> stored, Server server) {
		Map<String, Object> json = new TreeMap<>();
		STORED_DEFAULTS.forEach((key, fallback) -> {
			Object value = stored.get(key);
			Object converted = (value != null) ? convert(key, value, fallback) : null;
			json.put(key, (converted != null) ? converted : fallback);
		});
		if (stored.get("temp_path") == null) {
			json.put("temp_path", settings.defaultSavePath().resolve("temp").toString());
		}
		if (stored.get("file_log_path") == null) {
			json.put("file_log_path", server.fileLogPath());
		}
		readEngine(settings, limits, json);
		AutomationPreferences.read(automation, json);
		readServer(server, json);
		if (server.profile() == QbProfile.V4_6) {
			json.put(START_PAUSED, settings.addStopped());
		}
		return json;
	}

	private static void readEngine(EngineSettings s, SpeedLimits limits, Map<String, Object> json) {
		int port = listenPort(s.listenInterfaces());
		json.put("listen_port", port);
		json.put("random_port", port == 0);
		json.put("upnp", s.upnp());
		json.put("max_connec", s.maxConnections());
		json.put("max_connec_per_torrent", s.maxConnectionsPerTorrent());
		json.put("max_uploads", s.maxUploads());
		json.put("max_uploads_per_torrent", s.maxUploadsPerTorrent());
		json.put("dl_limit", limits.download());
		json.put("up_limit", limits.upload());
		json.put("alt_dl_limit", limits.altDownload());
		json.put("alt_up_limit", limits.altUpload());
		json.put("bittorrent_protocol", s.protocols().ordinal());
		json.put("limit_lan_peers", s.rateLimitLocalPeers());
		json.put("banned_IPs", String.join("\n", s.bannedAddresses()));
		json.put("dht", s.dht());
		json.put("pex", s.pex());
		json.put("lsd", s.lsd());
		json.put("encryption", s.encryption().ordinal());
		json.put("queueing_enabled", s.queueingEnabled());
		json.put("max_active_downloads", s.maxActiveDownloads());
		json.put("max_active_torrents", s.maxActiveTorrents());
		json.put("max_active_uploads", s.maxActiveUploads());
		json.put("dont_count_slow_torrents", s.dontCountSlowTorrents());
		json.put("enable_multi_connections_from_same_ip", s.multipleConnectionsPerIp());
		json.put("save_path", s.defaultSavePath().toString());
		json.put("temp_path_enabled", s.incompleteSavePath() != null);
		if (s.incompleteSavePath() != null) {
			json.put("temp_path", s.incompleteSavePath().toString());
		}
		json.put("auto_tmm_enabled", s.autoManagedSavePath());
		json.put("torrent_content_layout", QbNames.contentLayout(s.contentLayout()));
		json.put("add_stopped_enabled", s.addStopped());
		GlobalShareLimits share = s.shareLimits();
		json.put("max_ratio_enabled", share.ratioLimit() >= 0);
		json.put("max_ratio", number(share.ratioLimit()));
		json.put("max_seeding_time_enabled", share.seedingTimeLimitMinutes() >= 0);
		json.put("max_seeding_time", clampInt(share.seedingTimeLimitMinutes()));
		json.put("max_inactive_seeding_time_enabled", share.inactiveSeedingTimeLimitMinutes() >= 0);
		json.put("max_inactive_seeding_time", clampInt(share.inactiveSeedingTimeLimitMinutes()));
		json.put("max_ratio_act", shareLimitAction(share.action()));
	}

	private static void readServer(Server server, Map<String, Object> json) {
		json.put("web_ui_username", server.username());
		json.put("web_ui_port", server.port());
		json.put("web_ui_max_auth_fail_count", server.maxAuthFailCount());
		json.put("web_ui_ban_duration", clampInt(server.banDurationSeconds()));
		json.put("web_ui_session_timeout", clampInt(server.sessionTimeoutSeconds()));
		json.put("web_ui_csrf_protection_enabled", server.csrfProtection());
		json.put("bypass_local_auth", server.bypassLocalAuth());
		json.put("bypass_auth_subnet_whitelist_enabled", !server.bypassAuthSubnetWhitelist().isEmpty());
		json.put("bypass_auth_subnet_whitelist", String.join("\n", server.bypassAuthSubnetWhitelist()));
	}

	/**
	 * Applies a {@code setPreferences} object: only the keys present, unknown keys
	 * ignored, values converted as qBittorrent's {@code QVariant} does ({@code "1"} is
	 * true, {@code 2.6} is 3). Share limits follow WebAPI 2.11.6 ({@code max_ratio} is
	 * applied without {@code max_ratio_enabled}; {@code max_ratio_enabled: false} wins).
	 * @param json the parsed {@code json} parameter
	 * @param settings the engine settings in force
	 * @param limits the speed limits in force
	 * @return the new settings, limits and stored values
	 */
	public static Update update(Map<String, ?> json, EngineSettings settings, SpeedLimits limits) {
		return update(json, settings, limits, AutomationPreferences.Settings.DEFAULTS, Map.of());
	}

	/**
	 * Applies a {@code setPreferences} object (see
	 * {@link #update(Map, EngineSettings, SpeedLimits)}), with the dialect's stored
	 * values for what a key refers to: {@code temp_path_enabled} alone turns on the
	 * {@code temp_path} remembered from before.
	 * @param json the parsed {@code json} parameter
	 * @param settings the engine settings in force
	 * @param limits the speed limits in force
	 * @param automation the automation services' settings in force
	 * @param stored the dialect's stored values
	 * @return the new settings, limits, automation settings and stored values
	 */
	public static Update update(Map<String, ?> json, EngineSettings settings, SpeedLimits limits,
			AutomationPreferences.Settings automation, Map<String, ?> stored) {
		Update update = updateWithoutTempPath(json, settings, limits, automation);
		if (!json.containsKey("temp_path_enabled") && !json.containsKey("temp_path")) {
			return update;
		}
		// after save_path, as qBittorrent applies them: a relative temp_path is under the
		// new save path
		EngineSettings next = update.settings();
		boolean enabled = json.containsKey("temp_path_enabled") ? toBool(json.get("temp_path_enabled"))
				: settings.incompleteSavePath() != null;
		Map<String, Object> nextStored = new LinkedHashMap<>(update.stored());
		Path path = json.containsKey("temp_path") ? tempPath(toStr(json.get("temp_path")), next.defaultSavePath())
				: null;
		if (path != null) {
			nextStored.put("temp_path", path.toString());
		}
		else {
			// not given, or not a path: the folder in force or remembered
			nextStored.remove("temp_path");
			path = currentTempPath(settings, stored, next.defaultSavePath());
		}
		return new Update(next.toBuilder().incompleteSavePath(enabled ? path : null).build(), update.limits(),
				update.automation(), Collections.unmodifiableMap(nextStored), update.ignored());
	}

	/**
	 * A {@code temp_path} as qBittorrent's {@code SessionImpl::setDownloadPath} resolves
	 * it: absolute as given, relative (or empty) under {@code <save_path>/temp}.
	 */
	private static @Nullable Path tempPath(String text, Path savePath) {
		try {
			Path path = Path.of(text.trim());
			return path.isAbsolute() ? path.normalize() : savePath.resolve("temp").resolve(path).normalize();
		}
		catch (java.nio.file.InvalidPathException ex) {
			return null;
		}
	}

	/**
	 * The incomplete folder in force, else the one remembered, else qBittorrent's default
	 * {@code <save_path>/temp}.
	 */
	private static Path currentTempPath(EngineSettings settings, Map<String, ?> stored, Path savePath) {
		if (settings.incompleteSavePath() != null) {
			return settings.incompleteSavePath();
		}
		Object remembered = stored.get("temp_path");
		String text = (remembered != null) ? toStr(remembered) : "";
		Path path = text.isBlank() ? null : tempPath(text, savePath);
		return (path != null) ? path : savePath.resolve("temp");
	}

	private static Update updateWithoutTempPath(Map<String, ?> json, EngineSettings settings, SpeedLimits limits,
			AutomationPreferences.Settings automation) {
		EngineSettings.Builder engine = settings.toBuilder();
		Map<String, Object> stored = new LinkedHashMap<>();
		List<String> ignored = new ArrayList<>();
		for (Map.Entry<String, ?> entry : json.entrySet()) {
			String key = entry.getKey();
			Object value = entry.getValue();
			if (SERVER_KEYS.contains(key) || READ_ONLY.contains(key)) {
				ignored.add(key);
			}
			else if (STORED_DEFAULTS.containsKey(key)) {
				Object converted = convert(key, value, STORED_DEFAULTS.get(key));
				if (converted != null) {
					stored.put(key, converted);
				}
			}
			else if (!AutomationPreferences.KEYS.contains(key)) {
				// the automation keys are applied below, all at once
				updateEngine(key, value, engine, settings);
			}
		}
		if (toBool(json.get("random_port"))) {
			// deprecated: true means port 0, and it wins over listen_port as in
			// qBittorrent
			engine.listenInterfaces(withPort(settings.listenInterfaces(), 0));
		}
		engine.shareLimits(shareLimits(json, settings.shareLimits()));
		return new Update(engine.build(), speedLimits(json, limits), AutomationPreferences.update(json, automation),
				Collections.unmodifiableMap(stored), List.copyOf(ignored));
	}

	private static void updateEngine(String key, @Nullable Object value, EngineSettings.Builder engine,
			EngineSettings current) {
		switch (key) {
			case "listen_port" -> {
				int port = toInt(value);
				if (port >= 0 && port <= 65535) {
					engine.listenInterfaces(withPort(current.listenInterfaces(), port));
				}
			}
			case "upnp" -> engine.upnp(toBool(value)).natpmp(toBool(value));
			case "max_connec" -> engine.maxConnections(positiveOrUnlimited(value));
			case "max_connec_per_torrent" -> engine.maxConnectionsPerTorrent(positiveOrUnlimited(value));
			case "max_uploads" -> engine.maxUploads(positiveOrUnlimited(value));
			case "max_uploads_per_torrent" -> engine.maxUploadsPerTorrent(positiveOrUnlimited(value));
			case "bittorrent_protocol" ->
				engine.protocols(PeerProtocols.values()[Math.max(0, Math.min(2, toInt(value)))]);
			case "limit_lan_peers" -> engine.rateLimitLocalPeers(toBool(value));
			case "dht" -> engine.dht(toBool(value));
			case "pex" -> engine.pex(toBool(value));
			case "lsd" -> engine.lsd(toBool(value));
			case "encryption" -> engine.encryption(encryption(toInt(value)));
			case "queueing_enabled" -> engine.queueingEnabled(toBool(value));
			case "max_active_downloads" -> engine.maxActiveDownloads(Math.max(-1, toInt(value)));
			case "max_active_torrents" -> engine.maxActiveTorrents(Math.max(-1, toInt(value)));
			case "max_active_uploads" -> engine.maxActiveUploads(Math.max(-1, toInt(value)));
			case "dont_count_slow_torrents" -> engine.dontCountSlowTorrents(toBool(value));
			case "enable_multi_connections_from_same_ip" -> engine.multipleConnectionsPerIp(toBool(value));
			case "save_path" -> {
				String path = toStr(value).trim();
				// a relative path would be resolved against the server's working
				// directory
				if (!path.isEmpty() && Path.of(path).isAbsolute()) {
					engine.defaultSavePath(Path.of(path));
				}
			}
			case "auto_tmm_enabled" -> engine.autoManagedSavePath(toBool(value));
			case "torrent_content_layout" -> engine
				.contentLayout(Objects.requireNonNullElse(QbNames.contentLayout(toStr(value)), ContentLayout.ORIGINAL));
			case "add_stopped_enabled", START_PAUSED -> engine.addStopped(toBool(value));
			case "banned_IPs" -> engine.bannedAddresses(PeerAddresses.ipLiterals(toStr(value).split("[\\n,]")));
			default -> {
				// unknown keys, speed limits and share limits: not here
			}
		}
	}

	private static SpeedLimits speedLimits(Map<String, ?> json, SpeedLimits limits) {
		return new SpeedLimits(limit(json, "dl_limit", limits.download()), limit(json, "up_limit", limits.upload()),
				limit(json, "alt_dl_limit", limits.altDownload()), limit(json, "alt_up_limit", limits.altUpload()));
	}

	private static long limit(Map<String, ?> json, String key, long current) {
		return json.containsKey(key) ? roundLimit(toLong(json.get(key))) : current;
	}

	/**
	 * A global speed limit as qBittorrent stores it: whole KiB/s, rounded down, but any
	 * limit from 1 to 1024 B/s becomes 1 KiB/s; 0 or less is no limit.
	 * @param bytesPerSecond the requested limit
	 * @return the limit in force, bytes/s, 0 for none
	 */
	public static long roundLimit(long bytesPerSecond) {
		if (bytesPerSecond <= 0) {
			return 0;
		}
		if (bytesPerSecond <= 1024) {
			return 1024;
		}
		// qBittorrent keeps the limit as a KiB/s int
		return Math.min(bytesPerSecond / 1024, Integer.MAX_VALUE / 1024) * 1024;
	}

	private static GlobalShareLimits shareLimits(Map<String, ?> json, GlobalShareLimits current) {
		double ratio = current.ratioLimit();
		if (json.containsKey("max_ratio_enabled") && !toBool(json.get("max_ratio_enabled"))) {
			ratio = ShareLimits.NO_LIMIT;
		}
		else if (json.containsKey("max_ratio")) {
			double value = toReal(json.get("max_ratio"));
			ratio = (value < 0 || !Double.isFinite(value)) ? ShareLimits.NO_LIMIT : value;
		}
		long seeding = minutes(json, "max_seeding_time", current.seedingTimeLimitMinutes());
		long inactive = minutes(json, "max_inactive_seeding_time", current.inactiveSeedingTimeLimitMinutes());
		ShareLimitAction action = json.containsKey("max_ratio_act") ? shareLimitAction(toInt(json.get("max_ratio_act")))
				: current.action();
		return new GlobalShareLimits(ratio, seeding, inactive, action);
	}

	private static long minutes(Map<String, ?> json, String key, long current) {
		if (json.containsKey(key + "_enabled") && !toBool(json.get(key + "_enabled"))) {
			return ShareLimits.NO_LIMIT;
		}
		if (json.containsKey(key)) {
			return Math.max(ShareLimits.NO_LIMIT, toInt(json.get(key)));
		}
		return current;
	}

	private static int shareLimitAction(ShareLimitAction action) {
		return switch (action) {
			case REMOVE -> 1;
			case ENABLE_SUPER_SEEDING -> 2;
			case REMOVE_WITH_CONTENT -> 3;
			default -> 0;
		};
	}

	private static ShareLimitAction shareLimitAction(int value) {
		return switch (value) {
			case 1 -> ShareLimitAction.REMOVE;
			case 2 -> ShareLimitAction.ENABLE_SUPER_SEEDING;
			case 3 -> ShareLimitAction.REMOVE_WITH_CONTENT;
			default -> ShareLimitAction.STOP;
		};
	}

	private static EncryptionMode encryption(int value) {
		return switch (value) {
			case 1 -> EncryptionMode.REQUIRE;
			case 2 -> EncryptionMode.DISABLE;
			default -> EncryptionMode.PREFER;
		};
	}

	private static int positiveOrUnlimited(@Nullable Object value) {
		int n = toInt(value);
		return (n > 0) ? n : -1;
	}

	/**
	 * The port of libtorrent's listen interfaces ({@code 0.0.0.0:6881,[::]:6881}): the
	 * first entry's.
	 * @param listenInterfaces the engine setting
	 * @return the port, 0 for a random one or when none is given
	 */
	static int listenPort(String listenInterfaces) {
		for (String entry : listenInterfaces.split(",")) {
			int colon = entry.lastIndexOf(':');
			if (colon >= 0) {
				String digits = entry.substring(colon + 1).trim().replaceAll("[^0-9].*$", "");
				if (!digits.isEmpty() && digits.length() <= 5) {
					return Integer.parseInt(digits);
				}
			}
		}
		return 0;
	}

	/**
	 * Listen interfaces with another port (libtorrent's {@code s} suffix for SSL is
	 * kept).
	 * @param listenInterfaces the engine setting
	 * @param port the new port
	 * @return the new setting
	 */
	static String withPort(String listenInterfaces, int port) {
		List<String> entries = new ArrayList<>();
		for (String entry : listenInterfaces.split(",")) {
			String e = entry.trim();
			int colon = e.lastIndexOf(':');
			if (colon < 0 || e.endsWith("]")) {
				entries.add(e + ":" + port);
			}
			else {
				String suffix = e.substring(colon + 1).replaceAll("^[0-9]*", "");
				entries.add(e.substring(0, colon + 1) + port + suffix);
			}
		}
		return String.join(",", entries);
	}

	// ---- qBittorrent's QVariant conversions ----

	private static @Nullable Object convert(String key, @Nullable Object value, Object fallback) {
		if (fallback instanceof Boolean) {
			return toBool(value);
		}
		if (fallback instanceof Integer) {
			return convertInt(key, toInt(value));
		}
		if (fallback instanceof Long) {
			return toLong(value);
		}
		return convertString(key, toStr(value));
	}

	private static @Nullable Object convertInt(String key, int value) {
		return switch (key) {
			// a QTime: hours and minutes out of range make an invalid time, not stored
			case "schedule_from_hour", "schedule_to_hour" -> (value >= 0 && value < 24) ? value : null;
			case "schedule_from_min", "schedule_to_min" -> (value >= 0 && value < 60) ? value : null;
			default -> value;
		};
	}

	private static String convertString(String key, String value) {
		return switch (key) {
			case "torrent_stop_condition" -> oneOf(value, "None", "None", "MetadataReceived", "FilesChecked");
			case "proxy_type" -> oneOf(value, "None", "None", "HTTP", "SOCKS5", "SOCKS4");
			case "resume_data_storage_type" -> oneOf(value, "Legacy", "Legacy", "SQLite");
			case "torrent_content_remove_option" -> oneOf(value, "MoveToTrash", "Delete", "MoveToTrash");
			case "current_interface_address", "announce_ip" -> value.trim();
			default -> value;
		};
	}

	private static String oneOf(String value, String fallback, String... names) {
		for (String name : names) {
			if (name.equals(value)) {
				return name;
			}
		}
		return fallback;
	}

	static boolean toBool(@Nullable Object value) {
		if (value instanceof Boolean b) {
			return b;
		}
		if (value instanceof Number n) {
			return n.doubleValue() != 0;
		}
		if (value instanceof String s) {
			return !(s.isEmpty() || s.equals("0") || s.equalsIgnoreCase("false"));
		}
		return false;
	}

	static int toInt(@Nullable Object value) {
		return clampInt(toLong(value));
	}

	static long toLong(@Nullable Object value) {
		if (value instanceof Double || value instanceof Float) {
			return Math.round(((Number) value).doubleValue());
		}
		if (value instanceof Number n) {
			return n.longValue();
		}
		if (value instanceof Boolean b) {
			return b ? 1 : 0;
		}
		if (value instanceof String s) {
			try {
				return Long.parseLong(s.trim());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}
		return 0;
	}

	static double toReal(@Nullable Object value) {
		if (value instanceof Number n) {
			return n.doubleValue();
		}
		if (value instanceof Boolean b) {
			return b ? 1 : 0;
		}
		if (value instanceof String s) {
			try {
				return Double.parseDouble(s.trim());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}
		return 0;
	}

	static String toStr(@Nullable Object value) {
		if (value instanceof String s) {
			return s;
		}
		if (value instanceof Boolean || value instanceof Number) {
			return String.valueOf(number(value));
		}
		return "";
	}

	/**
	 * A number as Qt's JSON writes it: integral values without a fraction ({@code -1},
	 * not {@code -1.0}).
	 */
	private static Object number(Object value) {
		if (value instanceof Double d && !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 1e15) {
			return d.longValue();
		}
		return value;
	}

	private static int clampInt(long value) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
	}

	private static Map<String, Object> storedDefaults() {
		Map<String, Object> d = new TreeMap<>();
		// Behavior
		d.put("locale", "en");
		d.put("performance_warning", false);
		d.put("status_bar_external_ip", false);
		d.put("confirm_torrent_deletion", true);
		d.put("file_log_enabled", true);
		d.put("file_log_path", "");
		d.put("file_log_backup_enabled", true);
		d.put("file_log_max_size", 65);
		d.put("file_log_delete_old", true);
		d.put("file_log_age", 1);
		d.put("file_log_age_type", 1);
		d.put("delete_torrent_content_files", false);
		// Downloads
		d.put("add_to_top_of_queue", false);
		d.put("torrent_stop_condition", "None");
		d.put("merge_trackers", false);
		d.put("auto_delete_mode", 0);
		d.put("preallocate_all", false);
		d.put("incomplete_files_ext", false);
		d.put("use_unwanted_folder", false);
		d.put("torrent_changed_tmm_enabled", true);
		d.put("save_path_changed_tmm_enabled", false);
		d.put("category_changed_tmm_enabled", false);
		d.put("use_subcategories", false);
		d.put("temp_path", "");
		d.put("use_category_paths_in_manual_mode", false);
		d.put("export_dir", "");
		d.put("export_dir_fin", "");
		d.put("excluded_file_names_enabled", false);
		d.put("excluded_file_names", "");
		d.put("mail_notification_enabled", false);
		d.put("mail_notification_sender", "qBittorrent_notification@example.com");
		d.put("mail_notification_email", "");
		d.put("mail_notification_smtp", "smtp.changeme.com");
		d.put("mail_notification_ssl_enabled", false);
		d.put("mail_notification_auth_enabled", false);
		d.put("mail_notification_username", "");
		d.put("mail_notification_password", "");
		// Connection (torrentd has no SSL torrents, I2P or proxy support: stored only)
		d.put("ssl_enabled", false);
		d.put("ssl_listen_port", 0);
		d.put("i2p_enabled", false);
		d.put("i2p_address", "127.0.0.1");
		d.put("i2p_port", 7656);
		d.put("i2p_mixed_mode", false);
		d.put("i2p_inbound_quantity", 3);
		d.put("i2p_outbound_quantity", 3);
		d.put("i2p_inbound_length", 3);
		d.put("i2p_outbound_length", 3);
		d.put("proxy_type", "None");
		d.put("proxy_ip", "");
		d.put("proxy_port", 8080);
		d.put("proxy_auth_enabled", false);
		d.put("proxy_username", "");
		d.put("proxy_password", "");
		d.put("proxy_hostname_lookup", true);
		d.put("proxy_bittorrent", false);
		d.put("proxy_peer_connections", false);
		d.put("proxy_rss", false);
		d.put("proxy_misc", false);
		d.put("ip_filter_enabled", false);
		d.put("ip_filter_path", "");
		d.put("ip_filter_trackers", false);
		// Speed
		d.put("limit_utp_rate", true);
		d.put("limit_tcp_overhead", false);
		d.put("scheduler_enabled", false);
		d.put("schedule_from_hour", 8);
		d.put("schedule_from_min", 0);
		d.put("schedule_to_hour", 20);
		d.put("schedule_to_min", 0);
		d.put("scheduler_days", 0);
		// BitTorrent
		d.put("anonymous_mode", false);
		d.put("max_active_checking_torrents", 1);
		d.put("slow_torrent_dl_rate_threshold", 2);
		d.put("slow_torrent_ul_rate_threshold", 2);
		d.put("slow_torrent_inactive_timer", 60);
		d.put("add_trackers_enabled", false);
		d.put("add_trackers", "");
		d.put("add_trackers_from_url_enabled", false);
		d.put("add_trackers_url", "");
		d.put("add_trackers_url_list", "");
		// WebUI (what the server configuration does not decide)
		d.put("web_ui_domain_list", "*");
		d.put("web_ui_address", "*");
		d.put("web_ui_upnp", false);
		d.put("use_https", false);
		d.put("web_ui_https_cert_path", "");
		d.put("web_ui_https_key_path", "");
		d.put("alternative_webui_enabled", false);
		d.put("alternative_webui_path", "");
		d.put("web_ui_clickjacking_protection_enabled", true);
		d.put("web_ui_secure_cookie_enabled", true);
		d.put("web_ui_host_header_validation_enabled", true);
		d.put("web_ui_use_custom_http_headers_enabled", false);
		d.put("web_ui_custom_http_headers", "");
		d.put("web_ui_reverse_proxy_enabled", false);
		d.put("web_ui_reverse_proxies_list", "");
		d.put("dyndns_enabled", false);
		d.put("dyndns_service", 0);
		d.put("dyndns_username", "");
		d.put("dyndns_password", "");
		d.put("dyndns_domain", "changeme.dyndns.org");
		// Advanced: qBittorrent
		d.put("resume_data_storage_type", "Legacy");
		d.put("torrent_content_remove_option", "Delete");
		d.put("memory_working_set_limit", 512);
		d.put("current_network_interface", "");
		d.put("current_interface_name", "");
		d.put("current_interface_address", "");
		d.put("save_resume_data_interval", 60);
		d.put("save_statistics_interval", 15);
		d.put("torrent_file_size_limit", 100L * 1024 * 1024);
		d.put("confirm_torrent_recheck", true);
		d.put("recheck_completed_torrents", false);
		d.put("app_instance_name", "");
		d.put("refresh_interval", 1500);
		d.put("resolve_peer_countries", true);
		d.put("reannounce_when_address_changed", false);
		d.put("enable_embedded_tracker", false);
		d.put("embedded_tracker_port", 9000);
		d.put("embedded_tracker_port_forwarding", false);
		d.put("mark_of_the_web", true);
		d.put("ignore_ssl_errors", false);
		d.put("python_executable_path", "");
		// Advanced: libtorrent (the engine's own tuning applies, these are stored only)
		d.put("bdecode_depth_limit", 100);
		d.put("bdecode_token_limit", 10_000_000);
		d.put("async_io_threads", 10);
		d.put("hashing_threads", 1);
		d.put("file_pool_size", 100);
		d.put("checking_memory_use", 32);
		d.put("disk_cache", -1);
		d.put("disk_cache_ttl", 60);
		d.put("disk_queue_size", 1024L * 1024);
		d.put("disk_io_type", 0);
		d.put("disk_io_read_mode", 1);
		d.put("disk_io_write_mode", 1);
		d.put("enable_coalesce_read_write", false);
		d.put("enable_piece_extent_affinity", false);
		d.put("enable_upload_suggestions", false);
		d.put("send_buffer_watermark", 500);
		d.put("send_buffer_low_watermark", 10);
		d.put("send_buffer_watermark_factor", 50);
		d.put("connection_speed", 30);
		d.put("socket_send_buffer_size", 0);
		d.put("socket_receive_buffer_size", 0);
		d.put("socket_backlog_size", 30);
		d.put("outgoing_ports_min", 0);
		d.put("outgoing_ports_max", 0);
		d.put("upnp_lease_duration", 0);
		d.put("peer_tos", 4);
		d.put("utp_tcp_mixed_mode", 0);
		d.put("idn_support_enabled", false);
		d.put("validate_https_tracker_certificate", true);
		d.put("ssrf_mitigation", true);
		d.put("block_peers_on_privileged_ports", false);
		d.put("upload_slots_behavior", 0);
		d.put("upload_choking_algorithm", 1);
		d.put("announce_to_all_trackers", false);
		d.put("announce_to_all_tiers", true);
		d.put("announce_ip", "");
		d.put("announce_port", 0);
		d.put("max_concurrent_http_announces", 50);
		d.put("stop_tracker_timeout", 2);
		d.put("peer_turnover", 4);
		d.put("peer_turnover_cutoff", 90);
		d.put("peer_turnover_interval", 300);
		d.put("request_queue_size", 500);
		d.put("dht_bootstrap_nodes",
				"dht.libtorrent.org:25401, dht.transmissionbt.com:6881, router.bittorrent.com:6881");
		return Collections.unmodifiableMap(d);
	}

}
