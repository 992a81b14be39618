package dev.torrentd.automation.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
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
 * Watch folders on a real engine: .torrent files made by libtorrent are dropped into
 * folders (slowly, before start, broken) and the engine ends up with each torrent once,
 * at the folder's save path, the files renamed or deleted.
 */
class WatchFolderIT {

	private static final AutomationOptions OPTIONS = new AutomationOptions(Duration.ofMillis(500),
			Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(10), 1024 * 1024);

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	private LibtorrentEngine engine;

	private FolderWatcher watcher;

	@BeforeEach
	void open() {
		this.engine = this.engines.start(this.dir.resolve("engine"));
		this.logs.start();
		((Logger) LoggerFactory.getLogger(FolderWatcher.class)).addAppender(this.logs);
	}

	@AfterEach
	void close() {
		if (this.watcher != null) {
			this.watcher.close();
		}
		this.scheduler.shutdownNow();
		((Logger) LoggerFactory.getLogger(FolderWatcher.class)).detachAppender(this.logs);
	}

	private FolderWatcher startWatcher(WatchedFolder... folders) {
		return startWatcher(true, folders);
	}

	private FolderWatcher startWatcher(boolean fileSystemEvents, WatchedFolder... folders) {
		this.watcher = new FolderWatcher(this.engine, this.dir.resolve("state/watch"), OPTIONS, this.scheduler,
				fileSystemEvents);
		this.watcher.setFolders(List.of(folders));
		this.watcher.start();
		return this.watcher;
	}

	private byte[] metainfo(String name, int size, long seed) {
		Path content = TestTorrents.randomFile(this.dir.resolve("content").resolve(name), size, seed);
		return TestTorrents.metainfo(content, 16 * 1024);
	}

	private Torrent awaitTorrent(byte[] metainfo) {
		TorrentId id = TorrentId.parse(TestTorrents.infoHash(metainfo));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.engine.find(id).isPresent());
		return this.engine.get(id);
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aTorrentFileCopiedInSlowlyIsAddedOnceWhole() throws Exception {
		Path watch = this.dir.resolve("watch");
		startWatcher(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, false));
		// 4 MiB in 16 KiB pieces: a 5 KiB .torrent, written in ten chunks over 3 s
		byte[] metainfo = metainfo("Slow.Copy.bin", 4 * 1024 * 1024, 1);
		Path file = watch.resolve("Slow Copy.torrent");
		int chunk = (metainfo.length + 9) / 10;
		for (int offset = 0; offset < metainfo.length; offset += chunk) {
			Files.write(file, Arrays.copyOfRange(metainfo, offset, Math.min(metainfo.length, offset + chunk)),
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			Thread.sleep(330);
			assertThat(this.engine.torrents()).as("added before the copy ended").isEmpty();
		}
		Torrent torrent = awaitTorrent(metainfo);
		assertThat(torrent.savePath()).isEqualTo(watch);
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(watch.resolve("Slow Copy.torrent.loaded")));
		// a few more scans: nothing more happens
		Thread.sleep(2000);
		assertThat(this.engine.torrents()).hasSize(1);
		assertThat(names(watch)).containsExactly("Slow Copy.torrent.loaded");
		assertThat(watch.resolve("Slow Copy.torrent.loaded")).hasBinaryContent(metainfo);
		assertThat(this.logs.list).noneMatch((event) -> event.getLevel() == Level.WARN);
	}

	@Test
	void aCopyThatStallsLongerThanTheSettleTimeIsAddedWhenItCompletes() throws Exception {
		Path watch = this.dir.resolve("watch");
		startWatcher(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, false));
		byte[] metainfo = metainfo("Stalled.Copy.bin", 1024 * 1024, 3);
		Path file = watch.resolve("stalled.torrent");
		Files.write(file, Arrays.copyOf(metainfo, metainfo.length / 2));
		// three settle times: the half file is read, and refused, at least once
		Thread.sleep(3500);
		assertThat(names(watch)).containsExactly("stalled.torrent");
		Files.write(file, Arrays.copyOfRange(metainfo, metainfo.length / 2, metainfo.length),
				StandardOpenOption.APPEND);
		Torrent torrent = awaitTorrent(metainfo);
		assertThat(torrent.savePath()).isEqualTo(watch);
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(watch.resolve("stalled.torrent.loaded")));
		assertThat(names(watch)).containsExactly("stalled.torrent.loaded");
		assertThat(this.logs.list).noneMatch((event) -> event.getLevel() == Level.WARN);
	}

	@Test
	void aMalformedFileIsRenamedInvalidWithOneWarningAndNeverRetried() throws Exception {
		Path watch = this.dir.resolve("watch");
		startWatcher(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, false));
		Files.writeString(watch.resolve("broken.torrent"), "<html>404 Not Found</html>");
		// read five times, a settle time (1 s) apart, before it is called invalid
		await().atMost(Duration.ofSeconds(25)).until(() -> Files.exists(watch.resolve("broken.torrent.invalid")));
		Thread.sleep(2500);
		assertThat(names(watch)).containsExactly("broken.torrent.invalid");
		assertThat(this.engine.torrents()).isEmpty();
		List<String> warnings = this.logs.list.stream()
			.filter((event) -> event.getLevel() == Level.WARN)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0)).contains(watch.resolve("broken.torrent").toString())
			.contains("is not a valid torrent")
			.contains("broken.torrent.invalid")
			.doesNotContain("\n");
	}

	@Test
	void aFilePresentBeforeStartIsAddedAndDeletedWhenAsked() throws Exception {
		Path watch = Files.createDirectories(this.dir.resolve("watch"));
		byte[] metainfo = metainfo("Already.There.bin", 100 * 1024, 2);
		Files.write(watch.resolve("already.TORRENT"), metainfo);
		startWatcher(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, true));
		Torrent torrent = awaitTorrent(metainfo);
		assertThat(torrent.savePath()).isEqualTo(this.engine.settings().defaultSavePath());
		await().atMost(Duration.ofSeconds(10)).until(() -> names(watch).isEmpty());
		assertThat(this.engine.torrents()).hasSize(1);
	}

	@Test
	void eachFolderAddsToItsOwnDestinationAndDisposesOfItsFilesItsOwnWay() throws Exception {
		Path intoItself = this.dir.resolve("watch/into-itself");
		Path toSavePath = this.dir.resolve("watch/to-save-path");
		Path savePath = this.dir.resolve("downloads/tv");
		startWatcher(new WatchedFolder(intoItself, Destination.WATCHED_FOLDER, null, false),
				new WatchedFolder(toSavePath, Destination.SAVE_PATH, savePath, true));
		byte[] first = metainfo("First.bin", 100 * 1024, 3);
		byte[] second = metainfo("Second.bin", 100 * 1024, 4);
		Files.write(intoItself.resolve("first.torrent"), first);
		Files.write(toSavePath.resolve("second.torrent"), second);
		assertThat(awaitTorrent(first).savePath()).isEqualTo(intoItself);
		assertThat(awaitTorrent(second).savePath()).isEqualTo(savePath);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(names(intoItself)).containsExactly("first.torrent.loaded"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(names(toSavePath)).isEmpty());
		// the same torrent dropped again is a duplicate: disposed of, not added twice
		Files.write(intoItself.resolve("first again.torrent"), first);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(names(intoItself)).containsExactly("first again.torrent.loaded",
					"first.torrent.loaded"));
		assertThat(this.engine.torrents()).hasSize(2);
	}

	@Test
	void pollingAloneFindsFilesWithoutFileSystemEvents() throws Exception {
		Path watch = this.dir.resolve("watch");
		startWatcher(false, new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, false));
		byte[] metainfo = metainfo("Polled.bin", 100 * 1024, 6);
		Files.write(watch.resolve("polled.torrent"), metainfo);
		awaitTorrent(metainfo);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(names(watch)).containsExactly("polled.torrent.loaded"));
	}

	@Test
	void aFolderThatVanishesAndComesBackIsReadAgainAfterOneWarning() throws Exception {
		Path watch = this.dir.resolve("watch");
		startWatcher(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, false));
		// the folder vanishes (an unmounted share) and comes back: one warning, then it
		// is read again
		Files.delete(watch);
		Thread.sleep(1500);
		Files.createDirectories(watch);
		byte[] metainfo = metainfo("Back.Again.bin", 100 * 1024, 5);
		Files.write(watch.resolve("back.torrent"), metainfo);
		awaitTorrent(metainfo);
		assertThat(this.logs.list.stream().filter((event) -> event.getLevel() == Level.WARN)).singleElement()
			.satisfies((event) -> assertThat(event.getFormattedMessage())
				.isEqualTo("Cannot read watch folder " + watch + ": no such file or folder"));
	}

}
