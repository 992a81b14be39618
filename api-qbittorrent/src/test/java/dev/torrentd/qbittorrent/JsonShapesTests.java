package dev.torrentd.qbittorrent;

import java.util.Map;
import java.util.Set;

import dev.torrentd.qbittorrent.JsonShapes.Rules;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeType;

import static org.assertj.core.api.Assertions.assertThat;

class JsonShapesTests {

	private static final String HASH = "0282dd156eac44ba0b76ce227e775234a322a781";

	@Test
	void sameKeysAndTypesWithOtherValuesAreTheSameShape() {
		assertThat(JsonShapes.compare(json("{\"a\":1,\"b\":\"x\",\"c\":[true],\"d\":{\"e\":null}}"),
				json("{\"d\":{\"e\":null},\"c\":[false],\"b\":\"y\",\"a\":2}"), Rules.strict()))
			.isEmpty();
	}

	@Test
	void integerAndFloatAreBothNumbers() {
		assertThat(JsonShapes.compare(json("{\"progress\":0}"), json("{\"progress\":0.25}"), Rules.strict())).isEmpty();
	}

	@Test
	void aMissingKeyAnExtraKeyAndAnotherTypeAreEachReported() {
		assertThat(JsonShapes.compare(json("{\"a\":1,\"b\":\"x\",\"c\":true}"),
				json("{\"a\":\"1\",\"c\":true,\"z\":0}"), Rules.strict()))
			.containsExactlyInAnyOrder("$.a: golden number, ours string \"1\"", "$.b: missing (golden string \"x\")",
					"$.z: not in the golden capture (ours number 0)");
	}

	@Test
	void arrayElementsAreComparedByIndexAndTheirCountMatters() {
		JsonNode golden = json("[{\"index\":0,\"is_seed\":false},{\"index\":1}]");

		assertThat(JsonShapes.compare(golden, json("[{\"index\":0,\"is_seed\":true},{\"index\":1}]"), Rules.strict()))
			.isEmpty();
		assertThat(JsonShapes.compare(golden, json("[{\"index\":0},{\"index\":1,\"is_seed\":true}]"), Rules.strict()))
			.containsExactlyInAnyOrder("$[0].is_seed: missing (golden boolean false)",
					"$[1].is_seed: not in the golden capture (ours boolean true)");
		assertThat(JsonShapes.compare(golden, json("[]"), Rules.strict()))
			.containsExactly("$: golden has 2 elements, ours 0");
	}

	@Test
	void allowedExtraKeysMustHaveTheirTypeAndApplyOnlyWhereNamed() {
		Rules rules = Rules.strict().extraKeys("$.torrents.*", Map.of("private", JsonNodeType.BOOLEAN));
		JsonNode golden = json("{\"torrents\":{\"" + HASH + "\":{\"name\":\"m\"}},\"server_state\":{}}");

		assertThat(JsonShapes.compare(golden,
				json("{\"torrents\":{\"" + HASH + "\":{\"name\":\"m\",\"private\":false}},\"server_state\":{}}"),
				rules))
			.isEmpty();
		assertThat(JsonShapes.compare(golden,
				json("{\"torrents\":{\"" + HASH + "\":{\"name\":\"m\",\"private\":null}},\"server_state\":{}}"), rules))
			.containsExactly("$.torrents." + HASH + ".private: expected boolean, ours null null");
		assertThat(JsonShapes.compare(golden,
				json("{\"torrents\":{\"" + HASH + "\":{\"name\":\"m\"}},\"server_state\":{\"private\":true}}"), rules))
			.containsExactly("$.server_state.private: not in the golden capture (ours boolean true)");
	}

	@Test
	void keysThatMayBeMissingAndRetypedKeysAreTolerated() {
		Rules rules = Rules.strict().mayLack("$.torrents").retyped("$.proxy_type", JsonNodeType.STRING);

		assertThat(JsonShapes.compare(json("{\"torrents\":{},\"proxy_type\":0}"), json("{\"proxy_type\":\"None\"}"),
				rules))
			.isEmpty();
		assertThat(JsonShapes.compare(json("{\"proxy_type\":0}"), json("{\"proxy_type\":0}"), rules))
			.containsExactly("$.proxy_type: golden string, ours number 0");
	}

	@Test
	void aDeltaNeedsTheGoldenKeysAndMayCarryFurtherKeysOfTheFullShape() {
		JsonNode full = json("{\"rid\":1,\"server_state\":{\"dl_info_speed\":0,\"global_ratio\":\"-\"},"
				+ "\"torrents\":{\"" + HASH + "\":{\"name\":\"m\",\"tags\":\"\",\"last_activity\":1}}}");
		JsonNode golden = json("{\"rid\":3,\"torrents\":{\"" + HASH + "\":{\"name\":\"m2\"}}}");

		assertThat(JsonShapes.compareDelta(golden, full,
				json("{\"rid\":9,\"server_state\":{\"dl_info_speed\":5},\"torrents\":{\"" + HASH
						+ "\":{\"name\":\"m2\",\"last_activity\":2}}}"),
				Rules.strict()))
			.isEmpty();
		assertThat(JsonShapes.compareDelta(golden, full,
				json("{\"rid\":9,\"server_state\":{\"global_ratio\":1},\"torrents\":{\"" + HASH
						+ "\":{\"tags\":\"t\",\"bogus\":1}}}"),
				Rules.strict()))
			.containsExactlyInAnyOrder("$.server_state.global_ratio: golden string, ours number 1",
					"$.torrents." + HASH + ".name: missing (golden string \"m2\")",
					"$.torrents." + HASH + ".bogus: not in the golden capture (ours number 1)");
	}

	@Test
	void anyExtraKeysAcceptsNewerKeysButStillReportsMissingOnes() {
		assertThat(JsonShapes.compare(json("{\"a\":1,\"b\":\"x\"}"), json("{\"a\":1,\"newer\":[1]}"),
				Rules.strict().anyExtraKeys()))
			.containsExactly("$.b: missing (golden string \"x\")");
	}

	@Test
	void integersStayIntegersReportsAFractionWhereTheGoldenSideWritesAnInteger() {
		Rules rules = Rules.strict().integersStayIntegers(Set.of("$.progress"));
		assertThat(
				JsonShapes.compare(json("{\"size\":1,\"progress\":0}"), json("{\"size\":1.0,\"progress\":0.0}"), rules))
			.containsExactly("$.size: golden integer 1, ours floating point 1.0");
		assertThat(JsonShapes.compare(json("{\"ratio\":0.5}"), json("{\"ratio\":1}"), rules)).isEmpty();
	}

	@Test
	void patternsHideIndexesAndTorrentIds() {
		assertThat(JsonShapes.pattern("$.torrents." + HASH + ".name")).isEqualTo("$.torrents.*.name");
		assertThat(JsonShapes.pattern("$[12].piece_range[0]")).isEqualTo("$[*].piece_range[*]");
		assertThat(JsonShapes.pattern("$.categories.golden.savePath")).isEqualTo("$.categories.golden.savePath");
	}

	private static JsonNode json(String text) {
		return Golden.parse(text);
	}

}
