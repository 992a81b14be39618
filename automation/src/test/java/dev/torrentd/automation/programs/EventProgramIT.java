package dev.torrentd.automation.programs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.engine.libtorrent.TestEngines;
import dev.torrentd.engine.libtorrent.TestTorrents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Programs run on a real engine's events: a script written by the test records its
 * arguments (NUL-separated, so that any name reads back exactly) into a file named on its
 * command line. The torrent's name is full of shell syntax; it must arrive as one
 * argument, and nothing in it may run.
 */
class EventProgramIT {

	static final String NASTY = "a b; touch pwned $(id) \"q\" 'x' `y`";

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

	private LibtorrentEngine engine;

	private ProgramRunner runner;

	private Path record;

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	@BeforeEach
	void open() throws Exception {
		this.engine = this.engines.start(this.dir.resolve("engine"));
		this.logs.start();
		((Logger) LoggerFactory.getLogger(ProgramLauncher.class)).addAppender(this.logs);
		this.record = script("record.sh",
				"#!/bin/sh\nout=\"$1\"\nshift\nprintf '%s\\0' \"$@\" > \"$out.tmp\"\n" + "mv \"$out.tmp\" \"$out\"\n");
	}

	@AfterEach
	void close() {
		if (this.runner != null) {
			this.runner.close();
		}
		this.scheduler.shutdownNow();
		((Logger) LoggerFactory.getLogger(ProgramLauncher.class)).detachAppender(this.logs);
	}

	private Path script(String name, String text) throws Exception {
		Path file = this.dir.resolve("bin").resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	private ProgramRunner startRunner(Duration programTimeout, EventProgramSettings settings) {
		this.runner = new ProgramRunner(this.engine, this.dir.resolve("state/programs"),
				new AutomationOptions(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(200),
						programTimeout, Duration.ofSeconds(10), 1024 * 1024),
				this.scheduler, (environment) -> environment.remove("LD_PRELOAD"));
		this.runner.apply(settings);
		this.runner.start();
		return this.runner;
	}

	/** A command line calling the recording script, its output file first. */
	private String recording(String output, String arguments) {
		return "'" + this.record + "' '" + this.dir.resolve(output) + "' " + arguments;
	}

	private List<String> awaitRecorded(String output) {
		Path file = this.dir.resolve(output);
		await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(file));
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			return Arrays.asList(text.substring(0, text.length() - 1).split("\0", -1));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private void assertNothingInjected() throws Exception {
		assertThat(Path.of("pwned")).doesNotExist();
		try (Stream<Path> files = Files.walk(this.dir)) {
			assertThat(files.filter((file) -> file.getFileName().toString().startsWith("pwned"))).isEmpty();
		}
	}

	private TorrentId add(LibtorrentEngine target, byte[] metainfo, AddOptions options) {
		return target.add(new TorrentSource.MetainfoFile(metainfo), options).id();
	}

	@Test
	void aTorrentAddedRunsTheProgramWithItsNameAsExactlyOneArgument() throws Exception {
		Path content = TestTorrents.randomFile(this.dir.resolve("content/Some File.bin"), 64 * 1024, 1);
		byte[] metainfo = TestTorrents.metainfo(content, 16 * 1024);
		Path savePath = this.dir.resolve("downloads/with space");
		startRunner(Duration.ofMinutes(1), EventProgramSettings.NONE.withOnAdded(
				new EventProgram(true, recording("added", "%N \"%D\" %K --name=%N %Q"), Placeholders.QBITTORRENT)));
		TorrentId id = add(this.engine, metainfo,
				AddOptions.builder().name(NASTY).savePath(savePath).stopped(true).build());
		assertThat(awaitRecorded("added")).containsExactly(NASTY, savePath.toString(), id.hex(), "--name=" + NASTY,
				"%Q");
		assertNothingInjected();
	}

	@Test
	void torrentsPresentAtStartFireNothing() throws Exception {
		Path content = TestTorrents.randomFile(this.dir.resolve("content/Before.bin"), 64 * 1024, 2);
		add(this.engine, TestTorrents.metainfo(content, 16 * 1024), AddOptions.builder().stopped(true).build());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.engine.torrents().size() == 1);
		startRunner(Duration.ofMinutes(1), EventProgramSettings.NONE
			.withOnAdded(new EventProgram(true, recording("added", "%N"), Placeholders.QBITTORRENT)));
		Thread.sleep(1500);
		assertThat(this.dir.resolve("added")).doesNotExist();
	}

	@Test
	void aRealDownloadRunsTheFinishedAndStateProgramsWithItsPaths() throws Exception {
		LibtorrentEngine seeder = this.engines.start(this.dir.resolve("seeder"));
		Path pack = this.dir.resolve("seed/Season Pack");
		TestTorrents.randomFile(pack.resolve("e01.bin"), 700 * 1024 + 5, 3);
		TestTorrents.randomFile(pack.resolve("e02.bin"), 500 * 1024 + 9, 4);
		byte[] metainfo = TestTorrents.metainfo(pack, 16 * 1024);
		TorrentId id = add(seeder, metainfo, AddOptions.builder().savePath(pack.getParent()).build());
		await().atMost(Duration.ofSeconds(30)).until(() -> seeder.get(id).state() == TorrentState.SEEDING);

		Path savePath = this.dir.resolve("downloads");
		startRunner(Duration.ofMinutes(1),
				new EventProgramSettings(EventProgram.NONE,
						new EventProgram(true, recording("finished", "%N %D %F %R %C %Z %I %L"),
								Placeholders.QBITTORRENT),
						new EventProgram(true, recording("state-%S", "%S %P %N %D %F %M %I"), Placeholders.UTORRENT)));
		add(this.engine, metainfo, AddOptions.builder().name(NASTY).savePath(savePath).category("tv").build());
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
			seeder.addPeers(List.of(id), List.of(TestEngines.address(this.engine)));
			Optional<Torrent> found = this.engine.find(id);
			return found.isPresent() && found.get().complete();
		});
		assertThat(savePath.resolve("Season Pack/e01.bin")).hasSameBinaryContentAs(pack.resolve("e01.bin"));
		assertThat(savePath.resolve("Season Pack/e02.bin")).hasSameBinaryContentAs(pack.resolve("e02.bin"));

		Path root = savePath.resolve("Season Pack");
		assertThat(awaitRecorded("finished")).containsExactly(NASTY, savePath.toString(), root.toString(),
				root.toString(), "2", Long.toString(700 * 1024 + 5 + 500 * 1024 + 9), id.hex(), "tv");

		// µTorrent's state program: seeding (5) after downloading or checking
		List<String> seeding = awaitRecorded("state-5");
		assertThat(seeding).hasSize(7);
		assertThat(seeding.get(0)).isEqualTo("5");
		assertThat(seeding.get(1)).isIn("2", "6", "12");
		assertThat(seeding.subList(2, 7)).containsExactly(NASTY, root.toString(), "", "Seeding 100.0 %",
				id.hex().toUpperCase(java.util.Locale.ROOT));
		assertNothingInjected();
	}

	@Test
	void aCommandWithShellSyntaxGetsTheValuesThroughTheEnvironment() throws Exception {
		Path content = TestTorrents.randomFile(this.dir.resolve("content/Shell.bin"), 64 * 1024, 5);
		Path out = this.dir.resolve("shell-out");
		startRunner(Duration.ofMinutes(1),
				EventProgramSettings.NONE.withOnAdded(new EventProgram(true,
						"echo %N > '" + out + "'; echo \"[%N]\" >> '" + out + "'; echo to-stdout; echo to-stderr >&2",
						Placeholders.QBITTORRENT)));
		add(this.engine, TestTorrents.metainfo(content, 16 * 1024),
				AddOptions.builder().name(NASTY).stopped(true).build());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(out).hasContent(NASTY + "\n[" + NASTY + "]"));
		assertNothingInjected();
		// the output is logged line by line under the program's name
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.logs.list).map(ILoggingEvent::getFormattedMessage)
				.anySatisfy((line) -> assertThat(line)
					.matches("\\[on-added program for \".*\" \\(pid \\d+\\)\\] to-stdout"))
				.anySatisfy((line) -> assertThat(line)
					.matches("\\[on-added program for \".*\" \\(pid \\d+\\)\\] to-stderr"))
				.anySatisfy((line) -> assertThat(line).matches("The on-added program .* exited with code 0")));
	}

	@Test
	void aProgramRunningPastTheTimeoutIsKilledWithItsChildren() throws Exception {
		Path pids = this.dir.resolve("pids");
		Path sleeper = script("sleeper.sh", "#!/bin/sh\nsleep 300 &\necho \"$$ $!\" > '" + pids + ".tmp'\nmv '" + pids
				+ ".tmp' '" + pids + "'\nwait\n");
		Path content = TestTorrents.randomFile(this.dir.resolve("content/Slow.bin"), 64 * 1024, 6);
		startRunner(Duration.ofSeconds(2), EventProgramSettings.NONE
			.withOnAdded(new EventProgram(true, "'" + sleeper + "' %N", Placeholders.QBITTORRENT)));
		long started = System.nanoTime();
		add(this.engine, TestTorrents.metainfo(content, 16 * 1024), AddOptions.builder().stopped(true).build());
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(pids));
		long[] pid = Arrays.stream(Files.readString(pids).trim().split(" ")).mapToLong(Long::parseLong).toArray();
		assertThat(isRunning(pid[0])).isTrue();
		assertThat(isRunning(pid[1])).isTrue();
		await().atMost(Duration.ofSeconds(15)).until(() -> !isRunning(pid[0]) && !isRunning(pid[1]));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
	}

	/** Alive and not a zombie waiting for a parent that no longer reaps it. */
	private static boolean isRunning(long pid) {
		Path stat = Path.of("/proc/" + pid + "/stat");
		try {
			String text = Files.readString(stat);
			String state = text.substring(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
			return !state.equals("Z") && !state.equals("X");
		}
		catch (Exception ex) {
			return false;
		}
	}

}
