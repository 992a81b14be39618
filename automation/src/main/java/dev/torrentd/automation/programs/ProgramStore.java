package dev.torrentd.automation.programs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.engine.AtomicFiles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event programs on disk: {@code programs.json} in the runner's directory, written
 * atomically. A file that cannot be parsed is set aside as {@code programs.json.corrupt}
 * and the runner starts with no programs.
 */
final class ProgramStore {

	private static final Logger log = LoggerFactory.getLogger(ProgramStore.class);

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	static final String FILE = "programs.json";

	private final Path file;

	ProgramStore(Path directory) {
		this.file = directory.resolve(FILE);
	}

	/**
	 * The persisted programs.
	 * @return them, or {@link EventProgramSettings#NONE} when nothing was saved
	 * @throws UncheckedIOException when the file exists but cannot be read
	 */
	EventProgramSettings load() {
		if (!Files.isRegularFile(this.file)) {
			return EventProgramSettings.NONE;
		}
		try {
			return JSON.readValue(Files.readAllBytes(this.file), ProgramsFile.class).toSettings();
		}
		catch (JacksonException | NullPointerException | IllegalArgumentException ex) {
			Path aside = this.file.resolveSibling(FILE + ".corrupt");
			log.warn("Event programs {} are unreadable ({}); moved to {} and starting without them", this.file,
					oneLine(ex), aside);
			try {
				Files.move(this.file, aside, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException moveFailed) {
				throw new UncheckedIOException("cannot set aside " + this.file, moveFailed);
			}
			return EventProgramSettings.NONE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + this.file, ex);
		}
	}

	/**
	 * Persists the programs atomically.
	 * @param settings the programs to save
	 * @throws UncheckedIOException when the file cannot be written (the old one is kept)
	 */
	void save(EventProgramSettings settings) {
		AtomicFiles.write(this.file, JSON.writeValueAsBytes(ProgramsFile.of(settings)));
	}

	/**
	 * {@code programs.json}; a missing entry is no program.
	 *
	 * @param onAdded run when a torrent is added
	 * @param onFinished run when a torrent finishes downloading
	 * @param onStateChanged run when a torrent's µTorrent state changes
	 */
	record ProgramsFile(@Nullable StoredProgram onAdded, @Nullable StoredProgram onFinished,
			@Nullable StoredProgram onStateChanged) {

		static ProgramsFile of(EventProgramSettings settings) {
			return new ProgramsFile(StoredProgram.of(settings.onAdded()), StoredProgram.of(settings.onFinished()),
					StoredProgram.of(settings.onStateChanged()));
		}

		EventProgramSettings toSettings() {
			return new EventProgramSettings(program(this.onAdded), program(this.onFinished),
					program(this.onStateChanged));
		}

		private static EventProgram program(@Nullable StoredProgram stored) {
			return (stored != null) ? stored.toProgram() : EventProgram.NONE;
		}

	}

	/**
	 * One program as persisted.
	 *
	 * @param enabled whether it runs
	 * @param command the command line with its placeholders
	 * @param placeholders a {@link Placeholders} name
	 */
	record StoredProgram(boolean enabled, @Nullable String command, @Nullable String placeholders) {

		static StoredProgram of(EventProgram program) {
			return new StoredProgram(program.enabled(), program.command(), program.placeholders().name());
		}

		EventProgram toProgram() {
			return new EventProgram(this.enabled, (this.command != null) ? this.command : "",
					(this.placeholders != null) ? Placeholders.valueOf(this.placeholders) : Placeholders.QBITTORRENT);
		}

	}

	/** Jackson's messages end with the location on a second line. */
	private static String oneLine(RuntimeException ex) {
		String message = (ex instanceof JacksonException jackson) ? jackson.getOriginalMessage() : ex.getMessage();
		return (message != null) ? message.replace('\n', ' ') : ex.getClass().getSimpleName();
	}

}
