package dev.torrentd.app.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.utorrent.server.UtserverConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.ApplicationPidFileWriter;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * Runs torrentd the way µTorrent Server runs: its command-line arguments and the
 * launch-time settings of its {@code utserver.conf} become Spring properties before
 * anything reads them (logging included).
 * <p>
 * Precedence: explicit {@code --name=value} arguments first, then µTorrent Server's
 * arguments ({@code -settingspath}, ...), Java system properties and environment
 * variables, then {@code utserver.conf}, then {@code application.yaml}.
 * <p>
 * The file is {@code torrentd.utorrent.config-file} when set (by {@code -configfile},
 * {@code --torrentd.utorrent.config-file}, a system property or
 * {@code TORRENTD_UTORRENT_CONFIGFILE}), else {@code utserver.conf} in the working
 * directory when it exists, as utserver looks for it.
 */
public final class UtserverLaunch implements SmartApplicationListener {

	private static final Logger log = LoggerFactory.getLogger(UtserverLaunch.class);

	static final String ARGUMENTS_SOURCE = "utserverArguments";

	static final String CONF_SOURCE = "utserverConf";

	private final UtserverCommandLine commandLine;

	private final Path workingDir;

	/**
	 * What to log once logging is set up (it is not yet when the properties are added).
	 */
	private final List<String> notes = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	/** The properties the file gives. */
	private final Map<String, String> fromFile = new LinkedHashMap<>();

	UtserverLaunch(UtserverCommandLine commandLine, Path workingDir) {
		this.commandLine = commandLine;
		this.workingDir = workingDir.toAbsolutePath().normalize();
	}

	/**
	 * Prepares an application for µTorrent Server's arguments: the properties above, and
	 * {@code -pidfile} written by Spring Boot's {@link ApplicationPidFileWriter} (deleted
	 * at exit).
	 * @param application the application, before it runs
	 * @param commandLine the arguments
	 */
	public static void configure(SpringApplication application, UtserverCommandLine commandLine) {
		application.addListeners(new UtserverLaunch(commandLine, Path.of("").toAbsolutePath()));
		if (commandLine.pidFile() != null) {
			application.addListeners(new ApplicationPidFileWriter(commandLine.pidFile().toAbsolutePath().toFile()));
		}
	}

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationPreparedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public int getOrder() {
		// before the configuration files are read and before logging is set up
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			addProperties(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared) {
			this.notes.forEach(log::info);
			Environment environment = prepared.getApplicationContext().getEnvironment();
			this.fromFile.forEach((name, value) -> {
				String shown = name.endsWith("password") ? "******" : value;
				if (value.equals(environment.getProperty(name))) {
					log.info("utserver.conf sets {}={}", name, shown);
				}
				else {
					log.info("utserver.conf would set {}={}, but an argument or environment variable sets it", name,
							shown);
				}
			});
			this.warnings.forEach(log::warn);
			if (this.commandLine.daemon()) {
				log.info("-daemon: torrentd does not fork; a service manager (systemd, docker) or "
						+ "`nohup java -jar torrentd.jar ... &` runs it in the background");
			}
		}
	}

	void addProperties(ConfigurableEnvironment environment) {
		MutablePropertySources sources = environment.getPropertySources();
		Map<String, Object> arguments = new LinkedHashMap<>(
				UtserverLaunchProperties.fromCommandLine(this.commandLine, this.workingDir));
		if (!arguments.isEmpty()) {
			MapPropertySource source = new MapPropertySource(ARGUMENTS_SOURCE, arguments);
			if (sources.contains("commandLineArgs")) {
				sources.addAfter("commandLineArgs", source);
			}
			else {
				sources.addFirst(source);
			}
		}
		Map<String, Object> conf = new LinkedHashMap<>();
		Path file;
		String configured = environment.getProperty(UtserverLaunchProperties.CONFIG_FILE);
		if (configured != null && !configured.isBlank()) {
			file = this.workingDir.resolve(configured).normalize();
		}
		else {
			file = this.workingDir.resolve("utserver.conf");
			if (!Files.isRegularFile(file)) {
				return;
			}
			conf.put(UtserverLaunchProperties.CONFIG_FILE, file.toString());
			this.notes.add("utserver.conf found in the working directory: " + file);
		}
		if (Files.isRegularFile(file)) {
			try {
				UtserverConf parsed = UtserverConf.parse(UtserverConf.readText(file));
				Map<String, String> mapped = UtserverLaunchProperties.fromConf(parsed, this.workingDir);
				this.fromFile.putAll(mapped);
				this.warnings.addAll(UtserverLaunchProperties.problems(parsed));
				conf.putAll(mapped);
			}
			catch (IOException ex) {
				this.warnings.add(file + " cannot be read: " + ex);
			}
		}
		if (!conf.isEmpty()) {
			MapPropertySource source = new MapPropertySource(CONF_SOURCE, conf);
			if (sources.contains("systemEnvironment")) {
				sources.addAfter("systemEnvironment", source);
			}
			else {
				sources.addLast(source);
			}
		}
	}

}
