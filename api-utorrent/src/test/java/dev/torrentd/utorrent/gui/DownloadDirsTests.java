package dev.torrentd.utorrent.gui;

import java.nio.file.Path;

import dev.torrentd.utorrent.error.GuiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownloadDirsTests {

	private final Path base = Path.of("/downloads");

	@Test
	void aRelativeSubDirectoryIsAppended() {
		assertThat(DownloadDirs.subDirectory(this.base, "tv/show")).isEqualTo(Path.of("/downloads/tv/show"));
	}

	@Test
	void absolutePathsAndParentSegmentsAreRefused() {
		assertThatThrownBy(() -> DownloadDirs.subDirectory(this.base, "/etc")).isInstanceOf(GuiException.class);
		assertThatThrownBy(() -> DownloadDirs.subDirectory(this.base, "a/../../etc")).isInstanceOf(GuiException.class);
		assertThatThrownBy(() -> DownloadDirs.subDirectory(this.base, "..")).isInstanceOf(GuiException.class);
	}

	@Test
	void aTorrentFileCopyNeverLeavesItsDirectory() {
		assertThat(TorrentFileCopies.fileName("a/../b")).isEqualTo("a_.._b.torrent");
		assertThat(TorrentFileCopies.fileName("..")).isEqualTo("_.torrent");
	}

	@Test
	void tokenMarkupIsExactlyUtorrents() {
		assertThat(TokenController.markup("T0K"))
			.isEqualTo("<html><div id='token' style='display:none;'>T0K</div></html>");
	}

}
