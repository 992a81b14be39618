package dev.torrentd.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * HotSpot's signal-chaining library ({@code libjsig.so}), which the engine needs in the
 * process.
 * <p>
 * libtorrent 2.0's mmap storage installs its own SIGSEGV/SIGBUS handler over HotSpot's
 * the first time it touches a file. HotSpot uses SIGSEGV for implicit null checks and
 * stack-overflow detection, so from then on a {@code NullPointerException} or
 * {@code StackOverflowError} in JIT-compiled code kills the JVM (exit 139, no hs_err
 * file). With {@code libjsig.so} preloaded ({@code LD_PRELOAD}), HotSpot keeps its
 * handler and chains to libtorrent's for faults it does not own. See docs/engine.md.
 */
public final class SignalChaining {

	/** The environment variable that names a launcher's preloaded libraries. */
	public static final String PRELOAD_VARIABLE = "LD_PRELOAD";

	private SignalChaining() {
	}

	/**
	 * Whether {@code libjsig.so} is loaded in this process, read from
	 * {@code /proc/self/maps}.
	 * @return true when signal chaining is in place
	 */
	public static boolean isActive() {
		try {
			return Files.readString(Path.of("/proc/self/maps")).contains("/libjsig.so");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The running JVM's own {@code libjsig.so}.
	 * @return its path, or empty if this JVM has none
	 */
	public static Optional<Path> library() {
		Path javaHome = Path.of(System.getProperty("java.home"));
		for (Path candidate : new Path[] { javaHome.resolve("lib/libjsig.so"),
				javaHome.resolve("lib/server/libjsig.so") }) {
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/**
	 * Fails unless signal chaining is in place.
	 * @throws IllegalStateException naming the {@code LD_PRELOAD} setting that is missing
	 */
	public static void requireActive() {
		if (!isActive()) {
			String lib = library().map(Path::toString).orElse("$JAVA_HOME/lib/libjsig.so");
			throw new IllegalStateException(
					"HotSpot signal chaining is not active: start the JVM with " + PRELOAD_VARIABLE + "=" + lib
							+ " (libtorrent's SIGSEGV handler would otherwise kill the JVM on the next "
							+ "NullPointerException; see docs/engine.md)");
		}
	}

}
