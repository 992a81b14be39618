package dev.torrentd.app.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.torrentd.engine.SignalChaining;
import sun.misc.Signal;

/**
 * Makes {@code java -jar torrentd.jar} safe without any flag: when HotSpot's
 * signal-chaining library is not preloaded, the launcher starts the same command again as
 * a child process with {@code LD_PRELOAD=$JAVA_HOME/lib/libjsig.so}, forwards its exit
 * code, and stops it when it is stopped itself. The child exits by itself if the parent
 * disappears (even by {@code kill -9}). libtorrent would otherwise replace HotSpot's
 * SIGSEGV handler and the next NullPointerException would kill the JVM (docs/engine.md).
 */
public final class SignalChainingLauncher {

	static final String RELAUNCHED = "TORRENTD_RELAUNCHED_BY";

	private SignalChainingLauncher() {
	}

	/**
	 * Relaunches this JVM with signal chaining if it is missing, and never returns then;
	 * otherwise returns at once (after arranging to exit with a launcher parent that goes
	 * away).
	 */
	public static void relaunchWithSignalChainingIfNeeded() {
		String parent = System.getenv(RELAUNCHED);
		if (parent != null) {
			exitWithParent(parent);
			return;
		}
		if (SignalChaining.isActive()) {
			return;
		}
		Optional<Path> library = SignalChaining.library();
		if (library.isEmpty()) {
			// the engine refuses to start and says why
			return;
		}
		System.exit(runChild(library.get()));
	}

	private static int runChild(Path library) {
		ProcessBuilder builder = new ProcessBuilder(currentCommand()).inheritIO();
		String preload = System.getenv(SignalChaining.PRELOAD_VARIABLE);
		builder.environment()
			.put(SignalChaining.PRELOAD_VARIABLE,
					(preload == null || preload.isBlank()) ? library.toString() : library + ":" + preload);
		builder.environment().put(RELAUNCHED, Long.toString(ProcessHandle.current().pid()));
		try {
			Process child = builder.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "torrentd-launcher-stop"));
			forwardHangups(child);
			return child.waitFor();
		}
		catch (IOException ex) {
			System.err.println("torrentd: cannot restart the JVM with " + SignalChaining.PRELOAD_VARIABLE + "="
					+ library + ": " + ex.getMessage());
			return 1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	/**
	 * Forwards SIGTERM (and Ctrl-C) to the child, waits for its graceful shutdown, and
	 * exits with the child's status: a JVM stopping on a signal would otherwise always
	 * exit 143.
	 */
	private static void stop(Process child) {
		if (child.isAlive()) {
			child.destroy();
			try {
				if (!child.waitFor(90, TimeUnit.SECONDS)) {
					child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (!child.isAlive()) {
			Runtime.getRuntime().halt(child.exitValue());
		}
	}

	/**
	 * SIGHUP reloads utserver.conf in the server (the child); a service manager sends it
	 * to the process it started, this launcher (systemd's {@code kill -HUP $MAINPID}).
	 * Without this the JVM would take SIGHUP as a request to stop.
	 */
	private static void forwardHangups(Process child) {
		try {
			Signal.handle(new Signal("HUP"), (signal) -> {
				try {
					new ProcessBuilder("kill", "-HUP", Long.toString(child.pid())).inheritIO().start();
				}
				catch (IOException ex) {
					System.err.println("torrentd: cannot forward SIGHUP to " + child.pid() + ": " + ex.getMessage());
				}
			});
		}
		catch (IllegalArgumentException | UnsupportedOperationException ex) {
			// the JVM keeps SIGHUP (-Xrs): it stops the launcher, which stops the server
		}
	}

	private static void exitWithParent(String parentPid) {
		try {
			ProcessHandle.of(Long.parseLong(parentPid))
				.ifPresentOrElse((p) -> p.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
		}
		catch (NumberFormatException ex) {
			// not set by our launcher: nothing to watch
		}
	}

	/** The command line of this JVM, to run it again. */
	static List<String> currentCommand() {
		ProcessHandle.Info info = ProcessHandle.current().info();
		Optional<String> command = info.command();
		Optional<String[]> arguments = info.arguments();
		if (command.isPresent() && arguments.isPresent()) {
			List<String> all = new ArrayList<>();
			all.add(command.get());
			all.addAll(Arrays.asList(arguments.get()));
			return all;
		}
		List<String> all = new ArrayList<>();
		all.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		all.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
		String sunCommand = System.getProperty("sun.java.command", "");
		String first = sunCommand.split(" ", 2)[0];
		if (first.endsWith(".jar")) {
			all.add("-jar");
		}
		else {
			all.add("-cp");
			all.add(System.getProperty("java.class.path"));
		}
		all.addAll(Arrays.asList(sunCommand.split(" ")));
		return all;
	}

}
