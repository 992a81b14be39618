package dev.torrentd.utorrent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;

/**
 * Watch folders and event programs kept in memory, counting the changes, for unit tests
 * of the settings (the real services are tested in the automation module and the ITs).
 */
public final class InMemoryAutomation {

	private InMemoryAutomation() {
	}

	/** Watch folders that refuse relative and repeated paths, as the service does. */
	public static final class Folders implements WatchFolders {

		private List<WatchedFolder> folders = List.of();

		public int changes;

		@Override
		public synchronized List<WatchedFolder> folders() {
			return this.folders;
		}

		@Override
		public synchronized void setFolders(List<WatchedFolder> folders) {
			List<Path> paths = new ArrayList<>();
			for (WatchedFolder folder : folders) {
				if (!folder.path().isAbsolute() || paths.contains(folder.path())) {
					throw new IllegalArgumentException("bad folder " + folder.path());
				}
				paths.add(folder.path());
			}
			this.folders = List.copyOf(folders);
			this.changes++;
		}

		@Override
		public synchronized List<WatchedFolder> updateFolders(UnaryOperator<List<WatchedFolder>> change) {
			setFolders(change.apply(this.folders));
			return this.folders;
		}

		@Override
		public void check(WatchedFolder folder) {
			if (!folder.path().isAbsolute()) {
				throw new IllegalArgumentException("bad folder " + folder.path());
			}
		}

	}

	/** Event programs. */
	public static final class Programs implements EventPrograms {

		private EventProgramSettings settings = EventProgramSettings.NONE;

		public int changes;

		@Override
		public synchronized EventProgramSettings settings() {
			return this.settings;
		}

		@Override
		public synchronized void apply(EventProgramSettings settings) {
			this.settings = settings;
			this.changes++;
		}

		@Override
		public synchronized EventProgramSettings update(UnaryOperator<EventProgramSettings> change) {
			apply(change.apply(this.settings));
			return this.settings;
		}

	}

}
