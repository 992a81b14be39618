package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.PieceState;
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
 * Sequential download and first/last piece priority change the order pieces arrive in,
 * seen in the piece states of a slow real download (256 pieces of 64 KiB at 8 pieces/s).
 * Without either, with one seed all pieces are equally rare and libtorrent picks them at
 * random.
 */
class PieceOrderIT {

	private static final int PIECES = 256;

	private static final int FILES = 16;

	/**
	 * Four blocks per piece: with one-block pieces the requests already in flight (some
	 * 80 blocks) are as many pieces, and blur the order a picker chose.
	 */
	private static final int PIECE_SIZE = 64 * 1024;

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private LibtorrentEngine seeder;

	private byte[] metainfo;

	private TorrentId id;

	@BeforeEach
	void givenASlowSeeder() {
		// FILES files of equal size, each starting on a piece boundary
		Path data = this.dir.resolve("seed/order");
		for (int i = 0; i < FILES; i++) {
			TestTorrents.randomFile(data.resolve("part" + i + ".bin"), (long) PIECES / FILES * PIECE_SIZE, 61 + i);
		}
		this.metainfo = TestTorrents.metainfo(data, PIECE_SIZE);
		this.seeder = this.engines.start(this.dir.resolve("seeder"));
		this.id = this.seeder
			.add(new TorrentSource.MetainfoFile(this.metainfo),
					AddOptions.builder().savePath(data.getParent()).uploadLimit(8 * PIECE_SIZE).build())
			.id();
		LoopbackSwarmIT.awaitState(this.seeder, this.id, TorrentState.SEEDING, Duration.ofSeconds(30));
	}

	@Test
	void sequentialDownloadFetchesPiecesInOrder() {
		List<PieceState> pieces = downloadUntilSome(AddOptions.builder().sequentialDownload(true).build(), 32);

		int have = count(pieces);
		assertThat(pieces.lastIndexOf(PieceState.HAVE)).as("highest piece had, with %d had", have)
			.isLessThan(have + 32);
	}

	@Test
	void withoutSequentialDownloadPiecesArriveOutOfOrder() {
		List<PieceState> pieces = downloadUntilSome(AddOptions.defaults(), 32);

		assertThat(pieces.lastIndexOf(PieceState.HAVE)).isGreaterThan(count(pieces) + 32);
	}

	/**
	 * The flag reaches libtorrent: the first and last piece of every file get the top
	 * priority, the rest keep the default. (Whether they also arrive first depends on
	 * libtorrent's picker: on this loopback swarm, with one seed and every block
	 * requested at once, libtorrent 2.0.6 served the ends in no better than random order,
	 * so the arrival order is not asserted.)
	 */
	@Test
	void firstAndLastPiecePriorityPutsTheEndsOfEveryFileOnTop() {
		LibtorrentEngine leecher = this.engines.start(this.dir.resolve("leecher"));
		leecher.add(new TorrentSource.MetainfoFile(this.metainfo),
				AddOptions.builder().firstLastPiecePriority(true).build());
		LoopbackSwarmIT.awaitState(leecher, this.id, TorrentState.DOWNLOADING, Duration.ofSeconds(30));
		leecher.addPeers(List.of(this.id), List.of(TestEngines.address(this.seeder)));
		await().atMost(Duration.ofSeconds(60)).until(() -> count(leecher.pieceStates(this.id)) >= 8);

		int[] priorities = leecher.piecePrioritiesInLibtorrent(this.id);
		assertThat(priorities).hasSize(PIECES);
		for (int piece = 0; piece < PIECES; piece++) {
			int inFile = piece % (PIECES / FILES);
			boolean end = inFile == 0 || inFile == PIECES / FILES - 1;
			assertThat(priorities[piece]).as("priority of piece %d", piece).isEqualTo(end ? 7 : 4);
		}
		assertThat(leecher.get(this.id).firstLastPiecePriority()).isTrue();

		leecher.setFirstLastPiecePriority(List.of(this.id), false);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(leecher.piecePrioritiesInLibtorrent(this.id)).containsOnly(4));
	}

	private List<PieceState> downloadUntilSome(AddOptions options, int some) {
		LibtorrentEngine leecher = start(options);
		await().atMost(Duration.ofSeconds(60)).until(() -> count(leecher.pieceStates(this.id)) >= some);
		List<PieceState> pieces = leecher.pieceStates(this.id);
		assertThat(leecher.get(this.id).sequentialDownload()).isEqualTo(options.sequentialDownload());
		return pieces;
	}

	private LibtorrentEngine start(AddOptions options) {
		LibtorrentEngine leecher = this.engines.start(this.dir.resolve("leecher"));
		leecher.add(new TorrentSource.MetainfoFile(this.metainfo), options);
		leecher.addPeers(List.of(this.id), List.of(TestEngines.address(this.seeder)));
		return leecher;
	}

	private static int count(List<PieceState> pieces) {
		return (int) pieces.stream().filter((p) -> p == PieceState.HAVE).count();
	}

}
