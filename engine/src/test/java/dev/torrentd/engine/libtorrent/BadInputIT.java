package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentNotFoundException;
import dev.torrentd.engine.TorrentSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input gets a typed exception with a one-line reason, and nothing in the engine
 * changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

	private static final TorrentId UNKNOWN = TorrentId.parse("00112233445566778899aabbccddeeff00112233");

	@TempDir
	static Path dir;

	private LibtorrentEngine engine;

	private TorrentId known;

	private byte[] metainfo;

	@BeforeAll
	void givenOneTorrent() {
		this.engine = TestEngines.open(dir.resolve("engine"));
		Path data = TestTorrents.randomFile(dir.resolve("data/multi/one.bin"), 64 * 1024, 1);
		TestTorrents.randomFile(dir.resolve("data/multi/two.bin"), 64 * 1024, 2);
		this.metainfo = TestTorrents.metainfo(data.getParent(), 16 * 1024);
		this.known = this.engine
			.add(new TorrentSource.MetainfoFile(this.metainfo),
					AddOptions.builder().savePath(dir.resolve("data")).category("kept").build())
			.id();
	}

	@AfterAll
	void closeEngine() {
		this.engine.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "hello", "d4:infoe", "d8:announce3:abce", "l4:spame", "i42e", "d4:info" })
	void malformedTorrentBytesAreRejected(String content) throws IOException {
		assertRejectedWithoutChange(new TorrentSource.MetainfoFile(content.getBytes()));
	}

	@Test
	void aTruncatedTorrentIsRejected() throws IOException {
		assertRejectedWithoutChange(
				new TorrentSource.MetainfoFile(Arrays.copyOf(this.metainfo, this.metainfo.length / 2)));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "magnet:?xt=urn:btih:xyz", "magnet:?dn=no-hash", "magnet:", "http://example.invalid/x.torrent",
					"not a magnet", "magnet:?xt=urn:btih:0000000000000000000000000000000000000000" })
	void invalidMagnetUrisAreRejected(String uri) throws IOException {
		assertRejectedWithoutChange(new TorrentSource.Magnet(uri));
	}

	@Test
	void anUnknownInfoHashIsNotFoundEverywhere() {
		assertThatThrownBy(() -> this.engine.get(UNKNOWN)).isInstanceOf(TorrentNotFoundException.class)
			.hasMessageContaining(UNKNOWN.hex());
		assertThat(this.engine.find(UNKNOWN)).isEmpty();
		assertThatThrownBy(() -> this.engine.files(UNKNOWN)).isInstanceOf(TorrentNotFoundException.class);
		assertThatThrownBy(() -> this.engine.peers(UNKNOWN)).isInstanceOf(TorrentNotFoundException.class);
		assertThatThrownBy(() -> this.engine.metainfo(UNKNOWN)).isInstanceOf(TorrentNotFoundException.class);
		assertThatThrownBy(() -> this.engine.rename(UNKNOWN, "x")).isInstanceOf(TorrentNotFoundException.class);
		assertThatThrownBy(() -> this.engine.remove(List.of(UNKNOWN), true))
			.isInstanceOf(TorrentNotFoundException.class);
	}

	@Test
	void aCommandWithOneUnknownHashChangesNoneOfTheKnownOnes() {
		assertThatThrownBy(() -> this.engine.setCategory(List.of(this.known, UNKNOWN), "other"))
			.isInstanceOf(TorrentNotFoundException.class);
		assertThatThrownBy(() -> this.engine.stop(List.of(this.known, UNKNOWN)))
			.isInstanceOf(TorrentNotFoundException.class);

		Torrent t = this.engine.get(this.known);
		assertThat(t.category()).isEqualTo("kept");
		assertThat(t.isStopped()).isFalse();
	}

	@Test
	void aFileIndexOutOfRangeOrAMissingFileIsRejected() {
		assertThatThrownBy(() -> this.engine.setFilePriorities(this.known, Map.of(2, FilePriority.SKIP)))
			.isInstanceOf(InvalidTorrentException.class)
			.hasMessageContaining("out of range");
		assertThatThrownBy(() -> this.engine.renameFile(this.known, "multi/three.bin", "multi/x.bin"))
			.isInstanceOf(InvalidTorrentException.class);
		assertThatThrownBy(() -> this.engine.renameFile(this.known, "multi/one.bin", "../escape.bin"))
			.isInstanceOf(InvalidTorrentException.class);
		assertThat(this.engine.files(this.known)).extracting((f) -> f.priority()).containsOnly(FilePriority.NORMAL);
	}

	@Test
	void malformedTorrentIdsAreRejectedWhenParsed() {
		assertThatThrownBy(() -> TorrentId.parse("abc")).isInstanceOf(IllegalArgumentException.class);
		assertThat(TorrentId.tryParse("zz112233445566778899aabbccddeeff00112233")).isEmpty();
	}

	private void assertRejectedWithoutChange(TorrentSource source) throws IOException {
		List<Torrent> before = this.engine.torrents();
		List<String> filesBefore = stateFiles();

		assertThatThrownBy(() -> this.engine.add(source, AddOptions.defaults()))
			.isInstanceOf(InvalidTorrentException.class)
			.satisfies((ex) -> assertThat(ex.getMessage()).isNotBlank().doesNotContain("\n"));

		assertThat(this.engine.torrents()).extracting(Torrent::id)
			.containsExactlyElementsOf(before.stream().map(Torrent::id).toList());
		assertThat(stateFiles()).isEqualTo(filesBefore);
	}

	private List<String> stateFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir.resolve("engine/state/torrents"))) {
			return files.map((p) -> p.getFileName().toString()).filter((n) -> !n.endsWith(".tmp")).sorted().toList();
		}
	}

}
