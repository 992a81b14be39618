package dev.torrentd.utorrent.server;

import java.nio.file.Path;
import java.util.List;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AutomationSettingsTests {

	private static final WatchedFolder AUTOLOAD = AutomationSettings.autoloadFolder(Path.of("/srv/autoload"), false);

	private static final WatchedFolder QBT = new WatchedFolder(Path.of("/srv/qbt"), Destination.WATCHED_FOLDER, null,
			true);

	private static final WatchedFolder QBT_DEFAULT = new WatchedFolder(Path.of("/srv/qbt2"),
			Destination.DEFAULT_SAVE_PATH, null, true);

	@Test
	void autoloadIsTheFirstFolderWhenItDownloadsIntoTheDefaultSavePath() {
		assertThat(AutomationSettings.autoload(List.of())).isNull();
		assertThat(AutomationSettings.autoload(List.of(AUTOLOAD, QBT))).isEqualTo(AUTOLOAD);
		assertThat(AutomationSettings.autoload(List.of(QBT, AUTOLOAD))).isNull();
		assertThat(AUTOLOAD)
			.isEqualTo(new WatchedFolder(Path.of("/srv/autoload"), Destination.DEFAULT_SAVE_PATH, null, false));
	}

	@Test
	void settingAutoloadReplacesTheFirstAndKeepsTheOthersInOrder() {
		WatchedFolder next = AutomationSettings.autoloadFolder(Path.of("/srv/new"), true);

		assertThat(AutomationSettings.withAutoload(List.of(AUTOLOAD, QBT), next)).containsExactly(next, QBT);
		assertThat(AutomationSettings.withAutoload(List.of(QBT), next)).containsExactly(next, QBT);
		assertThat(AutomationSettings.withAutoload(List.of(QBT, QBT_DEFAULT), next)).containsExactly(next, QBT,
				QBT_DEFAULT);
	}

	@Test
	void noAutoloadRemovesOnlyMicroTorrentsEntry() {
		assertThat(AutomationSettings.withAutoload(List.of(AUTOLOAD, QBT), null)).containsExactly(QBT);
		assertThat(AutomationSettings.withAutoload(List.of(QBT, QBT_DEFAULT), null)).containsExactly(QBT, QBT_DEFAULT);
	}

	@Test
	void aDirectoryIsWatchedOnce() {
		WatchedFolder sameAsQbt = AutomationSettings.autoloadFolder(QBT.path(), false);

		assertThat(AutomationSettings.withAutoload(List.of(AUTOLOAD, QBT), sameAsQbt)).containsExactly(sameAsQbt);
	}

	@Test
	void commandsAreProgramsWithMicroTorrentsPlaceholdersAndEmptyIsNone() {
		assertThat(AutomationSettings.program(" /bin/done %I "))
			.isEqualTo(new EventProgram(true, "/bin/done %I", Placeholders.UTORRENT));
		assertThat(AutomationSettings.program("").enabled()).isFalse();
		assertThat(AutomationSettings.command(new EventProgram(true, "/x %N", Placeholders.QBITTORRENT)))
			.isEqualTo("/x %N");
		assertThat(AutomationSettings.command(new EventProgram(false, "/x %N", Placeholders.QBITTORRENT))).isEmpty();
	}

}
