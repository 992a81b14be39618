package dev.torrentd.automation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

import dev.torrentd.engine.AtomicFiles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the automation services' JSON state files (RSS settings, feeds and rules, watch
 * folders, event programs): written atomically (temp file and rename, so a
 * {@code kill -9} leaves the old or the new file, never half of one), indented so that a
 * user can read and edit it, unknown keys ignored so that an older torrentd reads a newer
 * file. A file that cannot be parsed is set aside as {@code <name>.corrupt} with one
 * warning, never overwritten, and the service starts without it.
 */
public final class JsonStateFile {

	private static final Logger log = LoggerFactory.getLogger(JsonStateFile.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final Path file;

	private final String what;

	/**
	 * A state file.
	 * @param file where it is (its directory is created on the first write)
	 * @param what what it holds, for the log, e.g. {@code "RSS rules"}
	 */
	public JsonStateFile(Path file, String what) {
		this.file = file;
		this.what = what;
	}

	/**
	 * Reads the file.
	 * @param <F> the file's JSON shape
	 * @param <T> what the service keeps
	 * @param type the file's JSON shape, a record
	 * @param convert turns the shape into what the service keeps; an
	 * {@link IllegalArgumentException} or {@link NullPointerException} it throws (an
	 * unknown enum name, a missing value) makes the file unreadable too
	 * @return the converted contents, or {@code null} when there is no file or it was
	 * unreadable and has been set aside
	 * @throws UncheckedIOException when the file cannot be read or set aside
	 */
	public <F, T> @Nullable T read(Class<F> type, Function<F, T> convert) {
		if (!Files.isRegularFile(this.file)) {
			return null;
		}
		try {
			return convert.apply(JSON.readValue(Files.readAllBytes(this.file), type));
		}
		catch (JacksonException | NullPointerException | IllegalArgumentException ex) {
			Path aside = this.file.resolveSibling(this.file.getFileName() + ".corrupt");
			log.warn("{} {} is unreadable ({}); moved to {} and starting without it", this.what, this.file, oneLine(ex),
					aside);
			try {
				Files.move(this.file, aside, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException moveFailed) {
				throw new UncheckedIOException("cannot set aside " + this.file, moveFailed);
			}
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + this.file, ex);
		}
	}

	/**
	 * Reads the file as it is stored.
	 * @param <F> the file's JSON shape
	 * @param type the file's JSON shape, a record
	 * @return the contents, or {@code null} when there is no file or it was unreadable
	 * @throws UncheckedIOException when the file cannot be read or set aside
	 */
	public <F> @Nullable F read(Class<F> type) {
		return read(type, Function.identity());
	}

	/**
	 * Replaces the file atomically.
	 * @param value the contents, a record Jackson can write
	 * @throws UncheckedIOException when it cannot be written (the old file is kept)
	 */
	public void write(Object value) {
		AtomicFiles.write(this.file, JSON.writeValueAsBytes(value));
	}

	/** Jackson's messages end with the location on a second line. */
	private static String oneLine(RuntimeException ex) {
		String message = (ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.getMessage();
		return (message != null) ? message.replace('\n', ' ') : ex.getClass().getSimpleName();
	}

}
