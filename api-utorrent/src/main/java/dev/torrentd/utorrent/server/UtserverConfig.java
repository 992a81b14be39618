package dev.torrentd.utorrent.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.utorrent.UtStorage;
import dev.torrentd.utorrent.UtorrentProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The µTorrent Server settings in force: read from {@code utserver.conf}
 * ({@code torrentd.utorrent.config-file}) at start and re-read on reload (SIGHUP or the
 * {@code rcf.utmr} maintenance file), where only the manual's "Reloadable Settings"
 * change.
 * <p>
 * At start it also lays the file's engine settings ({@code max_ul_rate},
 * {@code max_dl_rate}, {@code seed_ratio}, {@code seed_time},
 * {@code rate_limit_local_peers}) over the engine's, once: the marker
 * {@code <UtStorage>/utserver.applied} then stands for utserver's settings.dat, after
 * which the manual says "the values specified in the configuration file for these
 * settings will be ignored". At every start it applies the file's {@code dir_autoload},
 * {@code dir_autoload_delete}, {@code finish_cmd} and {@code state_cmd} (internal
 * settings, not reloadable: a reload leaves them as they are) to the shared watch folders
 * and event programs, when the file names them. And it deletes the {@code *.utt} files of
 * {@code dir_temp_files}, as utserver does at start.
 */
@Component
public class UtserverConfig implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(UtserverConfig.class);

	/** The marker file, in {@link UtStorage#directory()}. */
	static final String APPLIED_MARKER = "utserver.applied";

	private final @Nullable Path configFile;

	private final Path workingDir;

	private final UtserverConf startConf;

	/** Whether a file was read at start. */
	private final boolean read;

	private final AtomicReference<UtserverSettings> current;

	private @Nullable SignalHandler previousHangupHandler;

	private volatile boolean hangupHandled;

	@Autowired
	UtserverConfig(UtorrentProperties properties, TorrentEngine engine, UtStorage storage, WatchFolders watchFolders,
			EventPrograms eventPrograms) {
		this(properties.configFile(), Path.of("").toAbsolutePath());
		if (this.configFile != null) {
			if (this.read) {
				applyRegularSettingsOnce(engine, storage.directory().resolve(APPLIED_MARKER));
				applyAutomationSettings(watchFolders, eventPrograms);
			}
			handleHangup();
		}
		Path temp = current().tempFilesDir();
		if (temp != null) {
			deleteTempFiles(temp);
		}
	}

	/**
	 * Reads the file (nothing else: no engine, no signal).
	 * @param configFile the file, null for none
	 * @param workingDir the directory relative paths are resolved against
	 */
	UtserverConfig(@Nullable Path configFile, Path workingDir) {
		this.workingDir = workingDir.toAbsolutePath().normalize();
		this.configFile = (configFile != null) ? this.workingDir.resolve(configFile).normalize() : null;
		Optional<UtserverConf> conf = load(this.configFile, "at start");
		this.read = conf.isPresent();
		this.startConf = conf.orElse(UtserverConf.empty());
		this.current = new AtomicReference<>(
				conf.map((c) -> UtserverSettings.from(c, this.workingDir)).orElse(UtserverSettings.defaults()));
	}

	private UtserverConfig(UtserverSettings settings) {
		this.workingDir = Path.of("").toAbsolutePath();
		this.configFile = null;
		this.read = false;
		this.startConf = UtserverConf.empty();
		this.current = new AtomicReference<>(settings);
	}

	/**
	 * Settings that never change (no file to reload), for tests and callers without a
	 * {@code utserver.conf}.
	 * @param settings the settings
	 * @return a configuration holding them
	 */
	public static UtserverConfig of(UtserverSettings settings) {
		return new UtserverConfig(settings);
	}

	/**
	 * The settings in force.
	 * @return the current settings
	 */
	public UtserverSettings current() {
		return this.current.get();
	}

	/**
	 * Re-reads the file: the reloadable settings ({@code dir_download},
	 * {@code dir_request}, {@code localhost_authentication}, {@code ut_webui_dir}, ...)
	 * take their new values, the others keep the values of the start (a log line names
	 * each one that changed). A file that is gone or unreadable changes nothing.
	 * @return the settings in force afterwards
	 */
	public synchronized UtserverSettings reload() {
		if (this.configFile == null) {
			log.info("No utserver.conf to reload (torrentd.utorrent.config-file is not set)");
			return current();
		}
		Optional<UtserverConf> conf = load(this.configFile, "on reload");
		if (conf.isEmpty()) {
			log.warn("{} could not be read: the settings in force are kept", this.configFile);
			return current();
		}
		UtserverSettings before = current();
		UtserverSettings fresh = UtserverSettings.from(conf.get(), this.workingDir);
		for (String name : startOnlyChanges(before, fresh)) {
			log.info("utserver.conf: {} changed; it takes effect at the next start", name);
		}
		UtserverSettings after = before.withReloadable(fresh);
		this.current.set(after);
		log.info("Reloaded {}", this.configFile);
		return after;
	}

	/**
	 * Whether SIGHUP reloads the file (a file is configured and the JVM let torrentd
	 * handle the signal).
	 * @return true when the handler is installed
	 */
	boolean hangupHandled() {
		return this.hangupHandled;
	}

	@Override
	public void destroy() {
		SignalHandler previous = this.previousHangupHandler;
		if (this.hangupHandled && previous != null) {
			try {
				Signal.handle(new Signal("HUP"), previous);
			}
			catch (IllegalArgumentException | UnsupportedOperationException ex) {
				// it was installed, so this does not happen; nothing to restore otherwise
			}
			this.hangupHandled = false;
		}
	}

	/**
	 * SIGHUP reloads the file, as utserver does. Only SIGHUP: HotSpot and libtorrent
	 * share the others (libjsig chains them, docs/engine.md).
	 */
	private void handleHangup() {
		try {
			this.previousHangupHandler = Signal.handle(new Signal("HUP"), (signal) -> reloadOnHangup());
			this.hangupHandled = true;
		}
		catch (IllegalArgumentException | UnsupportedOperationException ex) {
			log.warn("SIGHUP cannot be handled in this JVM ({}): reload utserver.conf with rcf.utmr in dir_request",
					ex.getMessage());
		}
	}

	private void reloadOnHangup() {
		try {
			log.info("SIGHUP: reloading {}", this.configFile);
			reload();
		}
		catch (RuntimeException ex) {
			log.error("SIGHUP: reloading {} failed", this.configFile, ex);
		}
	}

	/**
	 * Lays the file's engine settings over the engine's, unless that was done at an
	 * earlier start (the marker exists); then writes the marker.
	 * @param engine the engine
	 * @param marker the marker file
	 */
	void applyRegularSettingsOnce(TorrentEngine engine, Path marker) {
		List<String> applied = this.startConf.lastValues()
			.keySet()
			.stream()
			.filter((name) -> KnownSettings.find(name)
				.filter((s) -> s.handling() == KnownSettings.Handling.ENGINE_FIRST_START)
				.isPresent())
			.toList();
		if (Files.exists(marker)) {
			if (!applied.isEmpty()) {
				log.info("utserver.conf: {} not applied: the engine keeps its own values since the first start "
						+ "(delete {} to apply the file's again)", applied, marker);
			}
			return;
		}
		try {
			EngineSettings before = engine.settings();
			EngineSettings after = UtserverEngineSettings.apply(this.startConf, before);
			if (!after.equals(before)) {
				engine.applySettings(after);
			}
			Files.createDirectories(marker.getParent());
			Files.writeString(marker, "# the engine settings of " + this.configFile + " were applied at "
					+ Instant.now() + "\n# delete this file to apply them again at the next start\n");
			log.info("utserver.conf: applied to the engine at this first start: {}; from now on the engine keeps "
					+ "its own values (delete {} to apply the file's again)", applied, marker);
		}
		catch (IOException | RuntimeException ex) {
			log.error("utserver.conf: the engine settings could not be applied", ex);
		}
	}

	/**
	 * Applies the file's {@code dir_autoload} (with {@code dir_autoload_delete}),
	 * {@code finish_cmd} and {@code state_cmd} to the shared services, each only when the
	 * file names it ("" turns it off, as the manual's default). One log line per setting
	 * says what it did; a value the service refuses is logged and changes nothing.
	 * @param watchFolders the watch folders
	 * @param eventPrograms the event programs
	 */
	void applyAutomationSettings(WatchFolders watchFolders, EventPrograms eventPrograms) {
		UtserverSettings settings = current();
		UtserverConf file = this.startConf;
		if (file.contains("dir_autoload")) {
			Path dir = settings.autoloadDir();
			WatchedFolder autoload = (dir != null) ? AutomationSettings.autoloadFolder(dir, settings.autoloadDelete())
					: null;
			try {
				List<WatchedFolder> before = watchFolders.folders();
				List<WatchedFolder> after = AutomationSettings.withAutoload(before, autoload);
				if (!after.equals(before)) {
					watchFolders.setFolders(after);
				}
				if (dir != null) {
					log.info("utserver.conf: dir_autoload applied: .torrent files in {} are added, then {}", dir,
							settings.autoloadDelete() ? "deleted (dir_autoload_delete)" : "renamed .loaded");
				}
				else {
					log.info("utserver.conf: dir_autoload applied: empty, no folder is watched for µTorrent");
				}
			}
			catch (RuntimeException ex) {
				log.error("utserver.conf: dir_autoload {} could not be applied: {}", dir, ex.getMessage());
			}
		}
		else if (file.contains("dir_autoload_delete")) {
			log.info("utserver.conf: dir_autoload_delete has no effect without dir_autoload");
		}
		EventProgramSettings programs = eventPrograms.settings();
		EventProgramSettings next = programs;
		if (file.contains("finish_cmd")) {
			next = next.withOnFinished(AutomationSettings.program(settings.finishCmd()));
			logProgram("finish_cmd", next.onFinished(), "when a torrent finishes");
		}
		if (file.contains("state_cmd")) {
			next = next.withOnStateChanged(AutomationSettings.program(settings.stateCmd()));
			logProgram("state_cmd", next.onStateChanged(), "when a torrent changes state");
		}
		if (!next.equals(programs)) {
			try {
				eventPrograms.apply(next);
			}
			catch (RuntimeException ex) {
				log.error("utserver.conf: finish_cmd/state_cmd could not be applied: {}", ex.getMessage());
			}
		}
	}

	private static void logProgram(String name, EventProgram program, String when) {
		if (program.enabled()) {
			log.info("utserver.conf: {} applied: {} runs {}", name, program.command(), when);
		}
		else {
			log.info("utserver.conf: {} applied: empty, no program runs {}", name, when);
		}
	}

	/**
	 * Deletes the {@code *.utt} files of {@code dir_temp_files} (µTorrent Server manual:
	 * "the utserver process will delete all files with that extension in that directory
	 * at process startup").
	 * @param dir the directory
	 * @return how many files were deleted
	 */
	static int deleteTempFiles(Path dir) {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		int deleted = 0;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.utt")) {
			for (Path file : files) {
				if (Files.isRegularFile(file)) {
					try {
						Files.delete(file);
						deleted++;
					}
					catch (IOException ex) {
						log.warn("dir_temp_files: {} could not be deleted: {}", file, ex.toString());
					}
				}
			}
		}
		catch (IOException ex) {
			log.warn("dir_temp_files: {} could not be listed: {}", dir, ex.toString());
		}
		log.info("dir_temp_files: deleted {} .utt file(s) in {}", deleted, dir);
		return deleted;
	}

	/**
	 * Reads the file and logs what it sets that torrentd ignores.
	 * @return the file, empty when there is none or it cannot be read
	 */
	private static Optional<UtserverConf> load(@Nullable Path file, String when) {
		if (file == null) {
			return Optional.empty();
		}
		try {
			UtserverConf conf = UtserverConf.read(file);
			log.info("Read {} {}: {} setting(s)", file, when, conf.entries().size());
			ignoredSettingNotes(conf).forEach(log::info);
			unknownSettingNotes(conf).forEach(log::warn);
			return Optional.of(conf);
		}
		catch (NoSuchFileException ex) {
			log.info("{} does not exist: µTorrent Server's defaults apply", file);
			return Optional.empty();
		}
		catch (IOException ex) {
			log.error("{} could not be read: {}", file, ex.toString());
			return Optional.empty();
		}
	}

	/**
	 * One line per setting of the file that has no effect in torrentd.
	 * @param conf the file
	 * @return the lines, in file order
	 */
	static List<String> ignoredSettingNotes(UtserverConf conf) {
		List<String> notes = new ArrayList<>();
		for (String name : conf.lastValues().keySet()) {
			KnownSettings.find(name)
				.filter((s) -> s.handling() == KnownSettings.Handling.NO_EFFECT)
				.ifPresent(
						(s) -> notes.add("utserver.conf: " + name + " has no effect in torrentd (" + s.note() + ")"));
		}
		return notes;
	}

	/**
	 * One line per setting of the file that the manual does not list.
	 * @param conf the file
	 * @return the lines, in file order
	 */
	static List<String> unknownSettingNotes(UtserverConf conf) {
		List<String> notes = new ArrayList<>();
		for (String name : conf.lastValues().keySet()) {
			if (KnownSettings.find(name).isEmpty()) {
				notes.add("utserver.conf: unknown setting " + name + " ignored");
			}
		}
		return notes;
	}

	/**
	 * The settings a reload does not change whose value in the file differs from the one
	 * in force.
	 */
	static List<String> startOnlyChanges(UtserverSettings inForce, UtserverSettings reloaded) {
		Set<String> names = new LinkedHashSet<>(inForce.values().keySet());
		names.addAll(reloaded.values().keySet());
		return names.stream()
			.filter((name) -> !KnownSettings.isReloadable(name))
			.filter((name) -> !Objects.equals(inForce.values().get(name), reloaded.values().get(name)))
			.toList();
	}

}
