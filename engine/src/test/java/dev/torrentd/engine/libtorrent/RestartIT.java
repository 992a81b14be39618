package dev.torrentd.engine.libtorrent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.Category;
import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Torrents survive restarts: graceful ones and {@code kill -9} of the engine's JVM. */
class RestartIT {

	private static final long SIZE = 24L * 1024 * 1024;

	@TempDir
	Path dir;

	@Test
	void downloadKilledWithSigkillResumesAfterRestartAndCompletedTorrentSeedsWithoutDownloadingAgain()
			throws Exception {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/restart.bin"), SIZE, 42);
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		Path torrentFile = Files.write(this.dir.resolve("restart.torrent"), metainfo);
		TorrentId id = TorrentId.parse(TestTorrents.infoHash(metainfo));
		Path engineDir = this.dir.resolve("engine");
		Path downloaded = engineDir.resolve("downloads/restart.bin");
		long doneBeforeKill;
		try (Aria2Seeder slowSeeder = Aria2Seeder.start(torrentFile, data.getParent(), 36882, "3M")) {
			// 1. download part of it in a child JVM, then SIGKILL it
			try (EngineProcess child = EngineProcess.start(engineDir, torrentFile, slowSeeder.address())) {
				child.await((s) -> s.wantedDone() > SIZE * 4 / 10, Duration.ofSeconds(60));
				Thread.sleep(2500); // resume data is saved every second in tests
				doneBeforeKill = child.await((s) -> true, Duration.ofSeconds(5)).wantedDone();
				child.kill();
			}
			assertThat(doneBeforeKill).isLessThan(SIZE);
			assertThat(engineDir.resolve("state/torrents/" + id + ".fastresume")).exists();

			// 2. start again: the torrent is back, keeps what it had, and finishes
			try (EngineProcess child = EngineProcess.start(engineDir, null, slowSeeder.address())) {
				EngineProcess.Status first = child.await((s) -> !s.state().startsWith("CHECKING"),
						Duration.ofSeconds(30));
				assertThat(first.wantedDone()).isGreaterThan(SIZE * 3 / 10);
				EngineProcess.Status finished = child.await((s) -> s.state().equals("SEEDING"), Duration.ofSeconds(90));
				assertThat(finished.downloadedSession()).as("bytes downloaded after the restart")
					.isLessThan(SIZE - first.wantedDone() + 2 * 1024 * 1024);
				Thread.sleep(2500); // resume data of the finished torrent is saved
				child.kill();
			}
		}
		assertThat(downloaded).hasSameBinaryContentAs(data);

		// 3. start again with no peer at all: the completed torrent seeds at once,
		// nothing downloaded
		try (LibtorrentEngine engine = TestEngines.open(engineDir)) {
			assertThat(engine.get(id).category()).isEqualTo("tv");
			assertThat(engine.get(id).tags()).containsExactly("restart");
			Torrent seeding = LoopbackSwarmIT.awaitState(engine, id, TorrentState.SEEDING, Duration.ofSeconds(30));
			assertThat(seeding.progress()).isEqualTo(1.0);
			assertThat(seeding.downloadedSessionBytes()).isZero();
			assertThat(seeding.completedAt()).isNotNull();
		}
		assertThat(downloaded).hasSameBinaryContentAs(data);
	}

	@Test
	void aKillRightAfterAnAddKeepsItsLayoutFilePrioritiesAndStoppedState() throws Exception {
		Path folder = this.dir.resolve("seed/pack");
		TestTorrents.randomFile(folder.resolve("a.bin"), 64 * 1024, 51);
		TestTorrents.randomFile(folder.resolve("b.bin"), 64 * 1024, 52);
		byte[] metainfo = TestTorrents.metainfo(folder, 16 * 1024);
		Path torrentFile = Files.write(this.dir.resolve("pack.torrent"), metainfo);
		TorrentId id = TorrentId.parse(TestTorrents.infoHash(metainfo));
		Path engineDir = this.dir.resolve("engine");
		try (EngineProcess child = EngineProcess.start(engineDir, torrentFile, null, true)) {
			child.await((s) -> true, Duration.ofSeconds(60));
			child.kill();
		}
		// the crash came before libtorrent's first resume data: only torrentd's own files
		// are left
		Files.deleteIfExists(engineDir.resolve("state/torrents/" + id + ".fastresume"));
		assertThat(engineDir.resolve("state/torrents/" + id + ".torrent")).exists();

		try (LibtorrentEngine engine = TestEngines.open(engineDir)) {
			Torrent t = engine.get(id);
			assertThat(t.state()).isEqualTo(TorrentState.STOPPED);
			assertThat(engine.files(id)).extracting(TorrentFile::path, TorrentFile::priority)
				.containsExactly(tuple("a.bin", FilePriority.SKIP), tuple("b.bin", FilePriority.NORMAL));
			assertThat(t.rootPath()).isNull();
		}
	}

	@Test
	void gracefulRestartKeepsEveryTorrentWithItsStateCategoryTagsAndSavePath() {
		Path data = TestTorrents.randomFile(this.dir.resolve("data/keep/file.bin"), 300 * 1024, 7);
		byte[] metainfo = TestTorrents.metainfo(data.getParent(), 16 * 1024);
		String magnet = "magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567&dn=waiting";
		Path engineDir = this.dir.resolve("engine");
		TorrentId seeded;
		TorrentId stoppedMagnet;
		try (LibtorrentEngine engine = TestEngines.open(engineDir)) {
			engine.saveCategory(new Category("tv", this.dir.resolve("tv")));
			engine.createTags(Set.of("unused"));
			seeded = engine
				.add(new TorrentSource.MetainfoFile(metainfo),
						AddOptions.builder()
							.savePath(this.dir.resolve("data"))
							.category("tv")
							.tags(Set.of("a", "b"))
							.name("Renamed")
							.build())
				.id();
			stoppedMagnet = engine
				.add(new TorrentSource.Magnet(magnet),
						AddOptions.builder().stopped(true).contentLayout(ContentLayout.NO_SUBFOLDER).build())
				.id();
			LoopbackSwarmIT.awaitState(engine, seeded, TorrentState.SEEDING, Duration.ofSeconds(30));
			engine.setUploadLimit(List.of(seeded), 123_000);
			// the monitoring totals: the adds' resume data was written, no alert was lost
			await().atMost(Duration.ofSeconds(10)).until(() -> engine.counters().resumeDataWrites() > 0);
			assertThat(engine.counters().resumeDataWriteNanos()).isPositive();
			assertThat(engine.counters().alertsDropped()).isZero();
		}

		try (LibtorrentEngine engine = TestEngines.open(engineDir)) {
			assertThat(engine.torrents()).extracting(Torrent::id).containsExactly(seeded, stoppedMagnet);
			Torrent t = engine.get(seeded);
			assertThat(t.name()).isEqualTo("Renamed");
			assertThat(t.category()).isEqualTo("tv");
			assertThat(t.tags()).containsExactlyInAnyOrder("a", "b");
			assertThat(t.savePath()).isEqualTo(this.dir.resolve("data"));
			assertThat(t.uploadLimitBytesPerSecond()).isEqualTo(123_000);
			assertThat(engine.categories().get("tv").savePath()).isEqualTo(this.dir.resolve("tv"));
			assertThat(engine.tags()).contains("a", "b", "unused");
			LoopbackSwarmIT.awaitState(engine, seeded, TorrentState.SEEDING, Duration.ofSeconds(30));
			Torrent m = engine.get(stoppedMagnet);
			assertThat(m.state()).isEqualTo(TorrentState.STOPPED);
			assertThat(m.hasMetadata()).isFalse();
			assertThat(m.name()).isEqualTo("waiting");
			await().during(Duration.ofSeconds(1))
				.atMost(Duration.ofSeconds(3))
				.until(() -> engine.get(stoppedMagnet).state() == TorrentState.STOPPED);
		}
	}

}
