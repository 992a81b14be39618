package dev.torrentd.engine.libtorrent;

import java.util.List;

import dev.torrentd.engine.FilePriority;
import org.junit.jupiter.api.Test;
import org.libtorrent4j.Priority;

import static org.assertj.core.api.Assertions.assertThat;

class FirstLastPiecePrioritiesTests {

	private static final MetaInfo TWO_FILES = new MetaInfo("t",
			List.of(new MetaInfo.FileEntry("t/a", 5 * 100, 0, 4, false),
					new MetaInfo.FileEntry("t/.pad/0", 0, 4, 4, true),
					new MetaInfo.FileEntry("t/b", 3 * 100, 5, 7, false)),
			8, 100, 800, "", "", null, false, "", "");

	@Test
	void endsOfEveryWantedFileComeOnTopTheRestKeepsItsFilePriority() {
		Priority[] pieces = EngineState.piecePriorities(TWO_FILES,
				List.of(FilePriority.NORMAL, FilePriority.SKIP, FilePriority.HIGH), true);

		assertThat(pieces).containsExactly(Priority.TOP_PRIORITY, Priority.DEFAULT, Priority.DEFAULT, Priority.DEFAULT,
				Priority.TOP_PRIORITY, Priority.TOP_PRIORITY, Priority.SIX, Priority.TOP_PRIORITY);
	}

	@Test
	void withoutFirstLastEveryPieceFollowsItsFile() {
		Priority[] pieces = EngineState.piecePriorities(TWO_FILES,
				List.of(FilePriority.NORMAL, FilePriority.SKIP, FilePriority.HIGH), false);

		assertThat(pieces).containsExactly(Priority.DEFAULT, Priority.DEFAULT, Priority.DEFAULT, Priority.DEFAULT,
				Priority.DEFAULT, Priority.SIX, Priority.SIX, Priority.SIX);
	}

	@Test
	void skippedFilesKeepTheirPiecesSkipped() {
		Priority[] pieces = EngineState.piecePriorities(TWO_FILES,
				List.of(FilePriority.SKIP, FilePriority.SKIP, FilePriority.NORMAL), true);

		assertThat(pieces).startsWith(Priority.IGNORE, Priority.IGNORE, Priority.IGNORE, Priority.IGNORE,
				Priority.IGNORE);
		assertThat(pieces[5]).isEqualTo(Priority.TOP_PRIORITY);
	}

}
