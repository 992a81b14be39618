package dev.torrentd.utorrent.wire;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PeerConnection;
import dev.torrentd.engine.PeerFlag;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeType;

import static dev.torrentd.utorrent.wire.TorrentFixture.torrent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rows as JSON, read back as a client reads them: Sonarr casts numeric columns to
 * int/long and breaks on a float, Cleanuparr calls {@code GetString()} on the text
 * columns and breaks on null or a number (utorrent-webui spec §2.4).
 */
class JsonTypesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int[] LONG_COLUMNS = { 3, 5, 6, 18, 23, 24 };

	private static final int[] INT_COLUMNS = { 1, 4, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 27 };

	private static final int[] STRING_COLUMNS = { 0, 2, 11, 19, 20, 21, 22, 25, 26, 28 };

	@Test
	void torrentRowIsIntegersAndStringsInEveryState() {
		for (TorrentState state : TorrentState.values()) {
			for (Torrent torrent : List.of(torrent((t) -> t.state = state), torrent((t) -> {
				t.finished().state = state;
				t.ratio = Double.POSITIVE_INFINITY;
			}))) {
				JsonNode row = roundTrip(TorrentRow.of(torrent, true));
				assertThat(row.size()).isEqualTo(TorrentRow.COLUMNS);
				assertColumns(row, state.name());
			}
		}
	}

	@Test
	void hugeByteCountsStayJsonIntegers() {
		JsonNode row = roundTrip(TorrentRow.of(torrent((t) -> {
			t.wantedSizeBytes = 6_000_000_000_000L;
			t.wantedDoneBytes = 5_000_000_000_000L;
			t.downloadedBytes = 7_000_000_000_000L;
			t.uploadedBytes = 9_000_000_000_000L;
			t.ratio = 1.2857;
		}), true));
		assertColumns(row, "huge");
		assertThat(row.get(3).asLong()).isEqualTo(6_000_000_000_000L);
		assertThat(row.get(18).asLong()).isEqualTo(1_000_000_000_000L);
		assertThat(row.get(7).getNodeType()).isEqualTo(JsonNodeType.NUMBER);
		assertThat(row.get(7).isInt()).isTrue();
		assertThat(row.get(7).asInt()).isEqualTo(1286);
	}

	@Test
	void jsonTextHasNoNullAndNoDecimalPoint() throws Exception {
		String json = JSON.writeValueAsString(TorrentRow.of(torrent((t) -> {
			t.ratio = 0.3333333;
			t.availability = 0.7777;
			t.savePath = Path.of("/data/x");
		}), true));
		assertThat(json).doesNotContain("null");
		// the only dot may sit inside a string (the name, the status message)
		String outsideStrings = json.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
		assertThat(outsideStrings).doesNotContain(".").doesNotContainIgnoringCase("e");
	}

	@Test
	void fileRowIsIntegersStringAndOneBoolean() {
		JsonNode row = roundTrip(FileRow
			.of(new TorrentFile(0, "dir/file.mkv", 5_000_000_000L, 1_000L, FilePriority.MAXIMUM, 0, 1192, 0.5)));
		assertThat(row.size()).isEqualTo(13);
		assertThat(row.get(0).getNodeType()).isEqualTo(JsonNodeType.STRING);
		assertThat(row.get(1).isIntegralNumber()).isTrue();
		assertThat(row.get(1).asLong()).isEqualTo(5_000_000_000L);
		assertThat(row.get(6).getNodeType()).isEqualTo(JsonNodeType.BOOLEAN);
		for (int column : new int[] { 2, 3, 4, 5, 7, 8, 9, 10, 11, 12 }) {
			assertThat(row.get(column).isIntegralNumber()).as("column %d", column).isTrue();
		}
	}

	@Test
	void peerRowIsIntegersAndStrings() {
		JsonNode row = roundTrip(PeerRow.of(new Peer("198.51.100.9", 6881, "µTorrent 3.6", "-UT360S-", 0.123456, 1, 2,
				6_000_000_000L, 3, PeerConnection.UTP, EnumSet.of(PeerFlag.INCOMING), 0.5)));
		assertThat(row.size()).isEqualTo(22);
		for (int column = 0; column < row.size(); column++) {
			JsonNodeType expected = (column <= 2 || column == 5 || column == 6) ? JsonNodeType.STRING
					: JsonNodeType.NUMBER;
			assertThat(row.get(column).getNodeType()).as("column %d", column).isEqualTo(expected);
			if (expected == JsonNodeType.NUMBER) {
				assertThat(row.get(column).isIntegralNumber()).as("column %d", column).isTrue();
			}
		}
		assertThat(row.get(14).asLong()).isEqualTo(6_000_000_000L);
	}

	@Test
	void propsAreAStringHashAndTrackersAndIntegersElse() {
		JsonNode props = roundTrip(TorrentProps.of(torrent((t) -> t.isPrivate = true), List.of(),
				EngineSettings.defaults(Path.of("/downloads"))));
		assertThat(props.propertyNames()).containsExactly("hash", "trackers", "ulrate", "dlrate", "superseed", "dht",
				"pex", "seed_override", "seed_ratio", "seed_time", "ulslots");
		for (Map.Entry<String, JsonNode> entry : props.properties()) {
			boolean text = entry.getKey().equals("hash") || entry.getKey().equals("trackers");
			assertThat(text ? entry.getValue().getNodeType() == JsonNodeType.STRING : entry.getValue().isInt())
				.as(entry.getKey())
				.isTrue();
		}
	}

	@Test
	void labelRowsAreANameAndAnInteger() {
		JsonNode rows = roundTrip(LabelRows.of(List.of(torrent((t) -> t.category = "tv")), List.of("tv", "movies")));
		assertThat(rows.size()).isEqualTo(2);
		for (JsonNode row : rows) {
			assertThat(row.get(0).getNodeType()).isEqualTo(JsonNodeType.STRING);
			assertThat(row.get(1).isInt()).isTrue();
		}
	}

	private static void assertColumns(JsonNode row, String what) {
		for (int column : LONG_COLUMNS) {
			assertThat(row.get(column).isIntegralNumber()).as("%s column %d", what, column).isTrue();
		}
		for (int column : INT_COLUMNS) {
			assertThat(row.get(column).isInt()).as("%s column %d", what, column).isTrue();
		}
		for (int column : STRING_COLUMNS) {
			assertThat(row.get(column).getNodeType()).as("%s column %d", what, column).isEqualTo(JsonNodeType.STRING);
		}
	}

	private static JsonNode roundTrip(Object value) {
		return JSON.readTree(JSON.writeValueAsString(value));
	}

}
