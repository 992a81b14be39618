package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmptyFoldersTests {

	@TempDir
	Path save;

	@Test
	void emptyFoldersAreRemovedUpToTheSavePath() throws IOException {
		Path deep = Files.createDirectories(this.save.resolve("Season/extras"));

		EmptyFolders.removeUpTo(deep, this.save);

		assertThat(this.save.resolve("Season")).doesNotExist();
		assertThat(this.save).isDirectory();
	}

	@Test
	void aFolderWithContentStopsTheRemoval() throws IOException {
		Path deep = Files.createDirectories(this.save.resolve("Show/S01"));
		Files.writeString(this.save.resolve("Show/keep.nfo"), "x");

		EmptyFolders.removeUpTo(deep, this.save);

		assertThat(deep).doesNotExist();
		assertThat(this.save.resolve("Show/keep.nfo")).exists();
	}

	@Test
	void nothingOutsideTheSavePathIsTouched() throws IOException {
		Path outside = Files.createDirectories(this.save.resolveSibling(this.save.getFileName() + "-other/empty"));

		EmptyFolders.removeUpTo(outside, this.save);

		assertThat(outside).isDirectory();
	}

}
