package dev.torrentd.utorrent.wire;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.TorrentFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileRowTests {

	@Test
	void fileFillsThirteenColumnsInTheManualsOrder() {
		TorrentFile file = new TorrentFile(1, "Show/Season 1/episode.mkv", 734_003_200L, 104_857_600L,
				FilePriority.NORMAL, 12, 712, 0.8);
		assertThat(FileRow.of(file)).containsExactly("Show/Season 1/episode.mkv", 734_003_200L, 104_857_600L, 2, 12,
				701, false, 0, 0, 0, 0, 0, 0);
	}

	@Test
	void filesWithinOnePieceSpanOnePiece() {
		TorrentFile file = new TorrentFile(0, "a.nfo", 900, 900, FilePriority.HIGH, 3, 3, 1);
		assertThat(FileRow.of(file).get(4)).isEqualTo(3);
		assertThat(FileRow.of(file).get(5)).isEqualTo(1);
	}

	@Test
	void emptyFileSpansNoPiece() {
		TorrentFile file = new TorrentFile(2, "Show/empty.txt", 0, 0, FilePriority.NORMAL, 5, 4, -1);
		assertThat(FileRow.of(file).get(5)).isEqualTo(0);
		file = new TorrentFile(2, "Show/empty.txt", 0, 0, FilePriority.NORMAL, 5, 5, -1);
		assertThat(FileRow.of(file).get(5)).isEqualTo(0);
	}

	@Test
	void sizesAreLongsAndStreamableAJsonBoolean() {
		TorrentFile file = new TorrentFile(0, "big.iso", 8_000_000_000L, 5_000_000_000L, FilePriority.SKIP, 0, 1907, 0);
		assertThat(FileRow.of(file).get(1)).isEqualTo(8_000_000_000L);
		assertThat(FileRow.of(file).get(2)).isEqualTo(5_000_000_000L);
		assertThat(FileRow.of(file).get(3)).isEqualTo(0);
		assertThat(FileRow.of(file).get(6)).isEqualTo(Boolean.FALSE);
	}

	@Test
	void enginePrioritiesMapToMicroTorrentsFourLevels() {
		assertThat(FileRow.priority(FilePriority.SKIP)).isEqualTo(0);
		assertThat(FileRow.priority(FilePriority.LOW)).isEqualTo(1);
		assertThat(FileRow.priority(FilePriority.NORMAL)).isEqualTo(2);
		assertThat(FileRow.priority(FilePriority.HIGH)).isEqualTo(3);
		assertThat(FileRow.priority(FilePriority.MAXIMUM)).isEqualTo(3);
	}

	@Test
	void microTorrentPrioritiesMapBackToTheEngine() {
		assertThat(FileRow.priority(0)).isEqualTo(FilePriority.SKIP);
		assertThat(FileRow.priority(1)).isEqualTo(FilePriority.LOW);
		assertThat(FileRow.priority(2)).isEqualTo(FilePriority.NORMAL);
		assertThat(FileRow.priority(3)).isEqualTo(FilePriority.HIGH);
	}

	@Test
	void everyMicroTorrentLevelSurvivesTheRoundTrip() {
		for (int level = 0; level <= 3; level++) {
			assertThat(FileRow.priority(FileRow.priority(level))).isEqualTo(level);
		}
	}

	@Test
	void prioritiesOutsideZeroToThreeAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> FileRow.priority(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> FileRow.priority(4));
		assertThatIllegalArgumentException().isThrownBy(() -> FileRow.priority(7));
	}

}
