package dev.torrentd.automation.programs;

import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.support.JsonStateFile;
import org.jspecify.annotations.Nullable;

/**
 * The event programs on disk: {@code programs.json} in the runner's directory, written
 * atomically. A file that cannot be parsed is set aside as {@code programs.json.corrupt}
 * and the runner starts with no programs.
 */
final class ProgramStore {

	static final String FILE = "programs.json";

	private final JsonStateFile file;

	ProgramStore(Path directory) {
		this.file = new JsonStateFile(directory.resolve(FILE), "Event programs");
	}

	/**
	 * The persisted programs.
	 * @return them, or {@link EventProgramSettings#NONE} when nothing was saved
	 * @throws UncheckedIOException when the file exists but cannot be read
	 */
	EventProgramSettings load() {
		EventProgramSettings settings = this.file.read(ProgramsFile.class, ProgramsFile::toSettings);
		return (settings != null) ? settings : EventProgramSettings.NONE;
	}

	/**
	 * Persists the programs atomically.
	 * @param settings the programs to save
	 * @throws UncheckedIOException when the file cannot be written (the old one is kept)
	 */
	void save(EventProgramSettings settings) {
		this.file.write(ProgramsFile.of(settings));
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

}
