package dev.torrentd.automation.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.automation.WatchedFolder.Destination;
import dev.torrentd.engine.AtomicFiles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The watched folders on disk: {@code folders.json} in the watcher's directory, written
 * atomically. Paths are stored as plain strings (not URIs) so that the file stays
 * readable and editable. A file that cannot be parsed is set aside as
 * {@code folders.json.corrupt} and the watcher starts with no folders.
 */
final class FolderStore {

	private static final Logger log = LoggerFactory.getLogger(FolderStore.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	static final String FILE = "folders.json";

	private final Path file;

	FolderStore(Path directory) {
		this.file = directory.resolve(FILE);
	}

	/**
	 * The persisted folders.
	 * @return them, or none when nothing was saved
	 * @throws UncheckedIOException when the file exists but cannot be read
	 */
	List<WatchedFolder> load() {
		if (!Files.isRegularFile(this.file)) {
			return List.of();
		}
		try {
			FoldersFile stored = JSON.readValue(Files.readAllBytes(this.file), FoldersFile.class);
			List<WatchedFolder> folders = new ArrayList<>();
			for (StoredFolder folder : stored.folders()) {
				folders.add(folder.toFolder());
			}
			return List.copyOf(folders);
		}
		catch (JacksonException | NullPointerException | IllegalArgumentException ex) {
			Path aside = this.file.resolveSibling(FILE + ".corrupt");
			log.warn("Watch folder list {} is unreadable ({}); moved to {} and starting without it", this.file,
					oneLine(ex), aside);
			try {
				Files.move(this.file, aside, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException moveFailed) {
				throw new UncheckedIOException("cannot set aside " + this.file, moveFailed);
			}
			return List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + this.file, ex);
		}
	}

	/**
	 * Persists the folders atomically.
	 * @param folders the list to save
	 * @throws UncheckedIOException when the file cannot be written (the old one is kept)
	 */
	void save(List<WatchedFolder> folders) {
		List<StoredFolder> stored = new ArrayList<>();
		for (WatchedFolder folder : folders) {
			stored.add(StoredFolder.of(folder));
		}
		AtomicFiles.write(this.file, JSON.writeValueAsBytes(new FoldersFile(stored)));
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

	/** Jackson's messages end with the location on a second line. */
	private static String oneLine(RuntimeException ex) {
		String message = (ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.getMessage();
		return (message != null) ? message.replace('\n', ' ') : ex.getClass().getSimpleName();
	}

}
