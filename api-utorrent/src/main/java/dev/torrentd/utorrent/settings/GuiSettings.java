package dev.torrentd.utorrent.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.utorrent.UtStorage;
import dev.torrentd.utorrent.UtorrentProperties;
import dev.torrentd.utorrent.auth.ServerAccount;
import dev.torrentd.utorrent.server.AutomationSettings;
import dev.torrentd.utorrent.server.UtserverConfig;
import dev.torrentd.utorrent.server.UtserverSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * µTorrent's settings as {@code getsettings} lists them and {@code setsetting} changes
 * them (µTorrent Server manual, "Modifying Settings"). Four kinds:
 * <ul>
 * <li><b>engine-backed</b> ({@code bind_port}, rate and connection limits, DHT/PEX/LSD,
 * encryption, queueing, share limits, the default save path …): read from and written to
 * the engine's {@link EngineSettings}, in µTorrent's units (KiB/s with 0 for none,
 * {@code seed_ratio} per mille, {@code seed_time} seconds);</li>
 * <li><b>read-only</b> ({@code access R}): what comes from {@code utserver.conf}
 * ({@code dir_completed_download}, {@code webui.token_auth} …) or from the server itself
 * ({@code webui.port}, {@code install_revision});</li>
 * <li><b>automation-backed</b>: {@code dir_autoload_flag}, {@code dir_autoload},
 * {@code dir_autoload_delete} (µTorrent's entry of the shared {@link WatchFolders}, see
 * {@link AutomationSettings}; the directory and the delete switch are remembered while
 * the flag is off), {@code finish_cmd} and {@code state_cmd} (the shared
 * {@link EventPrograms}, "" for none);</li>
 * <li><b>the dialect's own</b> (the WebUI's {@code webui.cookie}, {@code gui.*}, the
 * guest account, {@code webui.restrict}, the transfer cap and scheduler fields …): kept
 * in {@code settings.json} of the dialect's storage (µTorrent's {@code settings.dat}),
 * rewritten atomically on change. Those with no engine equivalent (the scheduler,
 * {@code max_ul_rate_seed}, the transfer cap) are remembered and shown, not applied.</li>
 * </ul>
 * The user name and password are the server's account ({@link ServerAccount}).
 */
@Component
public class GuiSettings {

	private static final Logger log = LoggerFactory.getLogger(GuiSettings.class);

	static final String FILE_NAME = "settings.json";

	/**
	 * {@code webui.restrict} lists addresses separated by commas, semicolons or blanks.
	 */
	private static final Pattern RESTRICT_SEPARATORS = Pattern.compile("[,;\\s]+");

	/**
	 * The reference WebUI reads 7 × 24 hourly scheduler cells (0.388 main.js pads and
	 * cuts {@code sched_table} to 168); a µTorrent 3.5.5 capture has 168 zeros.
	 */
	private static final String SCHED_TABLE_OFF = "0".repeat(7 * 24);

	/** µTorrent 3.5.5's rate menus (getsettings capture, spec §2.7). */
	private static final String RATE_MENU = "0,5,10,15,20,30,40,50,100,150,200,300,400,500";

	private final TorrentEngine engine;

	private final ServerAccount account;

	private final WatchFolders watchFolders;

	private final EventPrograms eventPrograms;

	private final Supplier<UtserverSettings> server;

	private final IntSupplier webuiPort;

	private final int build;

	private final Path file;

	private final Map<String, Setting> settings;

	/** The dialect's own values by name (as strings, canonical for their type). */
	private volatile Map<String, String> stored;

	/**
	 * The settings over the application's beans.
	 * @param engine the engine
	 * @param storage where {@code settings.json} is kept
	 * @param utserver the {@code utserver.conf} settings in force
	 * @param account the server's user
	 * @param watchFolders the watch folders ({@code dir_autoload})
	 * @param eventPrograms the event programs ({@code finish_cmd}, {@code state_cmd})
	 * @param properties the dialect's configuration ({@code install_revision} is its
	 * build)
	 * @param environment where the HTTP port is ({@code local.server.port}, else
	 * {@code server.port}, else 8080)
	 */
	@Autowired
	public GuiSettings(TorrentEngine engine, UtStorage storage, UtserverConfig utserver, ServerAccount account,
			WatchFolders watchFolders, EventPrograms eventPrograms, UtorrentProperties properties,
			Environment environment) {
		this(engine, storage.directory(), utserver::current, account, watchFolders, eventPrograms, properties.build(),
				() -> httpPort(environment));
	}

	GuiSettings(TorrentEngine engine, Path directory, Supplier<UtserverSettings> server, ServerAccount account,
			WatchFolders watchFolders, EventPrograms eventPrograms, int build, IntSupplier webuiPort) {
		this.engine = engine;
		this.account = account;
		this.watchFolders = watchFolders;
		this.eventPrograms = eventPrograms;
		this.server = server;
		this.webuiPort = webuiPort;
		this.build = build;
		this.file = directory.resolve(FILE_NAME);
		this.settings = definitions();
		this.stored = load(this.file, this.settings);
	}

	/**
	 * Every readable setting as {@code [name, type, value, {"access": "Y"|"R"|"W"}]}:
	 * type 0 integer, 1 boolean, 2 string; the value always a string
	 * ({@code "true"/"false"} for booleans, a decimal for integers, {@code ""} for the
	 * write-only {@code webui.password}). Names are unique (Sonarr builds a dictionary of
	 * them).
	 * @return the entries, in a fixed order
	 */
	public List<List<Object>> rows() {
		View view = view();
		List<List<Object>> rows = new ArrayList<>(this.settings.size());
		for (Setting setting : this.settings.values()) {
			String value = (setting.access() == Access.W) ? "" : setting.source().read(view);
			rows.add(List.of(setting.name(), setting.type().code, value, Map.of("access", setting.access().name())));
		}
		return rows;
	}

	private View view() {
		return new View(this.engine.settings(), this.engine.transferStats().listenPort(), this.server.get(),
				this.stored, this.account.username(), this.webuiPort.getAsInt(), this.build,
				this.watchFolders.folders(), this.eventPrograms.settings());
	}

	/**
	 * Applies {@code s}/{@code v} pairs in order (a later pair for the same name wins).
	 * Engine-backed changes of one call reach the engine as one
	 * {@link TorrentEngine#applySettings}; the dialect's own values are written once; the
	 * user name and password are replaced together. Booleans are {@code 1}/{@code 0} (the
	 * manual's form) or {@code true}/{@code false} in any case; integers are read
	 * leniently. Unknown and read-only names, malformed values and values the setting
	 * cannot take (a port of 70000, a relative save path, a blank user name) are skipped
	 * with a log line, as libtorrent-webui skips unknown names.
	 * @param pairs the pairs as sent
	 */
	public synchronized void set(List<Map.Entry<String, String>> pairs) {
		EngineSettings original = this.engine.settings();
		EngineSettings next = original;
		Map<String, String> ownChanges = new LinkedHashMap<>();
		Map<String, String> automationChanges = new LinkedHashMap<>();
		@Nullable String username = null;
		@Nullable String password = null;
		List<String> ignored = new ArrayList<>();
		for (Map.Entry<String, String> pair : pairs) {
			String name = pair.getKey();
			Setting setting = this.settings.get(name);
			if (setting == null || setting.access() == Access.R) {
				ignored.add(name);
				continue;
			}
			String value = setting.type().canonical(pair.getValue());
			if (value == null) {
				log.info("setsetting {}: '{}' is not {}; skipped", name, pair.getValue(), setting.type().description);
				continue;
			}
			Source source = setting.source();
			if (source instanceof EngineBacked backed) {
				EngineSettings changed = change(backed, next, name, value);
				if (changed != null) {
					next = changed;
				}
			}
			else if (source instanceof Own) {
				ownChanges.put(name, value);
			}
			else if (source instanceof Automated) {
				automationChanges.put(name, value);
			}
			else if (source == Credential.USERNAME) {
				if (value.isBlank()) {
					log.info("setsetting webui.username: a blank user name is refused; skipped");
				}
				else {
					username = value;
				}
			}
			else if (source == Credential.PASSWORD) {
				password = value;
			}
		}
		if (!ignored.isEmpty()) {
			log.info("setsetting: unknown or read-only settings ignored: {}", ignored);
		}
		if (!next.equals(original)) {
			applyToEngine(next);
		}
		if (!automationChanges.isEmpty()) {
			ownChanges.putAll(applyAutomation(automationChanges));
		}
		if (!ownChanges.isEmpty()) {
			store(ownChanges);
		}
		if (password != null) {
			this.account.replace((username != null) ? username : this.account.username(), password);
		}
		else if (username != null) {
			try {
				this.account.rename(username);
			}
			catch (IllegalStateException ex) {
				// the account knows only the password's hashes (which include the user
				// name):
				// answered as a refused value, {"error": ...}, with the account's reason
				throw new IllegalArgumentException(ex.getMessage(), ex);
			}
		}
	}

	/**
	 * {@code webui.enable_guest}.
	 * @return whether the guest account may log in
	 */
	public boolean guestEnabled() {
		return Boolean.parseBoolean(ownValue("webui.enable_guest"));
	}

	/**
	 * {@code webui.guest}.
	 * @return the guest account's user name
	 */
	public String guestName() {
		return ownValue("webui.guest");
	}

	/**
	 * {@code webui.restrict}: the addresses and ranges allowed to use the WebUI, empty
	 * for any. The value is split on commas, semicolons and blanks.
	 * @return the entries as written (an address, a range {@code a-b}, or a CIDR)
	 */
	public List<String> restrictions() {
		return Arrays.stream(RESTRICT_SEPARATORS.split(ownValue("webui.restrict")))
			.filter((s) -> !s.isEmpty())
			.toList();
	}

	private String ownValue(String name) {
		String value = this.stored.get(name);
		if (value != null) {
			return value;
		}
		return ((Own) this.settings.get(name).source()).defaultValue();
	}

	/**
	 * Applies {@code dir_autoload*}, {@code finish_cmd} and {@code state_cmd} to the
	 * shared services; a change that reads as the current value changes nothing (a
	 * qBittorrent client's program stays its own).
	 * @param changes canonical values by name
	 * @return the autoload directory and delete switch to remember
	 */
	private Map<String, String> applyAutomation(Map<String, String> changes) {
		View view = view();
		Map<String, String> remember = new LinkedHashMap<>();
		if (changes.containsKey("dir_autoload_flag") || changes.containsKey("dir_autoload")
				|| changes.containsKey("dir_autoload_delete")) {
			boolean flag = Boolean.parseBoolean(changes.getOrDefault("dir_autoload_flag",
					this.settings.get("dir_autoload_flag").source().read(view)));
			String dir = changes.getOrDefault("dir_autoload", this.settings.get("dir_autoload").source().read(view))
				.strip();
			boolean delete = Boolean.parseBoolean(changes.getOrDefault("dir_autoload_delete",
					this.settings.get("dir_autoload_delete").source().read(view)));
			Path path = dir.isEmpty() ? null : absolutePath(dir);
			if (!dir.isEmpty() && path == null) {
				log.info("setsetting dir_autoload: '{}' is not an absolute path; skipped", dir);
			}
			else {
				remember.put("dir_autoload", dir);
				remember.put("dir_autoload_delete", Boolean.toString(delete));
				WatchedFolder autoload = (flag && path != null) ? AutomationSettings.autoloadFolder(path, delete)
						: null;
				if (!AutomationSettings.withAutoload(view.folders(), autoload).equals(view.folders())) {
					try {
						// against the list as it is now: a qBittorrent scan_dirs set
						// meanwhile stays
						this.watchFolders.updateFolders((now) -> AutomationSettings.withAutoload(now, autoload));
					}
					catch (RuntimeException ex) {
						log.info("setsetting dir_autoload: '{}' refused ({}); skipped", dir, ex.getMessage());
					}
				}
			}
		}
		String finish = changes.get("finish_cmd");
		String state = changes.get("state_cmd");
		EventProgramSettings programs = view.programs();
		if (!programs(programs, finish, state).equals(programs)) {
			// against the programs as they are now: a qBittorrent autorun_* set meanwhile
			// stays
			this.eventPrograms.update((now) -> programs(now, finish, state));
		}
		return remember;
	}

	/** {@code finish_cmd} and {@code state_cmd} (when given and changed) applied. */
	private static EventProgramSettings programs(EventProgramSettings programs, @Nullable String finish,
			@Nullable String state) {
		EventProgramSettings next = programs;
		if (finish != null && !finish.strip().equals(AutomationSettings.command(programs.onFinished()))) {
			next = next.withOnFinished(AutomationSettings.program(finish));
		}
		if (state != null && !state.strip().equals(AutomationSettings.command(programs.onStateChanged()))) {
			next = next.withOnStateChanged(AutomationSettings.program(state));
		}
		return next;
	}

	private static @Nullable EngineSettings change(EngineBacked backed, EngineSettings current, String name,
			String value) {
		try {
			EngineSettings changed = backed.change().apply(current, value);
			if (changed == null) {
				log.info("setsetting {}: '{}' is out of range; skipped", name, value);
			}
			return changed;
		}
		catch (IllegalArgumentException ex) {
			log.info("setsetting {}: '{}' refused ({}); skipped", name, value, ex.getMessage());
			return null;
		}
	}

	private void applyToEngine(EngineSettings next) {
		try {
			this.engine.applySettings(next);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			log.warn("setsetting: the engine refused the new settings: {}", ex.getMessage());
		}
	}

	private void store(Map<String, String> changes) {
		Map<String, String> next = new TreeMap<>(this.stored);
		next.putAll(changes);
		if (next.equals(this.stored)) {
			return;
		}
		JsonFiles.write(this.file, next);
		this.stored = Map.copyOf(next);
	}

	private static Map<String, String> load(Path file, Map<String, Setting> settings) {
		Map<String, Object> read = JsonFiles.read(file, new TypeReference<Map<String, Object>>() {
		});
		if (read == null) {
			return Map.of();
		}
		Map<String, String> values = new HashMap<>();
		read.forEach((name, raw) -> {
			Setting setting = settings.get(name);
			@Nullable String value = null;
			if (raw instanceof String text) {
				// names this version does not know are kept: a newer version may have
				// written them
				value = (setting != null) ? setting.type().canonical(text) : text;
			}
			if (value == null) {
				log.warn("Ignoring the unreadable value of {} in {}", name, file);
			}
			else {
				values.put(name, value);
			}
		});
		return Map.copyOf(values);
	}

	static int httpPort(Environment environment) {
		for (String key : List.of("local.server.port", "server.port")) {
			Integer port = environment.getProperty(key, Integer.class);
			if (port != null && port > 0) {
				return port;
			}
		}
		return 8080;
	}

	/**
	 * The settings in the order {@code getsettings} lists them. Defaults of the dialect's
	 * own settings are µTorrent 3.5.5's (build 45988) as a getsettings capture shows them
	 * (spec §2.7) unless the comment says "chosen".
	 */
	private static Map<String, Setting> definitions() {
		List<Setting> list = new ArrayList<>();

		// the server
		list.add(computed("install_revision", Type.INTEGER, (v) -> Integer.toString(v.build())));
		// µTorrent desktop keeps its UI language id here; the WebUI takes its language
		// from webui.cookie, so nothing reads it (chosen: 0)
		list.add(computed("language", Type.INTEGER, (v) -> "0"));

		// connection
		list.add(engineInteger("bind_port", (v) -> {
			int configured = SettingValues.firstPort(v.engine().listenInterfaces());
			return (configured > 0) ? configured : v.listenPort();
		}, (s, port) -> (port < 1 || port > 65535) ? null
				: s.toBuilder().listenInterfaces(SettingValues.withPort(s.listenInterfaces(), (int) port)).build()));
		list.add(engineBoolean("upnp", EngineSettings::upnp, (s, on) -> s.toBuilder().upnp(on).build()));
		list.add(engineBoolean("natpmp", EngineSettings::natpmp, (s, on) -> s.toBuilder().natpmp(on).build()));
		list.add(own("proxy.type", Type.INTEGER, "0"));

		// bandwidth
		list.add(engineInteger("max_ul_rate", (v) -> SettingValues.toKibibytes(v.engine().uploadLimitBytesPerSecond()),
				(s, kib) -> s.toBuilder().uploadLimit(SettingValues.toBytesPerSecond(kib)).build()));
		list.add(
				engineInteger("max_dl_rate", (v) -> SettingValues.toKibibytes(v.engine().downloadLimitBytesPerSecond()),
						(s, kib) -> s.toBuilder().downloadLimit(SettingValues.toBytesPerSecond(kib)).build()));
		// the engine has no seeding-only upload limit: remembered, not applied
		list.add(own("max_ul_rate_seed_flag", Type.BOOLEAN, "false"));
		list.add(own("max_ul_rate_seed", Type.INTEGER, "0"));
		list.add(engineInteger("conns_globally", (v) -> v.engine().maxConnections(),
				(s, n) -> s.toBuilder().maxConnections(SettingValues.toPositiveLimit(n)).build()));
		list.add(engineInteger("conns_per_torrent", (v) -> v.engine().maxConnectionsPerTorrent(),
				(s, n) -> s.toBuilder().maxConnectionsPerTorrent(SettingValues.toPositiveLimit(n)).build()));
		list.add(engineInteger("ul_slots_per_torrent", (v) -> v.engine().maxUploadsPerTorrent(),
				(s, n) -> s.toBuilder().maxUploadsPerTorrent(SettingValues.toPositiveLimit(n)).build()));
		list.add(engineBoolean("rate_limit_local_peers", EngineSettings::rateLimitLocalPeers,
				(s, on) -> s.toBuilder().rateLimitLocalPeers(on).build()));
		list.add(own("net.limit_excludeslocal", Type.BOOLEAN, "false"));

		// BitTorrent
		list.add(engineBoolean("dht", EngineSettings::dht, (s, on) -> s.toBuilder().dht(on).build()));
		// the engine has no per-torrent DHT switch: false makes the reference WebUI grey
		// out the DHT box of the torrent properties (0.388 webui.js)
		list.add(computed("dht_per_torrent", Type.BOOLEAN, (v) -> "false"));
		list.add(engineBoolean("pex", EngineSettings::pex, (s, on) -> s.toBuilder().pex(on).build()));
		list.add(engineBoolean("lsd", EngineSettings::lsd, (s, on) -> s.toBuilder().lsd(on).build()));
		list.add(engineInteger("encryption_mode", (v) -> SettingValues.encryptionMode(v.engine().encryption()),
				(s, mode) -> {
					EncryptionMode encryption = SettingValues.encryptionMode(mode);
					return (encryption != null) ? s.toBuilder().encryption(encryption).build() : null;
				}));
		list.add(engineInteger("bt.transp_disposition",
				(v) -> SettingValues.transportDisposition(v.engine().protocols()), (s, bits) -> {
					PeerProtocols protocols = SettingValues.protocols(bits);
					return (protocols != null) ? s.toBuilder().protocols(protocols).build() : null;
				}));
		// µTorrent loads ipfilter.dat when on; torrentd has none, so this filters nothing
		list.add(own("ipfilter.enable", Type.BOOLEAN, "true"));
		list.add(own("resolve_peerips", Type.BOOLEAN, "false")); // chosen: peer names are
																	// not looked up

		// queueing
		list.add(engineInteger("max_active_torrent", (v) -> v.engine().maxActiveTorrents(),
				(s, n) -> s.toBuilder().maxActiveTorrents(SettingValues.toLimit(n)).build()));
		list.add(engineInteger("max_active_downloads", (v) -> v.engine().maxActiveDownloads(),
				(s, n) -> s.toBuilder().maxActiveDownloads(SettingValues.toLimit(n)).build()));
		// one engine switch for both directions: either name changes it
		list.add(engineBoolean("queue.dont_count_slow_dl", EngineSettings::dontCountSlowTorrents,
				(s, on) -> s.toBuilder().dontCountSlowTorrents(on).build()));
		list.add(engineBoolean("queue.dont_count_slow_ul", EngineSettings::dontCountSlowTorrents,
				(s, on) -> s.toBuilder().dontCountSlowTorrents(on).build()));
		// the engine's "slow" is libtorrent's inactive_down_rate / inactive_up_rate
		// (2048 bytes/s, left at their defaults)
		list.add(computed("queue.slow_dl_threshold", Type.INTEGER, (v) -> "2048"));
		list.add(computed("queue.slow_ul_threshold", Type.INTEGER, (v) -> "2048"));
		list.add(engineInteger("seed_ratio", (v) -> SettingValues.toPerMille(v.engine().shareLimits().ratioLimit()),
				(s, perMille) -> {
					GlobalShareLimits l = s.shareLimits();
					return s.toBuilder()
						.shareLimits(new GlobalShareLimits(SettingValues.toRatio(perMille), l.seedingTimeLimitMinutes(),
								l.inactiveSeedingTimeLimitMinutes(), l.action()))
						.build();
				}));
		list.add(engineInteger("seed_time",
				(v) -> SettingValues.toSeconds(v.engine().shareLimits().seedingTimeLimitMinutes()), (s, seconds) -> {
					GlobalShareLimits l = s.shareLimits();
					return s.toBuilder()
						.shareLimits(new GlobalShareLimits(l.ratioLimit(), SettingValues.toMinutes(seconds),
								l.inactiveSeedingTimeLimitMinutes(), l.action()))
						.build();
				}));
		list.add(own("seed_prio_limitul_flag", Type.BOOLEAN, "false"));
		list.add(own("seed_prio_limitul", Type.INTEGER, "500"));

		// directories (Sonarr reads the dir_*download* ones)
		list.add(computed("dir_active_download_flag", Type.BOOLEAN, (v) -> "true"));
		list.add(engineString("dir_active_download", (v) -> v.engine().defaultSavePath().toString(), (s, path) -> {
			Path savePath = absolutePath(path);
			return (savePath != null) ? s.toBuilder().defaultSavePath(savePath).build() : null;
		}));
		list.add(computed("dir_completed_download_flag", Type.BOOLEAN,
				(v) -> Boolean.toString(v.server().completedDir() != null)));
		list.add(computed("dir_completed_download", Type.STRING, (v) -> pathOrEmpty(v.server().completedDir())));
		list.add(computed("dir_add_label", Type.BOOLEAN, (v) -> "false"));
		list.add(computed("dir_torrent_files_flag", Type.BOOLEAN,
				(v) -> Boolean.toString(v.server().torrentFilesDir() != null)));
		list.add(computed("dir_torrent_files", Type.STRING, (v) -> pathOrEmpty(v.server().torrentFilesDir())));
		// µTorrent's watch folder: the first of the shared ones (the directory and the
		// delete switch are remembered while the flag is off, as µTorrent shows them)
		list.add(automated("dir_autoload_flag", Type.BOOLEAN,
				(v) -> Boolean.toString(AutomationSettings.autoload(v.folders()) != null)));
		list.add(automated("dir_autoload", Type.STRING, (v) -> {
			WatchedFolder autoload = AutomationSettings.autoload(v.folders());
			return (autoload != null) ? autoload.path().toString() : v.stored().getOrDefault("dir_autoload", "");
		}));
		list.add(automated("dir_autoload_delete", Type.BOOLEAN, (v) -> {
			WatchedFolder autoload = AutomationSettings.autoload(v.folders());
			return (autoload != null) ? Boolean.toString(autoload.deleteLoaded())
					: v.stored().getOrDefault("dir_autoload_delete", "false");
		}));

		// programs run on torrent events (µTorrent Server's placeholders)
		list.add(automated("finish_cmd", Type.STRING, (v) -> AutomationSettings.command(v.programs().onFinished())));
		list.add(automated("state_cmd", Type.STRING, (v) -> AutomationSettings.command(v.programs().onStateChanged())));

		// disk cache: remembered, libtorrent 2 sizes its cache itself
		list.add(own("cache.override", Type.BOOLEAN, "false"));
		list.add(own("cache.override_size", Type.INTEGER, "128"));

		// scheduler and transfer cap: remembered, not applied (the transfer cap pane
		// reads
		// getxferhist; span 11 is the 12th entry of ST_CBO_TCAP_PERIODS: 31 days)
		list.add(own("sched_enable", Type.BOOLEAN, "false"));
		list.add(own("sched_table", Type.STRING, SCHED_TABLE_OFF));
		list.add(own("sched_ul_rate", Type.INTEGER, "0"));
		list.add(own("sched_dl_rate", Type.INTEGER, "0"));
		list.add(own("sched_dis_dht", Type.BOOLEAN, "true"));
		list.add(own("multi_day_transfer_limit_en", Type.BOOLEAN, "false"));
		list.add(own("multi_day_transfer_mode_ul", Type.BOOLEAN, "false"));
		list.add(own("multi_day_transfer_mode_dl", Type.BOOLEAN, "false"));
		list.add(own("multi_day_transfer_mode_uldl", Type.BOOLEAN, "true"));
		list.add(own("multi_day_transfer_limit_unit", Type.INTEGER, "1"));
		list.add(own("multi_day_transfer_limit_value", Type.INTEGER, "200"));
		list.add(own("multi_day_transfer_limit_span", Type.INTEGER, "11"));

		// the WebUI's look and behaviour
		list.add(own("gui.default_del_action", Type.INTEGER, "0"));
		list.add(own("confirm_when_deleting", Type.BOOLEAN, "true"));
		list.add(own("gui.alternate_color", Type.BOOLEAN, "false"));
		list.add(own("gui.graph_legend", Type.BOOLEAN, "true"));
		list.add(own("gui.graphic_progress", Type.BOOLEAN, "true"));
		list.add(own("gui.log_date", Type.BOOLEAN, "true"));
		list.add(own("gui.speed_in_title", Type.BOOLEAN, "false"));
		list.add(own("gui.limits_in_statusbar", Type.BOOLEAN, "false"));
		list.add(own("gui.manual_ratemenu", Type.BOOLEAN, "false"));
		list.add(own("gui.ulrate_menu", Type.STRING, RATE_MENU));
		list.add(own("gui.dlrate_menu", Type.STRING, RATE_MENU));
		// chosen: 0, "Show Properties" (reference WebUI TOR_DBLCLK_SHOW_PROPS, also its
		// fallback)
		list.add(own("gui.dblclick_seed", Type.INTEGER, "0"));
		list.add(own("gui.dblclick_dl", Type.INTEGER, "0"));
		list.add(own("gui.tall_category_list", Type.BOOLEAN, "true"));
		// chosen: no search engine (the capture's is an advertiser's; with an empty list
		// the reference WebUI hides its search box)
		list.add(own("search_list", Type.STRING, ""));
		list.add(own("search_list_sel", Type.INTEGER, "0"));

		// the WebUI's own switches
		list.add(computed("webui.enable", Type.BOOLEAN, (v) -> "true"));
		list.add(computed("webui.enable_listen", Type.BOOLEAN, (v) -> "true"));
		list.add(computed("webui.port", Type.INTEGER, (v) -> Integer.toString(v.webuiPort())));
		list.add(new Setting("webui.username", Type.STRING, Access.Y, Credential.USERNAME));
		list.add(new Setting("webui.password", Type.STRING, Access.W, Credential.PASSWORD));
		list.add(own("webui.enable_guest", Type.BOOLEAN, "false"));
		list.add(own("webui.guest", Type.STRING, "guest"));
		list.add(own("webui.restrict", Type.STRING, ""));
		list.add(computed("webui.token_auth", Type.BOOLEAN, (v) -> Boolean.toString(v.server().tokenAuthEnable())));
		list.add(
				computed("webui.token_auth_filter", Type.INTEGER, (v) -> v.server().tokenAuthRemoteOnly() ? "1" : "0"));
		// its existence tells the reference WebUI and utorrentctl that getpeers,
		// list-dirs
		// and getxferhist are there (spec §3); the value is irrelevant
		list.add(own("webui.uconnect_enable", Type.BOOLEAN, "false"));
		// the reference WebUI's configuration, a JSON text kept exactly as sent
		list.add(own("webui.cookie", Type.STRING, "{}"));

		Map<String, Setting> byName = new LinkedHashMap<>();
		for (Setting setting : list) {
			if (byName.put(setting.name(), setting) != null) {
				throw new IllegalStateException("duplicate setting " + setting.name());
			}
		}
		return byName;
	}

	private static @Nullable Path absolutePath(String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			Path path = Path.of(value);
			return path.isAbsolute() ? path : null;
		}
		catch (InvalidPathException ex) {
			return null;
		}
	}

	private static String pathOrEmpty(@Nullable Path path) {
		return (path != null) ? path.toString() : "";
	}

	private static Setting own(String name, Type type, String defaultValue) {
		if (type.canonical(defaultValue) == null) {
			throw new IllegalArgumentException(name + ": default is not " + type.description);
		}
		return new Setting(name, type, Access.Y, new Own(name, defaultValue));
	}

	private static Setting automated(String name, Type type, Function<View, String> value) {
		return new Setting(name, type, Access.Y, new Automated(value));
	}

	private static Setting computed(String name, Type type, Function<View, String> value) {
		return new Setting(name, type, Access.R, value::apply);
	}

	private static Setting engineInteger(String name, Function<View, Number> read, IntegerChange change) {
		return new Setting(name, Type.INTEGER, Access.Y, new EngineBacked(
				(v) -> Long.toString(read.apply(v).longValue()), (s, value) -> change.apply(s, Long.parseLong(value))));
	}

	private static Setting engineBoolean(String name, Predicate<EngineSettings> read, BooleanChange change) {
		return new Setting(name, Type.BOOLEAN, Access.Y,
				new EngineBacked((v) -> Boolean.toString(read.test(v.engine())),
						(s, value) -> change.apply(s, Boolean.parseBoolean(value))));
	}

	private static Setting engineString(String name, Function<View, String> read, StringChange change) {
		return new Setting(name, Type.STRING, Access.Y, new EngineBacked(read::apply, change::apply));
	}

	/** µTorrent's setting types, with the code getsettings sends. */
	enum Type {

		INTEGER(0, "an integer"), BOOLEAN(1, "a boolean"), STRING(2, "a string");

		final int code;

		final String description;

		Type(int code, String description) {
			this.code = code;
			this.description = description;
		}

		/**
		 * A value as stored and listed: booleans {@code true}/{@code false}, integers in
		 * decimal within the 32-bit range µTorrent's clients read, strings as given.
		 * @param value a value as sent
		 * @return the canonical value, or null when it is not of this type
		 */
		@Nullable String canonical(String value) {
			return switch (this) {
				case BOOLEAN -> {
					Boolean b = SettingValues.parseBoolean(value);
					yield (b != null) ? b.toString() : null;
				}
				case INTEGER -> {
					Long n = SettingValues.parseInteger(value);
					yield (n != null) ? Integer.toString(SettingValues.toInt(n)) : null;
				}
				case STRING -> value;
			};
		}

	}

	/** µTorrent's access letters: read and write, read only, write only. */
	enum Access {

		Y, R, W

	}

	/** One setting. */
	private record Setting(String name, Type type, Access access, Source source) {
	}

	/** What a setting reads, and for writable ones where changes go. */
	private interface Source {

		String read(View view);

	}

	/** A setting kept in the engine's settings. */
	private record EngineBacked(Function<View, String> reader, EngineChange change) implements Source {

		@Override
		public String read(View view) {
			return this.reader.apply(view);
		}

	}

	/** A setting of the dialect's own, kept in settings.json. */
	private record Own(String name, String defaultValue) implements Source {

		@Override
		public String read(View view) {
			return view.stored().getOrDefault(this.name, this.defaultValue);
		}

	}

	/** A setting kept by the shared automation services. */
	private record Automated(Function<View, String> reader) implements Source {

		@Override
		public String read(View view) {
			return this.reader.apply(view);
		}

	}

	/** The server account's user name and password. */
	private enum Credential implements Source {

		USERNAME, PASSWORD;

		@Override
		public String read(View view) {
			// the password is write-only: never listed
			return (this == USERNAME) ? view.username() : "";
		}

	}

	/** Everything one getsettings reads, taken once. */
	private record View(EngineSettings engine, int listenPort, UtserverSettings server, Map<String, String> stored,
			String username, int webuiPort, int build, List<WatchedFolder> folders, EventProgramSettings programs) {
	}

	/** A change to the engine's settings from a canonical value; null refuses it. */
	@FunctionalInterface
	private interface EngineChange {

		@Nullable EngineSettings apply(EngineSettings settings, String value);

	}

	@FunctionalInterface
	private interface IntegerChange {

		@Nullable EngineSettings apply(EngineSettings settings, long value);

	}

	@FunctionalInterface
	private interface BooleanChange {

		EngineSettings apply(EngineSettings settings, boolean value);

	}

	@FunctionalInterface
	private interface StringChange {

		@Nullable EngineSettings apply(EngineSettings settings, String value);

	}

}
