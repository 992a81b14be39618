package dev.torrentd.utorrent.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dialect's small JSON files: read leniently (a missing or unreadable file is
 * "nothing stored", so a damaged file never keeps the server from starting) and written
 * atomically (a temporary file in the same directory renamed over the old one), so that a
 * crash leaves either the old or the new content.
 */
final class JsonFiles {

	private static final Logger log = LoggerFactory.getLogger(JsonFiles.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonFiles() {
	}

	/**
	 * Reads a file.
	 * @param <T> the content's type
	 * @param file the file
	 * @param type the content's type
	 * @return the content, or null when the file is missing or unreadable (logged)
	 */
	static <T> @Nullable T read(Path file, TypeReference<T> type) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return JSON.readValue(file.toFile(), type);
		}
		catch (JacksonException ex) {
			log.warn("Ignoring unreadable {}: {}", file, ex.getMessage());
			return null;
		}
	}

	/**
	 * Replaces a file's content atomically, creating its directory when missing.
	 * @param file the file
	 * @param content what to write as JSON
	 * @throws UncheckedIOException when the file cannot be written (the old content is
	 * then left as it was)
	 */
	static void write(Path file, Object content) {
		Path directory = file.toAbsolutePath().getParent();
		try {
			Files.createDirectories(directory);
			Path temp = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
			try {
				try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
						StandardOpenOption.TRUNCATE_EXISTING)) {
					ByteBuffer bytes = ByteBuffer
						.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
					while (bytes.hasRemaining()) {
						channel.write(bytes);
					}
					// on disk before the rename, so that a power loss leaves the old or
					// the new
					// content, never an empty file
					channel.force(true);
				}
				move(temp, file);
				syncDirectory(directory);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file, ex);
		}
	}

	/** Makes the rename durable (Linux fsyncs a directory opened for reading). */
	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			log.debug("Could not sync {}: {}", directory, ex.getMessage());
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// same directory, so only an exotic file system gets here
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
