package dev.torrentd.utorrent.settings;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.torrentd.engine.AtomicFiles;
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
		AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
	}

}
