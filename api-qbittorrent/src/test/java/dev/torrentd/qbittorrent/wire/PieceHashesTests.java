package dev.torrentd.qbittorrent.wire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PieceHashesTests {

	@Test
	void readsThePiecesOfTheInfoDictionaryAsQbittorrentShowsThem() throws IOException {
		byte[] metainfo = resource("fixtures/multi.torrent");
		String golden = new String(resource("golden-4.5.2/torrents_pieceHashes.json"), StandardCharsets.UTF_8);
		String json = "[\"" + String.join("\",\"", PieceHashes.of(metainfo)) + "\"]";
		assertThat(json).isEqualTo(golden.trim());
	}

	@Test
	void aTorrentWithoutV1PiecesHasNoHashes() {
		byte[] v2Only = "d4:infod12:piece lengthi16384e4:name1:xee".getBytes(StandardCharsets.US_ASCII);
		assertThat(PieceHashes.of(v2Only)).isEmpty();
	}

	@Test
	void garbageIsAnIllegalArgument() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PieceHashes.of("not bencode".getBytes(StandardCharsets.US_ASCII)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PieceHashes.of("d4:infod6:pieces99:xee".getBytes(StandardCharsets.US_ASCII)));
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = PieceHashesTests.class.getResourceAsStream("/qbittorrent/" + name)) {
			return in.readAllBytes();
		}
	}

}
