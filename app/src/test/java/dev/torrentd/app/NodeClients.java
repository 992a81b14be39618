package dev.torrentd.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Real third-party clients from npm, one folder per dialect under {@code clients/}
 * (system property {@code torrentd.clients.dir}, set by failsafe), installed by
 * {@code npm ci} in the build's pre-integration-test phase. Each client is a Node script
 * that asserts what it reads back and exits non-zero on the first mismatch; {@link #run}
 * runs one and fails the test with its output and the server's log when it does not exit
 * 0. Needs Node.js 20 or later and npm on the PATH: without them the test fails saying
 * what to install (never a silent skip).
 */
public final class NodeClients {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private final Path directory;

	private NodeClients(Path directory) {
		this.directory = directory;
	}

	/**
	 * The clients of one folder, after checking that Node.js and their packages are
	 * there.
	 * @param folder the folder under {@code clients/}, e.g. {@code qbittorrent}
	 * @param packages packages that must be installed in its {@code node_modules}
	 * @return the clients
	 * @throws Exception when {@code node} cannot be run
	 */
	public static NodeClients in(String folder, String... packages) throws Exception {
		String configured = System.getProperty("torrentd.clients.dir");
		assertThat(configured).as("system property torrentd.clients.dir (set by failsafe in app/pom.xml)").isNotNull();
		Path directory = Path.of(configured).resolve(folder).toAbsolutePath().normalize();
		requireNode(directory, packages);
		return new NodeClients(directory);
	}

	/**
	 * Runs {@code node <script> <arguments>} in the folder and asserts that it exits 0
	 * within three minutes.
	 * @param script the script's file name
	 * @param environment variables added to the script's environment
	 * @param serverLog the server's log (tail), shown when the script fails
	 * @param arguments the script's arguments
	 * @return the script's output
	 * @throws Exception when it cannot be run
	 */
	public String run(String script, Map<String, String> environment, Supplier<String> serverLog, String... arguments)
			throws Exception {
		List<String> command = new ArrayList<>(List.of("node", script));
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile(script, ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile());
			builder.environment().remove("LD_PRELOAD");
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
				fail("node %s did not finish within %s; its output:%n%s%nserver log (tail):%n%s", script, TIMEOUT,
						Files.readString(output), serverLog.get());
			}
			String printed = Files.readString(output);
			assertThat(process.exitValue())
				.as("node %s exit code; its output:%n%s%nserver log (tail):%n%s", script, printed, serverLog.get())
				.isZero();
			// shown in the test's report: what the client did, step by step
			System.out.printf("node %s:%n%s%n", script, printed);
			return printed;
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private static void requireNode(Path clients, String... packages) throws Exception {
		String needed = "the npm client tests need Node.js 20 or later and npm on the PATH (Debian: apt-get install nodejs npm), "
				+ "and `npm ci` run in " + clients + " (./mvnw verify does it in pre-integration-test)";
		String version;
		try {
			Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
			version = new String(process.getInputStream().readAllBytes()).trim();
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				fail("`node --version` failed (%s). %s", version, needed);
			}
		}
		catch (IOException ex) {
			fail("`node` is not on the PATH (%s). %s", ex.getMessage(), needed);
			return;
		}
		int major = Integer.parseInt(version.replaceFirst("^v(\\d+).*$", "$1"));
		assertThat(major).as("Node.js version %s. %s", version, needed).isGreaterThanOrEqualTo(20);
		for (String name : packages) {
			assertThat(clients.resolve("node_modules").resolve(name).resolve("package.json"))
				.as("the pinned clients are not installed. %s", needed)
				.isRegularFile();
		}
	}

}
