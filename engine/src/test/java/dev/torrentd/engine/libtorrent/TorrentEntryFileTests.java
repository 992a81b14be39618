package dev.torrentd.engine.libtorrent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.StopCondition;
import dev.torrentd.engine.TorrentId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TorrentEntryFileTests {

	private static final TorrentId ID = TorrentId.parse("0282dd156eac44ba0b76ce227e775234a322a781");

	@Test
	void everyPersistedFieldSurvivesARoundTrip() {
		TorrentEntry e = new TorrentEntry(ID, Path.of("/data/tv shows/ünïcode"), Instant.parse("2026-01-02T03:04:05Z"));
		e.category = "tv/hd";
		e.tags = new TreeSet<>(List.of("b tag", "a"));
		e.name = "Renamed = with: specials";
		e.magnetName = "dn";
		e.completedAt = Instant.parse("2026-01-03T00:00:00Z");
		e.lastActivityAt = Instant.parse("2026-01-04T00:00:00Z");
		e.stopped = true;
		e.forceStart = false;
		e.autoManagedSavePath = true;
		e.contentLayout = ContentLayout.NO_SUBFOLDER;
		e.contentLayoutApplied = true;
		e.sequentialDownload = true;
		e.firstLastPiecePriority = true;
		e.superSeeding = true;
		e.downloadLimit = 1000;
		e.uploadLimit = 2000;
		e.shareLimits = new ShareLimits(1.5, 60, ShareLimits.NO_LIMIT, ShareLimitAction.REMOVE_WITH_CONTENT);
		e.stopCondition = StopCondition.FILES_CHECKED;
		e.pendingFilePriorities = List.of(FilePriority.SKIP, FilePriority.HIGH);
		e.queuePosition = 7;
		e.downloadPath = Path.of("/data/incomplete/tv hd");
		e.finishedStatus = true;

		TorrentEntry back = TorrentEntryFile.read(ID, TorrentEntryFile.write(e));

		assertThat(back).usingRecursiveComparison()
			.comparingOnlyFields("savePath", "category", "tags", "name", "magnetName", "addedAt", "completedAt",
					"lastActivityAt", "stopped", "forceStart", "autoManagedSavePath", "contentLayout",
					"contentLayoutApplied", "sequentialDownload", "firstLastPiecePriority", "superSeeding",
					"downloadLimit", "uploadLimit", "shareLimits", "stopCondition", "pendingFilePriorities",
					"queuePosition", "downloadPath", "finishedStatus")
			.isEqualTo(e);
	}

	@Test
	void anOlderFileWithOnlyTheRequiredKeysGetsDefaults() {
		byte[] minimal = "save-path=/d\nadded-at=2026-01-02T03\\:04\\:05Z\n".getBytes(StandardCharsets.UTF_8);

		TorrentEntry e = TorrentEntryFile.read(ID, minimal);

		assertThat(e.savePath).isEqualTo(Path.of("/d"));
		assertThat(e.category).isEmpty();
		assertThat(e.tags).isEmpty();
		assertThat(e.shareLimits).isEqualTo(ShareLimits.useGlobal());
		assertThat(e.queuePosition).isEqualTo(-1);
		assertThat(e.downloadPath).isNull();
		assertThat(e.finishedStatus).isFalse();
	}

	@Test
	void aFileWithoutSavePathIsRejected() {
		assertThatThrownBy(() -> TorrentEntryFile.read(ID, "category=x\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("save-path");
	}

}
