package dev.torrentd.automation.watch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;

/**
 * Checks a new watch-folder list before it replaces the old one: every path absolute, no
 * folder twice (compared after normalising, so {@code /a/b/} and {@code /a/./b} are the
 * same folder), a save path exactly when the destination is
 * {@link Destination#SAVE_PATH}, and that one absolute too.
 */
final class FolderValidation {

	private FolderValidation() {
	}

	/**
	 * The list as it is kept: paths normalised, a save path given with another
	 * destination dropped.
	 * @param folders the list a dialect sent
	 * @return the normalised list, in the same order
	 * @throws IllegalArgumentException with a one-line reason for the first bad entry
	 */
	static List<WatchedFolder> validate(List<WatchedFolder> folders) {
		List<WatchedFolder> result = new ArrayList<>(folders.size());
		Set<Path> seen = new HashSet<>();
		for (WatchedFolder folder : folders) {
			Path path = folder.path();
			if (!path.isAbsolute()) {
				throw new IllegalArgumentException("watch folder is not an absolute path: " + path);
			}
			path = path.normalize();
			if (!seen.add(path)) {
				throw new IllegalArgumentException("watch folder listed twice: " + path);
			}
			Path savePath = null;
			if (folder.destination() == Destination.SAVE_PATH) {
				savePath = folder.savePath();
				if (savePath == null) {
					throw new IllegalArgumentException("watch folder " + path + " has no save path");
				}
				if (!savePath.isAbsolute()) {
					throw new IllegalArgumentException(
							"save path of watch folder " + path + " is not an absolute path: " + savePath);
				}
				savePath = savePath.normalize();
			}
			result.add(new WatchedFolder(path, folder.destination(), savePath, folder.deleteLoaded()));
		}
		return List.copyOf(result);
	}

}
