package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorageLocationsTests {

	private static final Path SAVE = Path.of("/media/tv");

	private static final Path INCOMPLETE = Path.of("/incomplete");

	@Test
	void anUnfinishedTorrentBelongsInItsDownloadPathAndAFinishedOneInItsSavePath() {
		assertThat(StorageLocations.target(SAVE, INCOMPLETE, false)).isEqualTo(INCOMPLETE);
		assertThat(StorageLocations.target(SAVE, INCOMPLETE, true)).isEqualTo(SAVE);
	}

	@Test
	void withoutADownloadPathTheDataBelongsInTheSavePathAlways() {
		assertThat(StorageLocations.target(SAVE, null, false)).isEqualTo(SAVE);
		assertThat(StorageLocations.target(SAVE, null, true)).isEqualTo(SAVE);
	}

	@Test
	void anAutomaticallyManagedTorrentWithACategoryDownloadsIntoTheCategorysSubfolder() {
		assertThat(StorageLocations.downloadPath(INCOMPLETE, true, "tv", SAVE)).isEqualTo(INCOMPLETE.resolve("tv"));
		assertThat(StorageLocations.downloadPath(INCOMPLETE, true, "tv/hd", SAVE))
			.isEqualTo(Path.of("/incomplete/tv/hd"));
	}

	@Test
	void aManualOrUncategorizedTorrentDownloadsIntoTheIncompleteFolderItself() {
		assertThat(StorageLocations.downloadPath(INCOMPLETE, false, "tv", SAVE)).isEqualTo(INCOMPLETE);
		assertThat(StorageLocations.downloadPath(INCOMPLETE, true, "", SAVE)).isEqualTo(INCOMPLETE);
	}

	@Test
	void noIncompleteFolderOrOneThatIsTheSavePathMeansNoDownloadPath() {
		assertThat(StorageLocations.downloadPath(null, true, "tv", SAVE)).isNull();
		assertThat(StorageLocations.downloadPath(SAVE, false, "", SAVE)).isNull();
	}

	@Test
	void contentAlreadyInTheSavePathStaysThere() {
		Set<Path> existing = Set.of(SAVE.resolve("show/e2.mkv"));

		assertThat(
				StorageLocations.initial(SAVE, INCOMPLETE, List.of("show/e1.mkv", "show/e2.mkv"), existing::contains))
			.isEqualTo(SAVE);
	}

	@Test
	void newContentStartsInTheDownloadPath() {
		assertThat(StorageLocations.initial(SAVE, INCOMPLETE, List.of("show/e1.mkv"), (p) -> false))
			.isEqualTo(INCOMPLETE);
		// a magnet: no files known yet
		assertThat(StorageLocations.initial(SAVE, INCOMPLETE, List.of(), (p) -> true)).isEqualTo(INCOMPLETE);
		assertThat(StorageLocations.initial(SAVE, null, List.of("show/e1.mkv"), (p) -> false)).isEqualTo(SAVE);
	}

}
