package dev.torrentd.engine.libtorrent;

import java.util.List;
import java.util.Map;

import dev.torrentd.engine.ContentLayout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLayoutsTests {

	@Test
	void originalNeverRenames() {
		assertThat(ContentLayouts.renames(List.of("Show/a.mkv", "Show/b.nfo"), ContentLayout.ORIGINAL, "Show"))
			.isEmpty();
		assertThat(ContentLayouts.renames(List.of("movie.mkv"), ContentLayout.ORIGINAL, "movie.mkv")).isEmpty();
	}

	@Test
	void subfolderPutsASingleFileInAFolderNamedAfterItWithoutExtension() {
		assertThat(ContentLayouts.renames(List.of("movie.2024.mkv"), ContentLayout.SUBFOLDER, "movie.2024.mkv"))
			.isEqualTo(Map.of(0, "movie.2024/movie.2024.mkv"));
		assertThat(ContentLayouts.renames(List.of("Show/a.mkv"), ContentLayout.SUBFOLDER, "Show")).isEmpty();
	}

	@Test
	void noSubfolderDropsTheRootFolder() {
		assertThat(
				ContentLayouts.renames(List.of("Show/a.mkv", "Show/extras/b.nfo"), ContentLayout.NO_SUBFOLDER, "Show"))
			.isEqualTo(Map.of(0, "a.mkv", 1, "extras/b.nfo"));
		assertThat(ContentLayouts.renames(List.of("movie.mkv"), ContentLayout.NO_SUBFOLDER, "movie.mkv")).isEmpty();
	}

}
