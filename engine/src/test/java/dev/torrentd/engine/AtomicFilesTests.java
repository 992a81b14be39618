package dev.torrentd.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTests {

	@TempDir
	Path dir;

	@Test
	void writeReplacesTheContentAndLeavesNoTempFile() throws IOException {
		Path file = this.dir.resolve("sub/state.properties");

		AtomicFiles.write(file, "one".getBytes());
		AtomicFiles.write(file, "two".getBytes());

		assertThat(file).hasContent("two");
		try (var files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void aFailedWriteKeepsTheOldContent() throws IOException {
		Path file = this.dir.resolve("kept.txt");
		AtomicFiles.write(file, "old".getBytes());
		Files.createDirectory(this.dir.resolve("kept.txt.tmp"));

		assertThatThrownBy(() -> AtomicFiles.write(file, "new".getBytes()))
			.isInstanceOf(java.io.UncheckedIOException.class);

		assertThat(file).hasContent("old");
	}

	@Test
	void deleteIgnoresMissingFiles() {
		Path file = this.dir.resolve("gone");
		AtomicFiles.write(file, new byte[] { 1 });

		AtomicFiles.delete(file, this.dir.resolve("never-existed"));

		assertThat(file).doesNotExist();
	}

}
