package dev.torrentd.automation.watch;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.automation.support.JsonStateFile;
import org.jspecify.annotations.Nullable;

/**
 * The watched folders on disk: {@code folders.json} in the watcher's directory, written
 * atomically. Paths are stored as plain strings (not URIs) so that the file stays
 * readable and editable. A file that cannot be parsed is set aside as
 * {@code folders.json.corrupt} and the watcher starts with no folders.
 */
final class FolderStore {

	static final String FILE = "folders.json";

	private final JsonStateFile file;

	FolderStore(Path directory) {
		this.file = new JsonStateFile(directory.resolve(FILE), "Watch folder list");
	}

	/**
	 * The persisted folders.
	 * @return them, or none when nothing was saved
	 * @throws UncheckedIOException when the file exists but cannot be read
	 */
	List<WatchedFolder> load() {
		List<WatchedFolder> folders = this.file.read(FoldersFile.class,
				(stored) -> stored.folders().stream().map(StoredFolder::toFolder).toList());
		return (folders != null) ? folders : List.of();
	}

	/**
	 * Persists the folders atomically.
	 * @param folders the list to save
	 * @throws UncheckedIOException when the file cannot be written (the old one is kept)
	 */
	void save(List<WatchedFolder> folders) {
		this.file.write(new FoldersFile(folders.stream().map(StoredFolder::of).toList()));
	}

	/**
	 * {@code folders.json}.
	 *
	 * @param folders the folders in their order ({@code dir_autoload} first)
	 */
	record FoldersFile(List<StoredFolder> folders) {

		FoldersFile {
			folders = (folders != null) ? List.copyOf(folders) : List.of();
		}

	}

	/**
	 * One folder as persisted.
	 *
	 * @param path the watched folder, absolute
	 * @param destination a {@link Destination} name
	 * @param savePath the save path for {@link Destination#SAVE_PATH}, else null
	 * @param deleteLoaded delete (true) or rename to {@code .loaded} (false) after adding
	 */
	record StoredFolder(String path, String destination, @Nullable String savePath, boolean deleteLoaded) {

		static StoredFolder of(WatchedFolder folder) {
			return new StoredFolder(folder.path().toString(), folder.destination().name(),
					(folder.savePath() != null) ? folder.savePath().toString() : null, folder.deleteLoaded());
		}

		WatchedFolder toFolder() {
			return new WatchedFolder(Path.of(this.path), Destination.valueOf(this.destination),
					(this.savePath != null) ? Path.of(this.savePath) : null, this.deleteLoaded);
		}

	}

}
