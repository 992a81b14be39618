package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.SignalChaining;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * libtorrent's SIGSEGV handler must never kill the JVM (docs/engine.md): with signal
 * chaining a NullPointerException or StackOverflowError in compiled code after real disk
 * I/O is an ordinary exception. The control case shows the same code dies without it.
 */
class SignalChainingIT {

	@TempDir
	Path dir;

	@Test
	void thisTestJvmRunsWithSignalChaining() {
		assertThat(SignalChaining.isActive()).as("LD_PRELOAD of libjsig.so in the failsafe fork").isTrue();
	}

	@Test
	void nullPointerAndStackOverflowInCompiledCodeAfterRealDiskIoAreCaught() {
		Path data = TestTorrents.randomFile(this.dir.resolve("data/io.bin"), 4 * 1024 * 1024, 3);
		try (LibtorrentEngine engine = TestEngines.open(this.dir.resolve("engine"))) {
			TorrentId id = engine
				.add(new TorrentSource.MetainfoFile(TestTorrents.metainfo(data, 64 * 1024)),
						AddOptions.builder().savePath(data.getParent()).build())
				.id();
			// checking the existing file reads it through libtorrent's mmap storage
			LoopbackSwarmIT.awaitState(engine, id, TorrentState.SEEDING, Duration.ofSeconds(30));

			assertThat(SignalCrashProbe.provokeNullPointerInCompiledCode()).isTrue();
			assertThat(overflowTheStack()).isTrue();
			assertThat(engine.get(id).state()).isEqualTo(TorrentState.SEEDING);
			assertThat(engine.torrents()).hasSize(1);
			assertThat(List.of(engine.isHealthy())).containsExactly(true);
		}
	}

	@Test
	void withoutSignalChainingTheSameCodeKillsTheJvmAndTheEngineRefusesToStart() throws Exception {
		Process withChaining = probe(true);
		Process withoutChaining = probe(false);

		assertThat(withChaining.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(withChaining.exitValue()).isZero();
		assertThat(new String(withChaining.getInputStream().readAllBytes())).contains("hashed", "survived");
		assertThat(withoutChaining.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String output = new String(withoutChaining.getInputStream().readAllBytes());
		assertThat(output).contains("hashed").doesNotContain("survived");
		assertThat(withoutChaining.exitValue()).as("killed by SIGSEGV").isIn(139, 134);

		assertThat(engineStartWithoutChaining()).contains("LD_PRELOAD=", "libjsig.so");
	}

	private Process probe(boolean chaining) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
				SignalCrashProbe.class.getName())
			.redirectErrorStream(true);
		if (!chaining) {
			builder.environment().remove("LD_PRELOAD");
		}
		return builder.start();
	}

	private String engineStartWithoutChaining() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
				EngineStartProbe.class.getName(), this.dir.resolve("refused").toString())
			.redirectErrorStream(true);
		builder.environment().remove("LD_PRELOAD");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(3);
		return output;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static boolean overflowTheStack() {
		try {
			return recurse(0) < 0;
		}
		catch (StackOverflowError expected) {
			return true;
		}
	}

	private static int recurse(int depth) {
		return recurse(depth + 1) + 1;
	}

	/** Tries to start an engine and prints why it refused. */
	public static final class EngineStartProbe {

		private EngineStartProbe() {
		}

		public static void main(String[] args) {
			try {
				TestEngines.open(Path.of(args[0])).close();
				System.exit(0);
			}
			catch (IllegalStateException ex) {
				System.out.println(ex.getMessage());
				System.exit(3);
			}
		}

	}

}
