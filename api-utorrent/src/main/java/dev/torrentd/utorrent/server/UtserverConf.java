package dev.torrentd.utorrent.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lines of a µTorrent Server {@code utserver.conf} (µTorrent Server manual,
 * "Configuration File"): one {@code name: value} per line, split at the first colon, both
 * sides trimmed; a line whose first non-whitespace character is {@code #} is a comment;
 * blank lines are skipped. Names are case-insensitive (kept lower-case). A name may
 * repeat ({@code dir_download}); every occurrence is kept in file order. A line without a
 * colon or with an empty name is skipped and listed in {@link #problems()}: a bad line
 * never stops the server.
 *
 * @param entries the settings in file order, names lower-case, values trimmed (possibly
 * empty)
 * @param problems one description per skipped line ({@code "line 3: ..."})
 */
public record UtserverConf(List<Map.Entry<String, String>> entries, List<String> problems) {

	private static final Logger log = LoggerFactory.getLogger(UtserverConf.class);

	public UtserverConf {
		entries = List.copyOf(entries);
		problems = List.copyOf(problems);
	}

	/**
	 * No settings (no configuration file).
	 * @return an empty configuration
	 */
	public static UtserverConf empty() {
		return new UtserverConf(List.of(), List.of());
	}

	/**
	 * Parses the text of a {@code utserver.conf}.
	 * @param text the file's text (any line ends)
	 * @return the settings and the skipped lines
	 */
	public static UtserverConf parse(String text) {
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int number = 0;
		for (String line : body.split("\r\n|\r|\n", -1)) {
			number++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			int colon = trimmed.indexOf(':');
			if (colon < 0) {
				problems.add("line " + number + ": no ':' in \"" + trimmed + "\"");
				continue;
			}
			String name = trimmed.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				problems.add("line " + number + ": no setting name before ':' in \"" + trimmed + "\"");
				continue;
			}
			entries.add(Map.entry(name, trimmed.substring(colon + 1).strip()));
		}
		return new UtserverConf(entries, problems);
	}

	/**
	 * Reads ({@link #readText}) and parses a {@code utserver.conf}, logging one warning
	 * per skipped line.
	 * @param file the file
	 * @return the settings
	 * @throws IOException when the file cannot be read
	 */
	public static UtserverConf read(Path file) throws IOException {
		UtserverConf conf = parse(readText(file));
		conf.problems().forEach((problem) -> log.warn("{}: {}: line skipped", file, problem));
		return conf;
	}

	/**
	 * The text of a {@code utserver.conf}: UTF-8, or ISO-8859-1 when it is not valid
	 * UTF-8 (utserver itself takes bytes as they are).
	 * @param file the file
	 * @return its text
	 * @throws IOException when the file cannot be read
	 */
	public static String readText(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	/**
	 * The value of a setting; for a repeated name the last one, as utserver keeps it.
	 * @param name the name (any case)
	 * @return the trimmed value, empty when the file does not set it
	 */
	public Optional<String> value(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		String found = null;
		for (Map.Entry<String, String> entry : this.entries) {
			if (entry.getKey().equals(key)) {
				found = entry.getValue();
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * Every value of a repeatable setting ({@code dir_download}), in file order.
	 * @param name the name (any case)
	 * @return the values, empty when the file does not set it
	 */
	public List<String> values(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		return this.entries.stream().filter((e) -> e.getKey().equals(key)).map(Map.Entry::getValue).toList();
	}

	/**
	 * Whether the file sets a name (even to an empty value).
	 * @param name the name (any case)
	 * @return true when at least one line sets it
	 */
	public boolean contains(String name) {
		return value(name).isPresent();
	}

	/**
	 * A directory setting relative to the working directory ({@code dir_temp_files},
	 * {@code dir_request}, {@code dir_autoload}, {@code ut_webui_dir}: the manual says
	 * "relative to the current directory").
	 * @param name the name (any case)
	 * @param workingDir the working directory (absolute)
	 * @return the absolute, normalized path; empty when unset or set to an empty value
	 */
	public Optional<Path> dir(String name, Path workingDir) {
		return value(name).filter((v) -> !v.isEmpty()).flatMap((v) -> resolve(workingDir, name, v));
	}

	/**
	 * A directory setting relative to {@code dir_root} when that is set, else to the
	 * working directory (µTorrent Server manual: "dir_root: If not empty, dir_active,
	 * dir_completed, and dir_torrent_files are relative to this directory"; torrentd
	 * treats {@code dir_download}, their sibling, the same way).
	 * @param name the name (any case)
	 * @param workingDir the working directory (absolute)
	 * @return the absolute, normalized path; empty when unset or set to an empty value
	 */
	public Optional<Path> rootedDir(String name, Path workingDir) {
		return value(name).filter((v) -> !v.isEmpty()).flatMap((v) -> resolve(root(workingDir), name, v));
	}

	/**
	 * Every value of a repeatable directory setting ({@code dir_download}), resolved as
	 * {@link #rootedDir}, empty values skipped.
	 * @param name the name (any case)
	 * @param workingDir the working directory (absolute)
	 * @return the paths in file order
	 */
	public List<Path> rootedDirs(String name, Path workingDir) {
		Path root = root(workingDir);
		return values(name).stream()
			.filter((v) -> !v.isEmpty())
			.flatMap((v) -> resolve(root, name, v).stream())
			.toList();
	}

	/**
	 * {@code dir_root} resolved against the working directory, or the working directory.
	 * @param workingDir the working directory (absolute)
	 * @return the directory relative directory settings are resolved against
	 */
	public Path root(Path workingDir) {
		return dir("dir_root", workingDir).orElse(workingDir.toAbsolutePath().normalize());
	}

	private static Optional<Path> resolve(Path base, String name, String value) {
		try {
			return Optional.of(base.toAbsolutePath().resolve(value).normalize());
		}
		catch (InvalidPathException ex) {
			log.warn("utserver.conf: {} is not a usable path ({}): ignored", name, ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Each name once, with its last value, in order of first appearance.
	 * @return the names and values
	 */
	public Map<String, String> lastValues() {
		Map<String, String> last = new LinkedHashMap<>();
		this.entries.forEach((entry) -> last.put(entry.getKey(), entry.getValue()));
		return last;
	}

}
