package dev.torrentd.app.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * µTorrent Server's command-line arguments (manual, "Command-line Arguments"):
 * {@code -configfile <path>}, {@code -settingspath
 *
<dir>
 * }, {@code -logfile [path]}, {@code -pidfile <path>}, {@code -daemon}, {@code -usage};
 * keywords case-insensitive, preceded by one dash. Every other argument (Spring's
 * {@code --name=value}) is kept unchanged, in order, for Spring.
 *
 * @param configFile {@code -configfile}: the {@code utserver.conf} to read, null when not
 * given
 * @param settingsPath {@code -settingspath}: the state directory, null when not given
 * @param logFile {@code -logfile}: the log file ({@code utserver.log} when the keyword
 * comes without a path), null when not given
 * @param pidFile {@code -pidfile}: where to write the process id, null when not given
 * @param daemon {@code -daemon} was given (accepted; torrentd does not fork)
 * @param usage {@code -usage} was given: print {@link #USAGE} and exit
 * @param remaining the other arguments, in order
 */
public record UtserverCommandLine(@Nullable Path configFile, @Nullable Path settingsPath, @Nullable Path logFile,
		@Nullable Path pidFile, boolean daemon, boolean usage, List<String> remaining) {

	/** The supported arguments, as {@code -usage} prints them. */
	public static final String USAGE = """
			Usage: java -jar torrentd.jar [-configfile <path>] [-settingspath <dir>] [-logfile [<path>]]
			                              [-pidfile <path>] [-daemon] [-usage] [--<property>=<value> ...]
			µTorrent Server's arguments (keywords are case-insensitive):
			  -configfile <path>    the utserver.conf to read (default: utserver.conf in the working
			                        directory, when it exists)
			  -settingspath <dir>   where torrents, resume data and settings are kept (torrentd.state-dir)
			  -logfile [<path>]     also log to this file (without a path: utserver.log in the working
			                        directory)
			  -pidfile <path>       write the server's process id to this file
			  -daemon               accepted; torrentd does not fork: run it under a service manager
			                        (systemd, docker) or with nohup ... &
			  -usage                print this and exit
			Any torrentd setting (docs/configuration.md) as --<property>=<value>, e.g. --server.port=8080;
			these win over the arguments above and over utserver.conf.
			""";

	/** The file {@code -logfile} without a path logs to, in the working directory. */
	static final String DEFAULT_LOG_FILE = "utserver.log";

	public UtserverCommandLine {
		remaining = List.copyOf(remaining);
	}

	/**
	 * Separates µTorrent Server's arguments from the others.
	 * @param args the arguments of {@code main}
	 * @return the arguments read
	 * @throws IllegalArgumentException when {@code -configfile}, {@code -settingspath} or
	 * {@code -pidfile} comes without its value
	 */
	public static UtserverCommandLine parse(String... args) {
		Path configFile = null;
		Path settingsPath = null;
		Path logFile = null;
		Path pidFile = null;
		boolean daemon = false;
		boolean usage = false;
		List<String> remaining = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String keyword = keyword(arg);
			if (keyword == null) {
				remaining.add(arg);
				continue;
			}
			switch (keyword) {
				case "configfile" -> configFile = Path.of(value(args, i++, arg));
				case "settingspath" -> settingsPath = Path.of(value(args, i++, arg));
				case "pidfile" -> pidFile = Path.of(value(args, i++, arg));
				case "logfile" -> {
					boolean hasPath = i + 1 < args.length && !args[i + 1].startsWith("-");
					logFile = Path.of(hasPath ? args[++i] : DEFAULT_LOG_FILE);
				}
				case "daemon" -> daemon = true;
				case "usage" -> usage = true;
				default -> remaining.add(arg);
			}
		}
		return new UtserverCommandLine(configFile, settingsPath, logFile, pidFile, daemon, usage, remaining);
	}

	/**
	 * The remaining arguments, for {@code SpringApplication.run}.
	 * @return the arguments that are not µTorrent Server's
	 */
	public String[] remainingArgs() {
		return this.remaining.toArray(String[]::new);
	}

	/** The keyword of {@code -keyword} (one dash), lower-case; null for anything else. */
	private static @Nullable String keyword(String arg) {
		if (arg.length() < 2 || arg.charAt(0) != '-' || arg.charAt(1) == '-') {
			return null;
		}
		return arg.substring(1).toLowerCase(Locale.ROOT);
	}

	private static String value(String[] args, int index, String keyword) {
		if (index + 1 >= args.length || args[index + 1].isEmpty()) {
			throw new IllegalArgumentException(keyword + " needs a value");
		}
		return args[index + 1];
	}

}
