package dev.torrentd.engine.libtorrent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.FilePriority;
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

/** Real transfers between real peers on 127.0.0.1: two engines, and an aria2c seeder. */
class LoopbackSwarmIT {

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private LibtorrentEngine seeder;

	private LibtorrentEngine leecher;

	@Test
	void addMagnetListsItAtOnceThenDownloadsFromTheSeederAddedAsPeer() throws Exception {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/single.bin"), 8 * 1024 * 1024 + 12345, 1);
		byte[] metainfo = TestTorrents.metainfo(data, 64 * 1024);
		TorrentId id = givenSeeding(metainfo, data.getParent());
		this.leecher = this.engines.start(this.dir.resolve("leecher"));

		AddResult added = this.leecher
			.add(new TorrentSource.Magnet("magnet:?xt=urn:btih:" + id.hex() + "&dn=single.bin"), AddOptions.defaults());

		assertThat(added).isEqualTo(new AddResult(id, false));
		Torrent listed = this.leecher.get(id);
		assertThat(listed.hasMetadata()).isFalse();
		assertThat(listed.name()).isEqualTo("single.bin");
		assertThat(listed.totalSizeBytes()).isZero();
		// queued for the instant before libtorrent's queue starts it, then fetching
		// metadata with no peer
		assertThat(listed.state()).isIn(TorrentState.QUEUED, TorrentState.FETCHING_METADATA);
		awaitState(this.leecher, id, TorrentState.FETCHING_METADATA, Duration.ofSeconds(10));
		this.leecher.addPeers(List.of(id), List.of(TestEngines.address(this.seeder)));
		Torrent done = awaitState(this.leecher, id, TorrentState.SEEDING, Duration.ofSeconds(60));
		assertThat(done.hasMetadata()).isTrue();
		assertThat(done.totalSizeBytes()).isEqualTo(Files.size(data));
		assertThat(done.progress()).isEqualTo(1.0);
		assertThat(done.complete()).isTrue();
		assertThat(done.contentPath()).isEqualTo(this.dir.resolve("leecher/downloads/single.bin"));
		assertThat(done.contentPath()).hasSameBinaryContentAs(data);
	}

	@Test
	void multiFileTorrentWithOneFileSetToSkipDownloadsOnlyTheOthers() throws Exception {
		Path folder = this.dir.resolve("seed/multi");
		Path a = TestTorrents.randomFile(folder.resolve("a.bin"), 1024 * 1024, 2);
		Path b = TestTorrents.randomFile(folder.resolve("sub/b.bin"), 2 * 1024 * 1024, 3);
		Path c = TestTorrents.randomFile(folder.resolve("c.bin"), 512 * 1024, 4);
		byte[] metainfo = TestTorrents.metainfo(folder, 16 * 1024);
		TorrentId id = givenSeeding(metainfo, folder.getParent());
		this.leecher = this.engines.start(this.dir.resolve("leecher"));
		List<TorrentFile> order = this.seeder.files(id);
		List<FilePriority> priorities = order.stream()
			.map((f) -> f.path().endsWith("b.bin") ? FilePriority.SKIP : FilePriority.NORMAL)
			.toList();

		this.leecher.add(new TorrentSource.MetainfoFile(metainfo),
				AddOptions.builder().filePriorities(priorities).build());
		this.leecher.addPeers(List.of(id), List.of(TestEngines.address(this.seeder)));

		Torrent done = awaitState(this.leecher, id, TorrentState.SEEDING, Duration.ofSeconds(60));
		assertThat(done.wantedSizeBytes()).isEqualTo(Files.size(a) + Files.size(c));
		assertThat(done.totalSizeBytes()).isEqualTo(Files.size(a) + Files.size(b) + Files.size(c));
		assertThat(done.progress()).isEqualTo(1.0);
		Path got = this.dir.resolve("leecher/downloads/multi");
		assertThat(got.resolve("a.bin")).hasSameBinaryContentAs(a);
		assertThat(got.resolve("c.bin")).hasSameBinaryContentAs(c);
		assertThat(got.resolve("sub/b.bin")).doesNotExist();
		List<TorrentFile> files = this.leecher.files(id);
		assertThat(files).extracting(TorrentFile::path)
			.containsExactlyInAnyOrder("multi/a.bin", "multi/sub/b.bin", "multi/c.bin");
		for (TorrentFile file : files) {
			if (file.path().endsWith("b.bin")) {
				assertThat(file.priority()).isEqualTo(FilePriority.SKIP);
				assertThat(file.doneBytes()).isZero();
			}
			else {
				assertThat(file.priority()).isEqualTo(FilePriority.NORMAL);
				assertThat(file.progress()).isEqualTo(1.0);
			}
		}
	}

	@Test
	void downloadsFromAForeignAria2cSeeder() throws Exception {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/from-aria2.bin"), 6 * 1024 * 1024 + 777, 5);
		byte[] metainfo = TestTorrents.metainfo(data, 32 * 1024);
		Path torrentFile = Files.write(this.dir.resolve("from-aria2.torrent"), metainfo);
		TorrentId id = TorrentId.parse(TestTorrents.infoHash(metainfo));
		this.leecher = this.engines.start(this.dir.resolve("leecher"));
		try (Aria2Seeder aria2 = Aria2Seeder.start(torrentFile, data.getParent(), 36881, null)) {
			this.leecher.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.defaults());
			this.leecher.addPeers(List.of(id), List.of(aria2.address()));

			awaitState(this.leecher, id, TorrentState.SEEDING, Duration.ofSeconds(60));
			// libtorrent adds payload to the all-time counter on its one-second tick
			await().atMost(Duration.ofSeconds(5))
				.untilAsserted(() -> assertThat(this.leecher.get(id).downloadedBytes())
					.isGreaterThanOrEqualTo(Files.size(data)));
		}
		assertThat(this.dir.resolve("leecher/downloads/from-aria2.bin")).hasSameBinaryContentAs(data);
	}

	@Test
	void aHybridTorrentJoinedFromAV1OnlyMagnetKeepsItsIdAndIsADuplicateOfItsTorrentFile() throws Exception {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/hybrid.bin"), 3 * 1024 * 1024, 8);
		byte[] metainfo = TestTorrents.hybridMetainfo(data, 16 * 1024);
		TorrentId best = givenSeeding(metainfo, data.getParent());
		TorrentId v1 = TorrentId.parse(TestTorrents.v1InfoHash(metainfo));
		assertThat(best).isNotEqualTo(v1);
		this.leecher = this.engines.start(this.dir.resolve("leecher"));

		AddResult added = this.leecher.add(new TorrentSource.Magnet("magnet:?xt=urn:btih:" + v1.hex()),
				AddOptions.defaults());
		this.leecher.addPeers(List.of(v1), List.of(TestEngines.address(this.seeder)));

		// the metadata brings the v2 hash; the torrent stays the one the client knows
		Torrent done = awaitState(this.leecher, v1, TorrentState.SEEDING, Duration.ofSeconds(60));
		assertThat(added.id()).isEqualTo(v1);
		assertThat(done.infoHashV1()).isEqualTo(v1.hex());
		assertThat(done.infoHashV2()).hasSize(64).startsWith(best.hex());
		assertThat(this.dir.resolve("leecher/downloads/hybrid.bin")).hasSameBinaryContentAs(data);
		assertThat(this.leecher.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.defaults()))
			.isEqualTo(new AddResult(v1, true));
		assertThat(this.leecher.torrents()).hasSize(1);
		assertThat(this.seeder.add(new TorrentSource.Magnet("magnet:?xt=urn:btih:" + v1.hex()), AddOptions.defaults()))
			.isEqualTo(new AddResult(best, true));
	}

	@Test
	void addingATorrentThatIsAlreadyThereIsADuplicateAndChangesNothing() {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/dup.bin"), 256 * 1024, 6);
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		this.seeder = this.engines.start(this.dir.resolve("seeder"));
		AddResult first = this.seeder.add(new TorrentSource.MetainfoFile(metainfo),
				AddOptions.builder().savePath(data.getParent()).category("tv").build());

		AddResult again = this.seeder.add(new TorrentSource.MetainfoFile(metainfo),
				AddOptions.builder().category("movies").build());
		AddResult asMagnet = this.seeder.add(new TorrentSource.Magnet("magnet:?xt=urn:btih:" + first.id()),
				AddOptions.defaults());

		assertThat(again).isEqualTo(new AddResult(first.id(), true));
		assertThat(asMagnet).isEqualTo(new AddResult(first.id(), true));
		assertThat(this.seeder.torrents()).hasSize(1);
		assertThat(this.seeder.get(first.id()).category()).isEqualTo("tv");
		assertThat(this.seeder.get(first.id()).savePath()).isEqualTo(data.getParent());
	}

	private TorrentId givenSeeding(byte[] metainfo, Path savePath) {
		this.seeder = this.engines.start(this.dir.resolve("seeder"));
		AddResult added = this.seeder.add(new TorrentSource.MetainfoFile(metainfo),
				AddOptions.builder().savePath(savePath).build());
		awaitState(this.seeder, added.id(), TorrentState.SEEDING, Duration.ofSeconds(30));
		return added.id();
	}

	static Torrent awaitState(LibtorrentEngine engine, TorrentId id, TorrentState state, Duration timeout) {
		await().atMost(timeout)
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(engine.get(id).state()).isEqualTo(state));
		return engine.get(id);
	}

}
