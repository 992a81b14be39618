package dev.torrentd.app.metrics;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TorrentFiguresTests {

	private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

	private static final Instant LONG_AGO = NOW.minus(Duration.ofMinutes(6));

	private static final Instant RECENTLY = NOW.minus(Duration.ofMinutes(4));

	@Test
	void aDownloadIsStalledWhenNoByteMovedForFiveMinutes() {
		List<Torrent> torrents = List.of(
				SnapshotTorrents.torrent(TorrentState.DOWNLOADING, true, false, LONG_AGO, LONG_AGO, "/d"),
				SnapshotTorrents.torrent(TorrentState.DOWNLOADING, true, false, LONG_AGO, RECENTLY, "/d"),
				// never moved a byte: counted from when it was added
				SnapshotTorrents.torrent(TorrentState.DOWNLOADING, true, false, LONG_AGO, null, "/d"),
				SnapshotTorrents.torrent(TorrentState.DOWNLOADING, true, false, RECENTLY, null, "/d"),
				// not downloading, or complete, or still without metadata: not stalled
				SnapshotTorrents.torrent(TorrentState.STOPPED, true, false, LONG_AGO, null, "/d"),
				SnapshotTorrents.torrent(TorrentState.SEEDING, true, true, LONG_AGO, null, "/d"),
				SnapshotTorrents.torrent(TorrentState.FETCHING_METADATA, false, false, LONG_AGO, null, "/d"));

		assertThat(TorrentFigures.stalled(torrents, NOW)).isEqualTo(2);
	}

	@Test
	void aMagnetIsStuckWhenItHasNoMetadataFiveMinutesAfterItsAdd() {
		List<Torrent> torrents = List.of(
				SnapshotTorrents.torrent(TorrentState.FETCHING_METADATA, false, false, LONG_AGO, null, "/d"),
				SnapshotTorrents.torrent(TorrentState.FETCHING_METADATA, false, false, RECENTLY, null, "/d"),
				// a stopped magnet is not trying
				SnapshotTorrents.torrent(TorrentState.STOPPED, false, false, LONG_AGO, null, "/d"));

		assertThat(TorrentFigures.metadataStuck(torrents, NOW)).isEqualTo(1);
	}

	@Test
	void savePathsAreTheDefaultThenEachTorrentsOnceAndAtMostAHundred() {
		List<Torrent> torrents = new ArrayList<>();
		torrents.add(SnapshotTorrents.torrent(TorrentState.SEEDING, true, true, NOW, null, "/data/torrents/tv"));
		torrents.add(SnapshotTorrents.torrent(TorrentState.SEEDING, true, true, NOW, null, "/downloads"));
		torrents.add(SnapshotTorrents.torrent(TorrentState.SEEDING, true, true, NOW, null, "/data/torrents/tv"));

		assertThat(TorrentFigures.savePaths(torrents, Path.of("/downloads"))).containsExactly(Path.of("/downloads"),
				Path.of("/data/torrents/tv"));

		for (int i = 0; i < 150; i++) {
			torrents.add(SnapshotTorrents.torrent(TorrentState.SEEDING, true, true, NOW, null, "/many/" + i));
		}
		assertThat(TorrentFigures.savePaths(torrents, Path.of("/downloads"))).hasSize(TorrentFigures.MAX_SAVE_PATHS);
	}

}
