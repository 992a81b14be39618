package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.QueueMove;
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
 * The download queue on real torrents: one active download at a time, queue moves, force
 * start past the limit, and queueing switched off. A seeder engine uploads slowly so that
 * downloads last.
 */
class QueueingIT {

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private LibtorrentEngine seeder;

	private LibtorrentEngine leecher;

	private TorrentId first;

	private TorrentId second;

	@BeforeEach
	void givenTwoSlowTorrentsAndOneActiveDownloadAllowed() {
		this.seeder = this.engines.start(this.dir.resolve("seeder"));
		byte[] a = seed("first.bin", 11);
		byte[] b = seed("second.bin", 12);
		this.leecher = this.engines.start(this.dir.resolve("leecher"),
				TestEngines.loopbackSettings(this.dir.resolve("leecher/downloads"))
					.toBuilder()
					.queueingEnabled(true)
					.maxActiveDownloads(1)
					.maxActiveTorrents(5)
					.dontCountSlowTorrents(false)
					.build());
		this.first = this.leecher.add(new TorrentSource.MetainfoFile(a), AddOptions.defaults()).id();
		this.second = this.leecher.add(new TorrentSource.MetainfoFile(b), AddOptions.defaults()).id();
		this.leecher.addPeers(List.of(this.first, this.second), List.of(TestEngines.address(this.seeder)));
	}

	@Test
	void onlyOneDownloadsAndTheOtherWaitsInTheQueue() {
		awaitState(this.first, TorrentState.DOWNLOADING);
		awaitState(this.second, TorrentState.QUEUED);
		assertThat(this.leecher.get(this.first).queuePosition()).isZero();
		assertThat(this.leecher.get(this.second).queuePosition()).isEqualTo(1);
	}

	@Test
	void movingTheWaitingTorrentToTheTopOfTheQueueSwapsWhichOneDownloads() {
		awaitState(this.second, TorrentState.QUEUED);

		this.leecher.moveInQueue(List.of(this.second), QueueMove.TOP);

		awaitState(this.second, TorrentState.DOWNLOADING);
		awaitState(this.first, TorrentState.QUEUED);
		assertThat(this.leecher.get(this.second).queuePosition()).isZero();
		assertThat(this.leecher.get(this.first).queuePosition()).isEqualTo(1);
	}

	@Test
	void forceStartBypassesTheQueueLimit() {
		awaitState(this.second, TorrentState.QUEUED);

		this.leecher.setForceStart(List.of(this.second), true);

		awaitState(this.second, TorrentState.DOWNLOADING);
		assertThat(this.leecher.get(this.second).forceStart()).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.leecher.get(this.second).downloadRateBytesPerSecond() > 0);
	}

	@Test
	void stoppingTheActiveDownloadLetsTheQueuedOneStart() {
		awaitState(this.second, TorrentState.QUEUED);

		this.leecher.stop(List.of(this.first));

		assertThat(this.leecher.get(this.first).state()).isEqualTo(TorrentState.STOPPED);
		awaitState(this.second, TorrentState.DOWNLOADING);
	}

	@Test
	void withQueueingOffBothDownload() {
		awaitState(this.second, TorrentState.QUEUED);

		this.leecher.applySettings(this.leecher.settings().toBuilder().queueingEnabled(false).build());

		awaitState(this.first, TorrentState.DOWNLOADING);
		awaitState(this.second, TorrentState.DOWNLOADING);
	}

	private byte[] seed(String name, long seed) {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/" + name), 8 * 1024 * 1024, seed);
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		TorrentId id = this.seeder
			.add(new TorrentSource.MetainfoFile(metainfo),
					AddOptions.builder().savePath(data.getParent()).uploadLimit(64 * 1024).build())
			.id();
		LoopbackSwarmIT.awaitState(this.seeder, id, TorrentState.SEEDING, Duration.ofSeconds(30));
		return metainfo;
	}

	private void awaitState(TorrentId id, TorrentState state) {
		LoopbackSwarmIT.awaitState(this.leecher, id, state, Duration.ofSeconds(45));
	}

}
