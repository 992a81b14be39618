package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Removes folders that a rename or move left empty, never anything with content. */
final class EmptyFolders {

	private EmptyFolders() {
	}

	/**
	 * Deletes {@code folder} and its parents while they are empty, stopping below
	 * {@code root}.
	 * @param folder the innermost folder
	 * @param root a folder that is never deleted (the torrent's save path)
	 */
	static void removeUpTo(Path folder, Path root) {
		Path current = folder.toAbsolutePath().normalize();
		Path stop = root.toAbsolutePath().normalize();
		while (current != null && current.startsWith(stop) && !current.equals(stop)) {
			try {
				Files.delete(current);
			}
			catch (NoSuchFileException ex) {
				// already gone: go on with its parent
			}
			catch (IOException ex) {
				// not empty (DirectoryNotEmptyException) or not ours to delete: stop here
				return;
			}
			current = current.getParent();
		}
	}

}
