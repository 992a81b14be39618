package dev.torrentd.app.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.torrentd.utorrent.server.UtserverConf;
import dev.torrentd.utorrent.server.UtserverSettings;

/**
 * µTorrent Server's arguments and the {@code utserver.conf} settings that must be known
 * before the application starts, as torrentd's Spring properties.
 */
final class UtserverLaunchProperties {

	static final String CONFIG_FILE = "torrentd.utorrent.config-file";

	/** The boolean settings that have the same name under {@code torrentd.bittorrent}. */
	private static final List<String> FEATURES = List.of("dht", "pex", "lsd", "upnp", "natpmp");

	private UtserverLaunchProperties() {
	}

	/**
	 * {@code -configfile} → {@code torrentd.utorrent.config-file}, {@code -settingspath}
	 * → {@code torrentd.state-dir}, {@code -logfile} → {@code logging.file.name}; paths
	 * made absolute against the working directory.
	 * @param commandLine the arguments
	 * @param workingDir the working directory
	 * @return the properties, empty when no such argument was given
	 */
	static Map<String, String> fromCommandLine(UtserverCommandLine commandLine, Path workingDir) {
		Map<String, String> properties = new LinkedHashMap<>();
		if (commandLine.configFile() != null) {
			properties.put(CONFIG_FILE, absolute(workingDir, commandLine.configFile()));
		}
		if (commandLine.settingsPath() != null) {
			properties.put("torrentd.state-dir", absolute(workingDir, commandLine.settingsPath()));
		}
		if (commandLine.logFile() != null) {
			properties.put("logging.file.name", absolute(workingDir, commandLine.logFile()));
		}
		return properties;
	}

	/**
	 * The settings of the file that torrentd reads at launch, only those the file sets:
	 * <ul>
	 * <li>{@code ut_webui_port} → {@code server.port};</li>
	 * <li>{@code bind_port} → {@code torrentd.bittorrent.listen-interfaces}
	 * {@code 0.0.0.0:<port>,[::]:<port>};</li>
	 * <li>{@code dht}, {@code pex}, {@code lsd}, {@code upnp}, {@code natpmp} →
	 * {@code torrentd.bittorrent.*} of the same name; {@code conns_per_torrent} →
	 * {@code torrentd.bittorrent.max-connections-per-torrent},
	 * {@code max_total_connections} → {@code torrentd.bittorrent.max-connections} (0 or
	 * less: -1, no limit);</li>
	 * <li>{@code dir_active} (relative to {@code dir_root}, else the working directory) →
	 * {@code torrentd.download-dir}; with {@code dir_completed}: {@code dir_completed} →
	 * {@code torrentd.download-dir} and {@code dir_active} (default {@code ./}) →
	 * {@code torrentd.incomplete-dir}, where unfinished downloads stay;</li>
	 * <li>{@code admin_name} → {@code torrentd.auth.username}; {@code admin_password} →
	 * {@code torrentd.auth.password} with {@code torrentd.auth.blank-password-allowed}
	 * (µTorrent Server's default is admin with a blank password).</li>
	 * </ul>
	 * These are configured values: settings changed at runtime and kept by the engine win
	 * over them at the next start. A value that cannot be read is left out
	 * ({@link #problems} names it).
	 * @param conf the file
	 * @param workingDir the working directory
	 * @return the properties
	 */
	static Map<String, String> fromConf(UtserverConf conf, Path workingDir) {
		Map<String, String> properties = new LinkedHashMap<>();
		port(conf, "ut_webui_port").ifPresent((port) -> properties.put("server.port", Integer.toString(port)));
		port(conf, "bind_port").ifPresent(
				(port) -> properties.put("torrentd.bittorrent.listen-interfaces", "0.0.0.0:" + port + ",[::]:" + port));
		Optional<Path> active = conf.rootedDir("dir_active", workingDir);
		Optional<Path> completed = conf.rootedDir("dir_completed", workingDir);
		if (completed.isPresent()) {
			properties.put("torrentd.download-dir", completed.get().toString());
			properties.put("torrentd.incomplete-dir", active.orElse(conf.root(workingDir)).toString());
		}
		else {
			active.ifPresent((dir) -> properties.put("torrentd.download-dir", dir.toString()));
		}
		for (String feature : FEATURES) {
			bool(conf, feature).ifPresent((on) -> properties.put("torrentd.bittorrent." + feature, on.toString()));
		}
		count(conf, "conns_per_torrent")
			.ifPresent((n) -> properties.put("torrentd.bittorrent.max-connections-per-torrent", Integer.toString(n)));
		count(conf, "max_total_connections")
			.ifPresent((n) -> properties.put("torrentd.bittorrent.max-connections", Integer.toString(n)));
		conf.value("admin_name")
			.filter((name) -> !name.isEmpty())
			.ifPresent((name) -> properties.put("torrentd.auth.username", name));
		conf.value("admin_password").ifPresent((password) -> {
			properties.put("torrentd.auth.password", password);
			properties.put("torrentd.auth.blank-password-allowed", "true");
		});
		return properties;
	}

	/**
	 * The launch settings of the file that cannot be used.
	 * @param conf the file
	 * @return one line each
	 */
	static List<String> problems(UtserverConf conf) {
		List<String> problems = new ArrayList<>();
		for (String name : List.of("ut_webui_port", "bind_port")) {
			String value = conf.value(name).orElse("");
			if (!value.isEmpty() && port(conf, name).isEmpty()) {
				problems.add("utserver.conf: " + name + ": \"" + value + "\" is not a port (1-65535): ignored");
			}
		}
		for (String name : FEATURES) {
			String value = conf.value(name).orElse("");
			if (!value.isEmpty() && bool(conf, name).isEmpty()) {
				problems.add(
						"utserver.conf: " + name + ": \"" + value + "\" is not a boolean (1, 0, true, false): ignored");
			}
		}
		for (String name : List.of("conns_per_torrent", "max_total_connections")) {
			String value = conf.value(name).orElse("");
			if (!value.isEmpty() && count(conf, name).isEmpty()) {
				problems.add("utserver.conf: " + name + ": \"" + value + "\" is not a number: ignored");
			}
		}
		return problems;
	}

	/** 1/0/true/false; empty when unset or unreadable. */
	private static Optional<Boolean> bool(UtserverConf conf, String name) {
		return conf.value(name).filter((v) -> !v.isEmpty()).map(UtserverSettings::parseBoolean);
	}

	/** A connection count; 0 or less is no limit (-1). */
	private static Optional<Integer> count(UtserverConf conf, String name) {
		try {
			return conf.value(name).filter((v) -> !v.isEmpty()).map(Integer::valueOf).map((n) -> (n > 0) ? n : -1);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Integer> port(UtserverConf conf, String name) {
		try {
			return conf.value(name)
				.filter((v) -> !v.isEmpty())
				.map(Integer::valueOf)
				.filter((port) -> port > 0 && port <= 65535);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static String absolute(Path workingDir, Path path) {
		return workingDir.resolve(path).normalize().toString();
	}

}
