package dev.torrentd.qbittorrent;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.AtomicFiles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The qBittorrent preferences that have no engine setting (mail, RSS, WebUI details,
 * libtorrent tuning the engine does not expose, the alternative speed limits …), kept as
 * one JSON object in {@code preferences.json} of {@link QbStorage#directory()}. Every
 * change rewrites the file atomically (a temporary file moved over it), so a crash leaves
 * either the old or the new file. Values are JSON scalars or objects, as
 * {@code app/preferences} shows them.
 */
@Component
public class QbPreferencesStore {

	private static final Logger log = LoggerFactory.getLogger(QbPreferencesStore.class);

	static final String FILE_NAME = "preferences.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path file;

	private final Map<String, Object> values;

	/**
	 * Loads the stored preferences; a missing file is an empty store, an unreadable one
	 * is logged and treated as empty (it is replaced at the next change).
	 * @param storage where the dialect keeps its files
	 */
	public QbPreferencesStore(QbStorage storage) {
		this.file = storage.directory().resolve(FILE_NAME);
		this.values = load(this.file);
	}

	private static Map<String, Object> load(Path file) {
		if (!Files.isRegularFile(file)) {
			return new TreeMap<>();
		}
		try {
			Map<String, Object> read = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() {
			});
			return new TreeMap<>(read);
		}
		catch (JacksonException ex) {
			log.warn("Ignoring unreadable qBittorrent preferences {}: {}", file, ex.getMessage());
			return new TreeMap<>();
		}
	}

	/**
	 * Every stored value.
	 * @return a sorted copy
	 */
	public synchronized Map<String, Object> values() {
		return new TreeMap<>(this.values);
	}

	/**
	 * One stored value.
	 * @param key the preference name
	 * @return the value, or null when never stored
	 */
	public synchronized @Nullable Object get(String key) {
		return this.values.get(key);
	}

	/**
	 * Stores values and rewrites the file; nothing is written when nothing changes.
	 * @param changes preference names and their new values
	 * @throws UncheckedIOException when the file cannot be written (the values in memory
	 * are then left unchanged)
	 */
	public synchronized void putAll(Map<String, ?> changes) {
		Map<String, Object> next = new TreeMap<>(this.values);
		next.putAll(changes);
		if (next.equals(this.values)) {
			return;
		}
		write(next);
		this.values.clear();
		this.values.putAll(next);
	}

	private void write(Map<String, Object> content) {
		AtomicFiles.write(this.file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
	}

}
