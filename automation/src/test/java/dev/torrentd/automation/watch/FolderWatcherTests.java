package dev.torrentd.automation.watch;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.InvalidMetainfoException;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The watcher with an engine stand-in that takes bytes starting with {@code d} and
 * refuses the rest, scanned by hand with a zero settle time: a file is read at the second
 * scan that finds it unchanged.
 */
class FolderWatcherTests {

	private static final AutomationOptions OPTIONS = new AutomationOptions(Duration.ofHours(1), Duration.ZERO,
			Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(10), 1024);

	@TempDir
	Path dir;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	private final List<String> added = new ArrayList<>();

	private final List<AddOptions> addOptions = new ArrayList<>();

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
	}

	private TorrentEngine engine() {
		return (TorrentEngine) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { TorrentEngine.class }, (proxy, method, args) -> {
					switch (method.getName()) {
						case "add" -> {
							byte[] bytes = ((TorrentSource.MetainfoFile) args[0]).bytes();
							String text = new String(bytes, StandardCharsets.UTF_8);
							if (!text.startsWith("d")) {
								throw new InvalidMetainfoException("not bencoded");
							}
							boolean duplicate = this.added.contains(text);
							this.added.add(text);
							this.addOptions.add((AddOptions) args[1]);
							return new AddResult(TorrentId.parse("ab".repeat(20)), duplicate);
						}
						case "find" -> {
							return Optional.empty();
						}
						default -> throw new UnsupportedOperationException(method.getName());
					}
				});
	}

	private FolderWatcher watcher() {
		return new FolderWatcher(engine(), this.dir.resolve("state"), OPTIONS, this.scheduler);
	}

	@Test
	void torrentFileNamesEndInTorrentInAnyCaseAndAreNotHidden() {
		assertThat(FolderWatcher.isTorrentFileName("a.torrent")).isTrue();
		assertThat(FolderWatcher.isTorrentFileName("Show S01.TORRENT")).isTrue();
		assertThat(FolderWatcher.isTorrentFileName(".a.torrent")).isFalse();
		assertThat(FolderWatcher.isTorrentFileName(".torrent")).isFalse();
		assertThat(FolderWatcher.isTorrentFileName("a.torrent.loaded")).isFalse();
		assertThat(FolderWatcher.isTorrentFileName("a.torrent.part")).isFalse();
		assertThat(FolderWatcher.isTorrentFileName("a.magnet")).isFalse();
	}

	@Test
	void eachDestinationGivesItsSavePath() {
		Path watch = Path.of("/watch");
		assertThat(FolderWatcher.addOptions(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, false)))
			.satisfies((options) -> {
				assertThat(options.savePath()).isEqualTo(watch);
				assertThat(options.autoManagedSavePath()).isFalse();
			});
		assertThat(FolderWatcher.addOptions(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, false)))
			.isEqualTo(AddOptions.defaults());
		assertThat(FolderWatcher
			.addOptions(new WatchedFolder(watch, Destination.SAVE_PATH, Path.of("/downloads/tv"), false)))
			.satisfies((options) -> {
				assertThat(options.savePath()).isEqualTo(Path.of("/downloads/tv"));
				assertThat(options.autoManagedSavePath()).isFalse();
			});
	}

	@Test
	void renamedFilesNeverOverwriteAnEarlierOne() {
		Path file = Path.of("/watch/a.torrent");
		assertThat(FolderWatcher.renamed(file, ".loaded", 1)).isEqualTo(Path.of("/watch/a.torrent.loaded"));
		assertThat(FolderWatcher.renamed(file, ".loaded", 2)).isEqualTo(Path.of("/watch/a.torrent.2.loaded"));
	}

	@Test
	void foldersArePersistedCreatedAndLoadedByTheNextWatcher() {
		Path watch = this.dir.resolve("new/watch");
		List<WatchedFolder> folders = List.of(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, true),
				new WatchedFolder(this.dir.resolve("other"), Destination.SAVE_PATH, this.dir.resolve("dl"), false));
		FolderWatcher first = watcher();
		first.setFolders(folders);
		assertThat(watch).isDirectory();
		assertThat(first.folders()).isEqualTo(folders);
		first.close();
		assertThat(watcher().folders()).isEqualTo(folders);
	}

	@Test
	void aBadListChangesNothing() {
		FolderWatcher watcher = watcher();
		List<WatchedFolder> good = List
			.of(new WatchedFolder(this.dir.resolve("w"), Destination.WATCHED_FOLDER, null, false));
		watcher.setFolders(good);
		assertThatIllegalArgumentException().isThrownBy(() -> watcher
			.setFolders(List.of(new WatchedFolder(this.dir.resolve("x"), Destination.WATCHED_FOLDER, null, false),
					new WatchedFolder(Path.of("relative"), Destination.WATCHED_FOLDER, null, false))));
		assertThat(watcher.folders()).isEqualTo(good);
		assertThat(watcher().folders()).isEqualTo(good);
	}

	@Test
	void aFolderThatCannotBeCreatedIsAOneLineError() throws Exception {
		Path file = Files.writeString(this.dir.resolve("a-file"), "x");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> watcher()
				.setFolders(List.of(new WatchedFolder(file.resolve("sub"), Destination.WATCHED_FOLDER, null, false))))
			.withMessageStartingWith("cannot create watch folder " + file.resolve("sub") + ": ")
			.withMessageNotContaining("\n");
	}

	@Test
	void anUpdateStartsFromTheListAsItIsNow() {
		FolderWatcher watcher = watcher();
		WatchedFolder first = new WatchedFolder(this.dir.resolve("a"), Destination.WATCHED_FOLDER, null, false);
		WatchedFolder second = new WatchedFolder(this.dir.resolve("b"), Destination.DEFAULT_SAVE_PATH, null, true);
		watcher.setFolders(List.of(first));
		List<WatchedFolder> now = watcher.updateFolders((current) -> {
			List<WatchedFolder> next = new ArrayList<>(current);
			next.add(second);
			return next;
		});
		assertThat(now).containsExactly(first, second);
		assertThat(watcher().folders()).containsExactly(first, second);
		assertThatIllegalArgumentException().isThrownBy(() -> watcher.updateFolders(
				(current) -> List.of(new WatchedFolder(Path.of("relative"), Destination.WATCHED_FOLDER, null, false))));
		assertThat(watcher.folders()).containsExactly(first, second);
	}

	@Test
	void checkingAFolderCreatesItAndChangesNoList() throws Exception {
		FolderWatcher watcher = watcher();
		Path folder = this.dir.resolve("checked/watch");
		watcher.check(new WatchedFolder(folder, Destination.WATCHED_FOLDER, null, false));
		assertThat(folder).isDirectory();
		assertThat(watcher.folders()).isEmpty();
		Path file = Files.writeString(this.dir.resolve("a-file"), "x");
		assertThatIllegalArgumentException().isThrownBy(
				() -> watcher.check(new WatchedFolder(file.resolve("sub"), Destination.WATCHED_FOLDER, null, false)))
			.withMessageStartingWith("cannot create watch folder ");
		assertThatIllegalArgumentException().isThrownBy(
				() -> watcher.check(new WatchedFolder(Path.of("rel"), Destination.WATCHED_FOLDER, null, false)));
	}

	@Test
	void aFileIsAddedOnceThenRenamedLoadedAndARefusedFileInvalid() throws Exception {
		Path watch = this.dir.resolve("watch");
		FolderWatcher watcher = watcher();
		watcher.setFolders(List.of(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, false)));
		Files.writeString(watch.resolve("good.torrent"), "d4:infoe");
		Files.writeString(watch.resolve("bad.torrent"), "<html>");
		Files.writeString(watch.resolve("good.torrent.loaded"), "an earlier one");
		Files.writeString(watch.resolve("notes.txt"), "d4:infoe");
		watcher.scan();
		assertThat(this.added).isEmpty();
		watcher.scan();
		watcher.scan();
		assertThat(this.added).containsExactly("d4:infoe");
		assertThat(this.addOptions.get(0).savePath()).isEqualTo(watch);
		assertThat(watch.resolve("good.torrent")).doesNotExist();
		assertThat(watch.resolve("good.torrent.loaded")).hasContent("an earlier one");
		assertThat(watch.resolve("good.torrent.2.loaded")).hasContent("d4:infoe");
		assertThat(watch.resolve("notes.txt")).exists();
		// a malformed file is read again, a settle time apart, before it is set aside
		assertThat(watch.resolve("bad.torrent")).exists();
		for (int scan = 0; scan < 2 * FolderWatcher.READS_BEFORE_INVALID; scan++) {
			watcher.scan();
		}
		assertThat(watch.resolve("bad.torrent")).doesNotExist();
		assertThat(watch.resolve("bad.torrent.invalid")).hasContent("<html>");
		assertThat(this.added).containsExactly("d4:infoe");
	}

	@Test
	void aDuplicateIsDisposedOfLikeAnAddedFile() throws Exception {
		Path watch = this.dir.resolve("watch");
		FolderWatcher watcher = watcher();
		watcher.setFolders(List.of(new WatchedFolder(watch, Destination.DEFAULT_SAVE_PATH, null, true)));
		Files.writeString(watch.resolve("a.torrent"), "d1:ae");
		watcher.scan();
		watcher.scan();
		Files.writeString(watch.resolve("again.torrent"), "d1:ae");
		watcher.scan();
		watcher.scan();
		assertThat(this.added).containsExactly("d1:ae", "d1:ae");
		try (var files = Files.list(watch)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void nothingIsScannedAfterClose() throws Exception {
		Path watch = this.dir.resolve("watch");
		FolderWatcher watcher = watcher();
		watcher.setFolders(List.of(new WatchedFolder(watch, Destination.WATCHED_FOLDER, null, false)));
		Files.writeString(watch.resolve("a.torrent"), "d1:ae");
		watcher.scan();
		watcher.close();
		watcher.scan();
		assertThat(this.added).isEmpty();
		assertThat(watch.resolve("a.torrent")).exists();
	}

}
