package dev.torrentd.engine.libtorrent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.ConnectionStatus;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PieceState;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.Tracker;
import dev.torrentd.engine.TrackerStatus;
import dev.torrentd.engine.TransferStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Peers, piece states, trackers, web seeds and transfer totals of real torrents. */
class TorrentDetailsIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private LibtorrentEngine seeder;

	private LibtorrentEngine leecher;

	@Test
	void peersAndPieceStatesWhileDownloadingThenEveryPieceIsHad() {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/peers.bin"), 4 * 1024 * 1024, 21);
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		TorrentId id = givenSeeding(metainfo, data.getParent(), 256 * 1024);
		this.leecher = this.engines.start(this.dir.resolve("leecher"));
		this.leecher.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.defaults());
		this.leecher.addPeers(List.of(id), List.of(TestEngines.address(this.seeder)));

		await().atMost(WAIT).untilAsserted(() -> {
			List<Peer> peers = this.leecher.peers(id);
			assertThat(peers).hasSize(1);
			assertThat(peers.get(0).ip()).isEqualTo("127.0.0.1");
			assertThat(peers.get(0).port()).isEqualTo(TestEngines.address(this.seeder).getPort());
			// the other engine's extension handshake names it
			assertThat(peers.get(0).client()).startsWith("torrentd/");
			assertThat(peers.get(0).peerIdPrefix()).isEqualTo("-LT2060-");
			assertThat(peers.get(0).progress()).isEqualTo(1.0f);
		});
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.leecher.pieceStates(id)).hasSize(256)
				.contains(PieceState.HAVE, PieceState.MISSING));

		LoopbackSwarmIT.awaitState(this.leecher, id, TorrentState.SEEDING, Duration.ofSeconds(60));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.leecher.pieceStates(id)).hasSize(256).containsOnly(PieceState.HAVE));
		assertThat(this.leecher.files(id)).singleElement().satisfies((f) -> assertThat(f.progress()).isEqualTo(1.0));
	}

	@Test
	void transferTotalsCountThePayloadAndSurviveARestart() throws Exception {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/totals.bin"), 3 * 1024 * 1024, 22);
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		TorrentId id = givenSeeding(metainfo, data.getParent(), 0);
		assertThat(this.seeder.transferStats().connectionStatus()).isEqualTo(ConnectionStatus.FIREWALLED);
		this.leecher = this.engines.start(this.dir.resolve("leecher"));
		this.leecher.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.defaults());
		this.leecher.addPeers(List.of(id), List.of(TestEngines.address(this.seeder)));
		LoopbackSwarmIT.awaitState(this.leecher, id, TorrentState.SEEDING, WAIT);

		long size = Files.size(data);
		await().atMost(WAIT).untilAsserted(() -> {
			TransferStats down = this.leecher.transferStats();
			assertThat(down.downloadedSessionBytes()).isGreaterThanOrEqualTo(size);
			assertThat(down.downloadedAllTimeBytes()).isGreaterThanOrEqualTo(size);
			TransferStats up = this.seeder.transferStats();
			assertThat(up.uploadedSessionBytes()).isGreaterThanOrEqualTo(size);
			// libtorrent counts only incoming peers from outside the LAN, so loopback
			// stays "firewalled"
			assertThat(up.connectionStatus()).isEqualTo(ConnectionStatus.FIREWALLED);
			assertThat(this.seeder.get(id).uploadedBytes()).isGreaterThanOrEqualTo(size);
		});
		assertThat(this.leecher.transferStats().listenPort()).isPositive();
		assertThat(this.leecher.transferStats().freeSpaceOnDiskBytes()).isPositive();

		this.leecher.close();
		this.leecher = this.engines.start(this.dir.resolve("leecher"));
		assertThat(this.leecher.transferStats().downloadedAllTimeBytes()).as("all-time total after a restart")
			.isGreaterThanOrEqualTo(size);
		assertThat(this.leecher.transferStats().downloadedSessionBytes()).isZero();
	}

	@Test
	void trackersAreAnnouncedToAndCanBeAddedEditedAndRemoved() throws Exception {
		try (LoopbackTracker tracker = new LoopbackTracker(); LoopbackTracker other = new LoopbackTracker()) {
			Path data = TestTorrents.randomFile(this.dir.resolve("seed/tracked.bin"), 256 * 1024, 23);
			byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024, tracker.announceUrl());
			TorrentId id = givenSeeding(metainfo, data.getParent(), 0);

			await().atMost(WAIT).untilAsserted(() -> {
				Tracker t = this.seeder.trackers(id).get(0);
				assertThat(t.url()).isEqualTo(tracker.announceUrl());
				assertThat(t.status()).isEqualTo(TrackerStatus.WORKING);
			});
			assertThat(this.seeder.get(id).trackerCount()).isEqualTo(1);
			int before = tracker.announces();

			this.seeder.reannounce(List.of(id));
			await().atMost(WAIT).until(() -> tracker.announces() > before);

			this.seeder.addTrackers(id, List.of(other.announceUrl(), tracker.announceUrl()));
			assertThat(this.seeder.get(id).trackerCount()).isEqualTo(2);
			String moved = other.announceUrl().replace("/announce", "/announce?key=1");
			this.seeder.editTracker(id, other.announceUrl(), moved);
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(this.seeder.trackers(id)).extracting(Tracker::url)
					.containsExactly(tracker.announceUrl(), moved));
			assertThatThrownBy(() -> this.seeder.editTracker(id, "http://127.0.0.1:1/none", "http://127.0.0.1:2/x"))
				.isInstanceOf(InvalidTorrentException.class);
			assertThatThrownBy(() -> this.seeder.editTracker(id, moved, tracker.announceUrl()))
				.isInstanceOf(InvalidTorrentException.class);

			this.seeder.removeTrackers(id, List.of(tracker.announceUrl()));
			assertThat(this.seeder.get(id).trackerCount()).isEqualTo(1);
			assertThat(this.seeder.get(id).magnetUri()).contains("key%3d1")
				.doesNotContain(tracker.announceUrl().replace(":", "%3a").replace("/", "%2f"));
		}
	}

	@Test
	void webSeedsCanBeAddedAndRemoved() {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/web.bin"), 64 * 1024, 24);
		TorrentId id = givenSeeding(TestTorrents.metainfo(data, 16 * 1024), data.getParent(), 0);

		this.seeder.addWebSeeds(id, List.of("http://127.0.0.1:1/web.bin", "http://127.0.0.1:2/web.bin"));
		assertThat(this.seeder.get(id).webSeeds()).containsExactlyInAnyOrder("http://127.0.0.1:1/web.bin",
				"http://127.0.0.1:2/web.bin");

		this.seeder.removeWebSeeds(id, List.of("http://127.0.0.1:1/web.bin"));
		Torrent t = this.seeder.get(id);
		assertThat(t.webSeeds()).containsExactly("http://127.0.0.1:2/web.bin");
		assertThat(t.magnetUri()).contains("&ws=http%3a%2f%2f127.0.0.1%3a2%2fweb.bin");
	}

	private TorrentId givenSeeding(byte[] metainfo, Path savePath, long uploadLimit) {
		this.seeder = this.engines.start(this.dir.resolve("seeder"));
		TorrentId id = this.seeder
			.add(new TorrentSource.MetainfoFile(metainfo),
					AddOptions.builder().savePath(savePath).uploadLimit(uploadLimit).build())
			.id();
		LoopbackSwarmIT.awaitState(this.seeder, id, TorrentState.SEEDING, WAIT);
		return id;
	}

}
