package dev.torrentd.automation.programs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a program in its own process, without waiting for it: the arguments go straight
 * to the program (no shell) unless the command uses shell syntax, then
 * {@code /bin/sh -c <script>} runs it; either way every placeholder's value is also in
 * the environment as {@code TORRENTD_<letter>}. Standard output and error are logged line
 * by line at INFO (lines cut at {@value #MAX_LINE_CHARS} characters, the first
 * {@value #MAX_LOGGED_LINES} lines of a run; the rest is read and dropped so that the
 * program never blocks on a full pipe). Standard input is closed. A program still running
 * after the timeout is sent SIGTERM with every descendant, and SIGKILL
 * {@link #KILL_GRACE} later if it is still there; the exit code is logged.
 */
final class ProgramLauncher {

	private static final Logger log = LoggerFactory.getLogger(ProgramLauncher.class);

	static final int MAX_LINE_CHARS = 4096;

	static final int MAX_LOGGED_LINES = 1000;

	static final Duration KILL_GRACE = Duration.ofSeconds(5);

	private final Duration timeout;

	private final Executor readers;

	private final Consumer<Map<String, String>> environment;

	/**
	 * A launcher.
	 * @param timeout how long a program may run
	 * @param readers where the output of each program is read (one task per program,
	 * until its output ends)
	 * @param environment adjusts the child's environment after the variables are set
	 * (tests drop {@code LD_PRELOAD}; the server keeps its environment as is)
	 */
	ProgramLauncher(Duration timeout, Executor readers, Consumer<Map<String, String>> environment) {
		this.timeout = timeout;
		this.readers = readers;
		this.environment = environment;
	}

	/**
	 * The process arguments of a command.
	 * @param command the parsed command
	 * @param values the placeholders' values
	 * @return the program and its arguments; empty for an empty command
	 */
	static List<String> argv(CommandLine command, Map<Character, String> values) {
		if (command.shellSyntax()) {
			return List.of("/bin/sh", "-c", command.script());
		}
		return command.arguments(values);
	}

	/**
	 * Starts a program.
	 * @param label names the program in the log, e.g. {@code on-finished program}
	 * @param command the parsed command
	 * @param values the placeholders' values
	 * @return the process, or null when the command is empty or cannot be started
	 * (logged)
	 */
	@Nullable Process launch(String label, CommandLine command, Map<Character, String> values) {
		List<String> argv = argv(command, values);
		if (argv.isEmpty() || argv.get(0).isEmpty()) {
			log.warn("The {} has no program to run", label);
			return null;
		}
		ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		values.forEach((letter, value) -> env.put(CommandLine.variable(letter), value));
		this.environment.accept(env);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Cannot run the {} ({}): {}", label, argv.get(0), ex.getMessage());
			return null;
		}
		String name = label + " (pid " + process.pid() + ")";
		log.info("Started the {}: {}", name, command.shellSyntax() ? command.script() : argv);
		try {
			process.getOutputStream().close();
		}
		catch (IOException ex) {
			// the program may already be gone; its input stays unread either way
		}
		this.readers.execute(() -> logOutput(name, process.getInputStream()));
		process.onExit().thenAccept((exited) -> log.info("The {} exited with code {}", name, exited.exitValue()));
		CompletableFuture.delayedExecutor(this.timeout.toMillis(), TimeUnit.MILLISECONDS)
			.execute(() -> killIfRunning(name, process));
		return process;
	}

	private void killIfRunning(String name, Process process) {
		if (!process.isAlive()) {
			return;
		}
		// the descendants must be listed before the parent dies: orphans are reparented
		Set<ProcessHandle> tree = new LinkedHashSet<>();
		tree.add(process.toHandle());
		process.descendants().forEach(tree::add);
		log.warn("The {} still runs after {} s; stopping it and {} child process(es)", name, this.timeout.toSeconds(),
				tree.size() - 1);
		tree.forEach(ProcessHandle::destroy);
		CompletableFuture.delayedExecutor(KILL_GRACE.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
			List<ProcessHandle> left = new ArrayList<>();
			for (ProcessHandle handle : tree) {
				handle.descendants().forEach(left::add);
				left.add(handle);
			}
			for (ProcessHandle handle : left) {
				if (handle.isAlive()) {
					handle.destroyForcibly();
				}
			}
		});
	}

	private static void logOutput(String name, InputStream output) {
		int logged = 0;
		try (Reader reader = new InputStreamReader(output, StandardCharsets.UTF_8)) {
			StringBuilder line = new StringBuilder();
			char[] buffer = new char[8192];
			int n;
			while ((n = reader.read(buffer)) != -1) {
				for (int i = 0; i < n; i++) {
					char ch = buffer[i];
					if (ch == '\n' || line.length() >= MAX_LINE_CHARS) {
						logged = logLine(name, line, logged);
						if (ch == '\n') {
							continue;
						}
					}
					if (ch != '\r') {
						line.append(ch);
					}
				}
			}
			if (line.length() > 0) {
				logLine(name, line, logged);
			}
		}
		catch (IOException ex) {
			// the pipe closes when the process is killed
		}
	}

	private static int logLine(String name, StringBuilder line, int logged) {
		if (logged < MAX_LOGGED_LINES) {
			log.info("[{}] {}", name, line);
		}
		else if (logged == MAX_LOGGED_LINES) {
			log.info("[{}] … further output is not logged", name);
		}
		line.setLength(0);
		return logged + 1;
	}

}
