package dev.torrentd.qbittorrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class QbPreferencesStoreTests {

	@TempDir
	Path dir;

	private Path storage() {
		return this.dir.resolve("qbittorrent");
	}

	@Test
	void aMissingFileIsAnEmptyStoreAndNothingIsWrittenUntilAChange() {
		QbPreferencesStore store = new QbPreferencesStore(new QbStorage(storage()));
		assertThat(store.values()).isEmpty();
		assertThat(store.get("locale")).isNull();
		store.putAll(Map.of());
		assertThat(storage()).doesNotExist();
	}

	@Test
	void valuesSurviveAReload() {
		QbPreferencesStore store = new QbPreferencesStore(new QbStorage(storage()));
		store.putAll(Map.of("locale", "de", "rss_refresh_interval", 15, "use_alt_speed_limits", true, "dl_limit",
				3L * 1024 * 1024 * 1024, "scan_dirs", Map.of("/watch", 1)));
		store.putAll(Map.of("locale", "fr"));

		QbPreferencesStore reloaded = new QbPreferencesStore(new QbStorage(storage()));
		assertThat(reloaded.values()).containsEntry("locale", "fr")
			.containsEntry("rss_refresh_interval", 15)
			.containsEntry("use_alt_speed_limits", true)
			.containsEntry("dl_limit", 3L * 1024 * 1024 * 1024)
			.containsEntry("scan_dirs", Map.of("/watch", 1));
	}

	@Test
	void writesLeaveOnlyTheFileBehind() throws IOException {
		QbPreferencesStore store = new QbPreferencesStore(new QbStorage(storage()));
		for (int i = 0; i < 5; i++) {
			store.putAll(Map.of("rss_refresh_interval", i));
		}
		try (Stream<Path> files = Files.list(storage())) {
			assertThat(files.map((p) -> p.getFileName().toString()).toList())
				.isEqualTo(List.of(QbPreferencesStore.FILE_NAME));
		}
		assertThat(Files.readString(storage().resolve(QbPreferencesStore.FILE_NAME)))
			.contains("\"rss_refresh_interval\" : 4");
	}

	@Test
	void aFailedWriteKeepsTheValuesInMemoryUnchanged() throws IOException {
		// a file where the directory should be makes every write fail
		Files.writeString(storage(), "not a directory");
		QbPreferencesStore store = new QbPreferencesStore(new QbStorage(storage()));
		org.assertj.core.api.Assertions.assertThatException().isThrownBy(() -> store.putAll(Map.of("locale", "de")));
		assertThat(store.values()).isEmpty();
	}

	@Test
	void anUnreadableFileIsIgnoredAndReplacedAtTheNextChange() throws IOException {
		Files.createDirectories(storage());
		Files.writeString(storage().resolve(QbPreferencesStore.FILE_NAME), "{broken");
		QbPreferencesStore store = new QbPreferencesStore(new QbStorage(storage()));
		assertThat(store.values()).isEmpty();
		store.putAll(Map.of("locale", "de"));
		assertThat(new QbPreferencesStore(new QbStorage(storage())).values())
			.containsExactlyEntriesOf(Map.of("locale", "de"));
	}

}
