package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.Category;
import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Where content goes and how it moves, checked on disk: content layouts of downloaded
 * torrents, moving storage, renaming files and folders, category save paths, rechecks.
 */
class StorageIT {

	private static final Duration WAIT = Duration.ofSeconds(45);

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private LibtorrentEngine seeder;

	private LibtorrentEngine engine;

	@Test
	void subfolderLayoutPutsASingleFileTorrentInAFolderAndNoSubfolderDropsTheRootFolder() {
		Path single = TestTorrents.randomFile(this.dir.resolve("seed/episode.mkv"), 512 * 1024, 31);
		Path multiRoot = this.dir.resolve("seed/Season");
		Path a = TestTorrents.randomFile(multiRoot.resolve("e1.mkv"), 256 * 1024, 32);
		Path b = TestTorrents.randomFile(multiRoot.resolve("extras/e2.nfo"), 128 * 1024, 33);
		byte[] singleTorrent = TestTorrents.metainfo(single, 16 * 1024);
		byte[] multiTorrent = TestTorrents.metainfo(multiRoot, 16 * 1024);
		TorrentId singleId = seed(singleTorrent, single.getParent());
		TorrentId multiId = seed(multiTorrent, multiRoot.getParent());
		this.engine = this.engines.start(this.dir.resolve("engine"));

		this.engine.add(new TorrentSource.MetainfoFile(singleTorrent),
				AddOptions.builder().contentLayout(ContentLayout.SUBFOLDER).build());
		this.engine.add(new TorrentSource.Magnet("magnet:?xt=urn:btih:" + multiId),
				AddOptions.builder().contentLayout(ContentLayout.NO_SUBFOLDER).build());
		this.engine.addPeers(List.of(singleId, multiId), List.of(TestEngines.address(this.seeder)));

		Path downloads = this.dir.resolve("engine/downloads");
		Torrent s = LoopbackSwarmIT.awaitState(this.engine, singleId, TorrentState.SEEDING, WAIT);
		assertThat(downloads.resolve("episode/episode.mkv")).hasSameBinaryContentAs(single);
		assertThat(s.contentPath()).isEqualTo(downloads.resolve("episode/episode.mkv"));
		assertThat(s.rootPath()).isEqualTo(downloads.resolve("episode"));
		Torrent m = LoopbackSwarmIT.awaitState(this.engine, multiId, TorrentState.SEEDING, WAIT);
		assertThat(downloads.resolve("e1.mkv")).hasSameBinaryContentAs(a);
		assertThat(downloads.resolve("extras/e2.nfo")).hasSameBinaryContentAs(b);
		// pieces may be written before the layout's renames land; the emptied folder goes
		// then
		await().atMost(WAIT).untilAsserted(() -> assertThat(downloads.resolve("Season")).doesNotExist());
		assertThat(m.contentPath()).isEqualTo(downloads);
		assertThat(m.rootPath()).isNull();
	}

	@Test
	void settingASavePathMovesTheFilesOnDisk() {
		Path data = TestTorrents.randomFile(this.dir.resolve("data/movie/movie.mkv"), 300 * 1024, 34);
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId id = givenSeedingIn(this.engine, TestTorrents.metainfo(data.getParent(), 16 * 1024),
				this.dir.resolve("data"));
		byte[] content = read(data);

		Path target = this.dir.resolve("library/movies");
		this.engine.setSavePath(List.of(id), target);

		await().atMost(WAIT).untilAsserted(() -> {
			Torrent t = this.engine.get(id);
			assertThat(t.savePath()).isEqualTo(target);
			// one file in a folder: qBittorrent's content path is the file itself
			assertThat(t.contentPath()).isEqualTo(target.resolve("movie/movie.mkv"));
			assertThat(t.rootPath()).isEqualTo(target.resolve("movie"));
			assertThat(target.resolve("movie/movie.mkv")).hasBinaryContent(content);
			assertThat(data).doesNotExist();
		});
		assertThat(this.engine.get(id).autoManagedSavePath()).isFalse();
	}

	@Test
	void renamingAFileAndAFolderRenamesThemOnDisk() {
		Path folder = this.dir.resolve("data/show");
		Path e1 = TestTorrents.randomFile(folder.resolve("season 1/e1.mkv"), 100 * 1024, 35);
		Path e2 = TestTorrents.randomFile(folder.resolve("season 1/e2.mkv"), 100 * 1024, 36);
		byte[] one = read(e1);
		byte[] two = read(e2);
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId id = givenSeedingIn(this.engine, TestTorrents.metainfo(folder, 16 * 1024), this.dir.resolve("data"));

		this.engine.renameFile(id, "show/season 1/e1.mkv", "show/season 1/Episode 1.mkv");
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(folder.resolve("season 1/Episode 1.mkv")).hasBinaryContent(one));
		this.engine.renameFolder(id, "show/season 1", "show/S01");

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(folder.resolve("S01/Episode 1.mkv")).hasBinaryContent(one);
			assertThat(folder.resolve("S01/e2.mkv")).hasBinaryContent(two);
			assertThat(this.engine.files(id)).extracting(TorrentFile::path)
				.containsExactlyInAnyOrder("show/S01/Episode 1.mkv", "show/S01/e2.mkv");
		});
		LoopbackSwarmIT.awaitState(this.engine, id, TorrentState.SEEDING, WAIT);
	}

	@Test
	void anAutomaticallyManagedTorrentFollowsItsCategorysSavePath() {
		Path data = TestTorrents.randomFile(this.dir.resolve("engine/downloads/tv/show.mkv"), 200 * 1024, 37);
		byte[] content = read(data);
		this.engine = this.engines.start(this.dir.resolve("engine"));
		this.engine.saveCategory(new Category("tv", null));
		TorrentId id = this.engine
			.add(new TorrentSource.MetainfoFile(TestTorrents.metainfo(data, 16 * 1024)),
					AddOptions.builder().category("tv").autoManagedSavePath(true).build())
			.id();
		assertThat(this.engine.get(id).savePath()).isEqualTo(this.dir.resolve("engine/downloads/tv"));
		LoopbackSwarmIT.awaitState(this.engine, id, TorrentState.SEEDING, WAIT);

		this.engine.saveCategory(new Category("tv", this.dir.resolve("media/TV")));

		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(this.engine.get(id).savePath()).isEqualTo(this.dir.resolve("media/TV"));
			assertThat(this.dir.resolve("media/TV/show.mkv")).hasBinaryContent(content);
		});
		assertThat(this.engine.categories()).containsKey("tv");
	}

	@Test
	void recheckVerifiesTheDataAgainAndAStoppedTorrentStaysStopped() {
		Path data = TestTorrents.randomFile(this.dir.resolve("data/check.bin"), 2 * 1024 * 1024, 38);
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId id = givenSeedingIn(this.engine, TestTorrents.metainfo(data, 16 * 1024), data.getParent());

		this.engine.recheck(List.of(id));
		LoopbackSwarmIT.awaitState(this.engine, id, TorrentState.SEEDING, WAIT);
		assertThat(this.engine.get(id).progress()).isEqualTo(1.0);

		this.engine.stop(List.of(id));
		this.engine.recheck(List.of(id));
		await().during(Duration.ofSeconds(3))
			.atMost(WAIT)
			.until(() -> this.engine.get(id).state() == TorrentState.STOPPED);
		assertThat(this.engine.get(id).complete()).isTrue();
	}

	@Test
	void sequentialAndFirstLastPiecePriorityAreTorrentFlags() {
		Path data = TestTorrents.randomFile(this.dir.resolve("data/flags.bin"), 64 * 1024, 39);
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId id = this.engine
			.add(new TorrentSource.MetainfoFile(TestTorrents.metainfo(data, 16 * 1024)),
					AddOptions.builder().sequentialDownload(true).build())
			.id();
		assertThat(this.engine.get(id).sequentialDownload()).isTrue();

		this.engine.setSequentialDownload(List.of(id), false);
		this.engine.setFirstLastPiecePriority(List.of(id), true);

		Torrent t = this.engine.get(id);
		assertThat(t.sequentialDownload()).isFalse();
		assertThat(t.firstLastPiecePriority()).isTrue();
	}

	private TorrentId seed(byte[] metainfo, Path savePath) {
		if (this.seeder == null) {
			this.seeder = this.engines.start(this.dir.resolve("seeder"));
		}
		return givenSeedingIn(this.seeder, metainfo, savePath);
	}

	private static TorrentId givenSeedingIn(LibtorrentEngine engine, byte[] metainfo, Path savePath) {
		TorrentId id = engine
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(savePath).build())
			.id();
		LoopbackSwarmIT.awaitState(engine, id, TorrentState.SEEDING, WAIT);
		return id;
	}

	private static byte[] read(Path file) {
		try {
			return java.nio.file.Files.readAllBytes(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
