package dev.torrentd.engine.libtorrent;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child-JVM program that does real libtorrent disk I/O (hashing a file through mmap)
 * and then throws a NullPointerException from JIT-compiled code. Without HotSpot's signal
 * chaining, libtorrent's SIGSEGV handler has replaced HotSpot's and the JVM dies (exit
 * 139); with it, the NPE is caught and the program prints {@code survived}.
 */
public final class SignalCrashProbe {

	static final class Holder {

		int value = 1;

	}

	private SignalCrashProbe() {
	}

	static int read(Holder holder) {
		return holder.value;
	}

	public static void main(String[] args) throws Exception {
		Path dir = Files.createTempDirectory("signal-probe");
		Path file = TestTorrents.randomFile(dir.resolve("probe.bin"), 4 * 1024 * 1024, 1);
		TestTorrents.metainfo(file, 64 * 1024);
		System.out.println("hashed");
		System.out.println(provokeNullPointerInCompiledCode() ? "survived" : "no-npe");
	}

	/**
	 * Warms a field read until the JIT compiles it with an implicit (SIGSEGV-based) null
	 * check, then passes null.
	 */
	static boolean provokeNullPointerInCompiledCode() {
		Holder holder = new Holder();
		long sum = 0;
		for (int i = 0; i < 5_000_000; i++) {
			sum += read(holder);
		}
		try {
			sum += read(null);
			return sum < 0;
		}
		catch (NullPointerException expected) {
			return true;
		}
	}

}
