package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.Category;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The incomplete-download folder ({@link EngineSettings#incompleteSavePath()},
 * qBittorrent's "Keep incomplete torrents in") on a real loopback swarm: a leecher
 * downloads a two-file torrent (2 × 3 MiB) from a seeder limited to 1 MiB/s into the
 * incomplete folder, and its data moves to the save path when it completes, across
 * restarts.
 */
class IncompleteDownloadsIT {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private static final long FILE_SIZE = 3L * 1024 * 1024;

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private Path content;

	private byte[] metainfo;

	private LibtorrentEngine seeder;

	private TorrentId id;

	@BeforeEach
	void givenASlowSeeder() {
		this.content = this.dir.resolve("seed/show");
		TestTorrents.randomFile(this.content.resolve("e1.bin"), FILE_SIZE, 81);
		TestTorrents.randomFile(this.content.resolve("e2.bin"), FILE_SIZE, 82);
		this.metainfo = TestTorrents.metainfo(this.content, 64 * 1024);
		this.seeder = this.engines.start(this.dir.resolve("seeder"));
		this.id = this.seeder
			.add(new TorrentSource.MetainfoFile(this.metainfo),
					AddOptions.builder().savePath(this.content.getParent()).uploadLimit(1024 * 1024).build())
			.id();
		LoopbackSwarmIT.awaitState(this.seeder, this.id, TorrentState.SEEDING, WAIT);
	}

	@Test
	void aTorrentDownloadsInTheIncompleteFolderAndMovesToItsSavePathWhenComplete() throws IOException {
		Path leecherDir = this.dir.resolve("leecher");
		Path downloads = leecherDir.resolve("downloads");
		Path incomplete = leecherDir.resolve("incomplete");
		EngineSettings settings = withIncompleteFolder(leecherDir, incomplete);
		try (LibtorrentEngine leecher = TestEngines.open(leecherDir, settings)) {
			leecher.add(new TorrentSource.MetainfoFile(this.metainfo), AddOptions.defaults());
			Torrent t = download(leecher, (s) -> s.wantedDoneBytes() > 0);

			assertThat(t.complete()).isFalse();
			assertThat(t.savePath()).isEqualTo(downloads);
			assertThat(t.downloadPath()).isEqualTo(incomplete);
			assertThat(t.contentPath()).isEqualTo(incomplete.resolve("show"));
			assertThat(t.rootPath()).isEqualTo(incomplete.resolve("show"));
			assertThat(incomplete.resolve("show")).isDirectory();
			assertThat(downloads.resolve("show")).doesNotExist();
		}

		// a restart half-way keeps the torrent in the incomplete folder
		try (LibtorrentEngine leecher = TestEngines.open(leecherDir, settings)) {
			Torrent t = leecher.get(this.id);
			assertThat(t.complete()).isFalse();
			assertThat(t.savePath()).isEqualTo(downloads);
			assertThat(t.downloadPath()).isEqualTo(incomplete);
			assertThat(t.contentPath()).isEqualTo(incomplete.resolve("show"));

			this.seeder.setUploadLimit(List.of(this.id), 0);
			download(leecher, Torrent::complete);
			Torrent done = awaitMoved(leecher, downloads);

			assertThat(done.state()).isEqualTo(TorrentState.SEEDING);
			assertThat(done.rootPath()).isEqualTo(downloads.resolve("show"));
			assertSameContent(downloads.resolve("show"));
			assertThat(incomplete.resolve("show")).doesNotExist();
		}

		// and a restart after the move keeps it in its save path
		try (LibtorrentEngine leecher = TestEngines.open(leecherDir, settings)) {
			Torrent t = LoopbackSwarmIT.awaitState(leecher, this.id, TorrentState.SEEDING, WAIT);
			assertThat(t.savePath()).isEqualTo(downloads);
			assertThat(t.downloadPath()).isNull();
			assertThat(t.contentPath()).isEqualTo(downloads.resolve("show"));
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(leecher.get(this.id).downloadPath()).isNull());
			assertSameContent(downloads.resolve("show"));
			assertThat(incomplete.resolve("show")).doesNotExist();
		}
	}

	/**
	 * A crash can leave a complete torrent in the incomplete folder, or half moved: its
	 * save path could not be made here (a file is in the way), then one file is moved by
	 * hand as an interrupted move would have. With the seeder gone, the next start must
	 * finish the move from the data on disk, not download anything again.
	 */
	@Test
	void aCompleteTorrentLeftInTheIncompleteFolderOrHalfMovedIsMovedAtTheNextStart() throws IOException {
		Path leecherDir = this.dir.resolve("leecher");
		Path incomplete = leecherDir.resolve("incomplete");
		Path library = this.dir.resolve("library");
		Files.writeString(library, "a file where the save path should be");
		EngineSettings settings = withIncompleteFolder(leecherDir, incomplete);
		this.seeder.setUploadLimit(List.of(this.id), 0);
		try (LibtorrentEngine leecher = TestEngines.open(leecherDir, settings)) {
			leecher.add(new TorrentSource.MetainfoFile(this.metainfo), AddOptions.builder().savePath(library).build());
			download(leecher, Torrent::complete);
			LoopbackSwarmIT.awaitState(leecher, this.id, TorrentState.SEEDING, WAIT);

			Torrent t = leecher.get(this.id);
			assertThat(t.savePath()).isEqualTo(library);
			assertThat(t.downloadPath()).isEqualTo(incomplete);
			assertThat(t.contentPath()).isEqualTo(incomplete.resolve("show"));
		}
		this.seeder.close();
		Files.delete(library);
		Files.createDirectories(library.resolve("show"));
		Files.move(incomplete.resolve("show/e1.bin"), library.resolve("show/e1.bin"));

		try (LibtorrentEngine leecher = TestEngines.open(leecherDir, settings)) {
			Torrent t = awaitMoved(leecher, library);

			LoopbackSwarmIT.awaitState(leecher, this.id, TorrentState.SEEDING, WAIT);
			assertThat(leecher.get(this.id).complete()).isTrue();
			assertThat(t.contentPath()).isEqualTo(library.resolve("show"));
			assertSameContent(library.resolve("show"));
			assertThat(incomplete.resolve("show")).doesNotExist();
		}
	}

	@Test
	void aRecheckThatFindsTheDataCompleteMovesItToTheSavePath() throws IOException {
		this.seeder.close();
		Path leecherDir = this.dir.resolve("leecher");
		Path downloads = leecherDir.resolve("downloads");
		Path incomplete = leecherDir.resolve("incomplete");
		LibtorrentEngine leecher = this.engines.start(leecherDir, withIncompleteFolder(leecherDir, incomplete));
		leecher.add(new TorrentSource.MetainfoFile(this.metainfo), AddOptions.defaults());
		LoopbackSwarmIT.awaitState(leecher, this.id, TorrentState.DOWNLOADING, WAIT);
		assertThat(leecher.get(this.id).downloadPath()).isEqualTo(incomplete);

		// the content arrives in the incomplete folder behind the engine's back
		copy(this.content, incomplete.resolve("show"));
		leecher.recheck(List.of(this.id));

		Torrent t = awaitMoved(leecher, downloads);
		LoopbackSwarmIT.awaitState(leecher, this.id, TorrentState.SEEDING, WAIT);
		assertThat(t.contentPath()).isEqualTo(downloads.resolve("show"));
		assertSameContent(downloads.resolve("show"));
		assertThat(incomplete.resolve("show")).doesNotExist();
	}

	/**
	 * As qBittorrent: turning the folder off moves an automatically managed torrent's
	 * partial data to its category's save path; a torrent with a manual save path keeps
	 * the download path it was added with.
	 */
	@Test
	void turningTheFolderOffMovesAnAutomaticallyManagedTorrentButNotAManualOne() throws IOException {
		this.seeder.close();
		Path leecherDir = this.dir.resolve("leecher");
		Path downloads = leecherDir.resolve("downloads");
		Path incomplete = leecherDir.resolve("incomplete");
		Path movie = TestTorrents.randomFile(this.dir.resolve("seed/movie.bin"), 256 * 1024, 83);
		byte[] movieMetainfo = TestTorrents.metainfo(movie, 16 * 1024);
		// half of the show downloaded before, in the category's incomplete folder
		copy(this.content.resolve("e1.bin"), incomplete.resolve("tv/show/e1.bin"));
		LibtorrentEngine leecher = this.engines.start(leecherDir, withIncompleteFolder(leecherDir, incomplete));
		leecher.saveCategory(new Category("tv", null));
		leecher.add(new TorrentSource.MetainfoFile(this.metainfo),
				AddOptions.builder().category("tv").autoManagedSavePath(true).build());
		TorrentId manual = leecher.add(new TorrentSource.MetainfoFile(movieMetainfo), AddOptions.defaults()).id();
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(leecher.get(this.id).wantedDoneBytes()).isEqualTo(FILE_SIZE));
		Torrent auto = leecher.get(this.id);
		assertThat(auto.savePath()).isEqualTo(downloads.resolve("tv"));
		assertThat(auto.downloadPath()).isEqualTo(incomplete.resolve("tv"));
		assertThat(leecher.get(manual).downloadPath()).isEqualTo(incomplete);

		leecher.applySettings(leecher.settings().toBuilder().incompleteSavePath(null).build());

		Torrent moved = awaitMoved(leecher, downloads.resolve("tv"));
		assertThat(moved.contentPath()).isEqualTo(downloads.resolve("tv/show"));
		assertThat(downloads.resolve("tv/show/e1.bin")).hasSameBinaryContentAs(this.content.resolve("e1.bin"));
		assertThat(incomplete.resolve("tv/show")).doesNotExist();
		Torrent kept = leecher.get(manual);
		assertThat(kept.downloadPath()).isEqualTo(incomplete);
		assertThat(kept.savePath()).isEqualTo(downloads);
	}

	private EngineSettings withIncompleteFolder(Path leecherDir, Path incomplete) {
		return TestEngines.loopbackSettings(leecherDir.resolve("downloads"))
			.toBuilder()
			.incompleteSavePath(incomplete)
			.build();
	}

	/**
	 * Connects the leecher to the seeder (again if no connection comes up) until the
	 * torrent matches.
	 */
	private Torrent download(LibtorrentEngine leecher, Predicate<Torrent> until) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		long nextConnect = 0;
		while (System.nanoTime() < deadline) {
			Torrent t = leecher.get(this.id);
			if (until.test(t)) {
				return t;
			}
			boolean checking = t.state() == TorrentState.CHECKING || t.state() == TorrentState.CHECKING_RESUME_DATA;
			if (!checking && t.connections() == 0 && System.nanoTime() > nextConnect) {
				leecher.addPeers(List.of(this.id), List.of(TestEngines.address(this.seeder)));
				nextConnect = System.nanoTime() + Duration.ofSeconds(3).toNanos();
			}
			sleep(100);
		}
		throw new AssertionError("the download did not get there in " + WAIT + ": " + leecher.get(this.id));
	}

	/** Waits until the torrent's data is in its save path and no longer downloading. */
	private Torrent awaitMoved(LibtorrentEngine leecher, Path savePath) {
		await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
			Torrent t = leecher.get(this.id);
			assertThat(t.downloadPath()).isNull();
			assertThat(t.savePath()).isEqualTo(savePath);
			assertThat(t.contentPath()).isEqualTo(savePath.resolve("show"));
		});
		return leecher.get(this.id);
	}

	private void assertSameContent(Path folder) {
		assertThat(folder.resolve("e1.bin")).hasSameBinaryContentAs(this.content.resolve("e1.bin"));
		assertThat(folder.resolve("e2.bin")).hasSameBinaryContentAs(this.content.resolve("e2.bin"));
	}

	private static void copy(Path from, Path to) throws IOException {
		if (Files.isDirectory(from)) {
			try (var files = Files.list(from)) {
				for (Path file : files.toList()) {
					copy(file, to.resolve(file.getFileName().toString()));
				}
			}
		}
		else {
			Files.createDirectories(to.getParent());
			Files.copy(from, to);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
