package dev.torrentd.automation.watch;

import java.nio.file.Path;
import java.util.List;

import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FolderValidationTests {

	private static WatchedFolder folder(String path) {
		return new WatchedFolder(Path.of(path), Destination.DEFAULT_SAVE_PATH, null, false);
	}

	@Test
	void absoluteDistinctFoldersAreKeptInOrderAndNormalised() {
		assertThat(FolderValidation.validate(List.of(folder("/watch/b/"), folder("/watch/./a"))))
			.containsExactly(folder("/watch/b"), folder("/watch/a"));
	}

	@Test
	void noFoldersIsFine() {
		assertThat(FolderValidation.validate(List.of())).isEmpty();
	}

	@Test
	void aRelativeFolderIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> FolderValidation.validate(List.of(folder("watch"))))
			.withMessage("watch folder is not an absolute path: watch");
	}

	@Test
	void theSameFolderTwiceIsRefusedEvenWrittenDifferently() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FolderValidation.validate(List.of(folder("/watch/a"), folder("/watch/x/../a/"))))
			.withMessage("watch folder listed twice: /watch/a");
	}

	@Test
	void aSavePathDestinationNeedsAnAbsoluteSavePath() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FolderValidation
				.validate(List.of(new WatchedFolder(Path.of("/watch"), Destination.SAVE_PATH, null, false))))
			.withMessage("watch folder /watch has no save path");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FolderValidation
				.validate(List.of(new WatchedFolder(Path.of("/watch"), Destination.SAVE_PATH, Path.of("dl"), false))))
			.withMessage("save path of watch folder /watch is not an absolute path: dl");
	}

	@Test
	void aSavePathGivenWithAnotherDestinationIsDropped() {
		assertThat(FolderValidation.validate(
				List.of(new WatchedFolder(Path.of("/watch"), Destination.WATCHED_FOLDER, Path.of("/elsewhere"), true))))
			.containsExactly(new WatchedFolder(Path.of("/watch"), Destination.WATCHED_FOLDER, null, true));
	}

}
