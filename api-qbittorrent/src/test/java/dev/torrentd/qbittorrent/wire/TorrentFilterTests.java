package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.qbittorrent.QbProfile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TorrentFilterTests {

	private final Torrent stopped = GivenTorrent.downloading()
		.id("1111111111111111111111111111111111111111")
		.name("b")
		.state(TorrentState.STOPPED)
		.category("tv")
		.tags("x")
		.build();

	private final Torrent seeding = GivenTorrent.seeding()
		.id("2222222222222222222222222222222222222222")
		.name("a")
		.category("movies")
		.build();

	private final Torrent stalled = GivenTorrent.downloading()
		.id("3333333333333333333333333333333333333333")
		.name("C")
		.build();

	private final List<Torrent> all = List.of(this.stopped, this.seeding, this.stalled);

	@Test
	void stateFiltersSelectByQbittorrentState() {
		assertThat(names(filter("stopped"))).containsExactly("b");
		assertThat(names(filter("paused"))).containsExactly("b");
		assertThat(names(filter("running"))).containsExactly("a", "C");
		assertThat(names(filter("downloading"))).containsExactly("b", "C");
		assertThat(names(filter("seeding"))).containsExactly("a");
		assertThat(names(filter("completed"))).containsExactly("a");
		assertThat(names(filter("stalled_downloading"))).containsExactly("C");
		assertThat(names(filter("inactive"))).containsExactly("b", "a", "C");
	}

	@Test
	void anUnknownFilterSelectsEverything() {
		assertThat(names(filter("bogus"))).containsExactly("b", "a", "C");
	}

	@Test
	void anEmptyCategorySelectsUncategorisedAndAbsentSelectsAny() {
		assertThat(names(TorrentFilter.of(null, "", null, null, null, null, null, null, null))).containsExactly("C");
		assertThat(names(TorrentFilter.of(null, "tv", null, null, null, null, null, null, null))).containsExactly("b");
		assertThat(names(TorrentFilter.of(null, null, null, null, null, null, null, null, null))).hasSize(3);
	}

	@Test
	void anEmptyTagSelectsUntagged() {
		assertThat(names(TorrentFilter.of(null, null, "", null, null, null, null, null, null))).containsExactly("a",
				"C");
		assertThat(names(TorrentFilter.of(null, null, "x", null, null, null, null, null, null))).containsExactly("b");
	}

	@Test
	void hashesSelectInAnyCaseAndIgnoreUnknownOnes() {
		TorrentFilter filter = TorrentFilter.of(null, null, null,
				"2222222222222222222222222222222222222222|ABCDEFABCDEFABCDEFABCDEFABCDEFABCDEFABCD|xyz", null, null,
				null, null, null);
		assertThat(names(filter)).containsExactly("a");
	}

	@Test
	void sortsCaseSensitivelyAndReverses() {
		assertThat(names(TorrentFilter.of(null, null, null, null, null, "name", null, null, null))).containsExactly("C",
				"a", "b");
		assertThat(names(TorrentFilter.of(null, null, null, null, null, "name", "true", null, null)))
			.containsExactly("b", "a", "C");
		assertThat(names(TorrentFilter.of(null, null, null, null, null, "priority", null, null, null)))
			.containsExactly("a", "b", "C");
	}

	@Test
	void limitAndOffsetPageAndANegativeOffsetCountsFromTheEnd() {
		assertThat(names(TorrentFilter.of(null, null, null, null, null, null, null, "1", "1"))).containsExactly("a");
		assertThat(names(TorrentFilter.of(null, null, null, null, null, null, null, "0", "-1"))).containsExactly("C");
		assertThat(names(TorrentFilter.of(null, null, null, null, null, null, null, null, "7"))).hasSize(3);
	}

	@Test
	void anUnknownSortKeyIsInvalidOnlyWhenThereAreTorrents() {
		TorrentFilter filter = TorrentFilter.of(null, null, null, null, null, "nope", null, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> names(filter)).withMessage("'sort' parameter is invalid");
		assertThat(filter.page(List.of())).isEmpty();
	}

	@Test
	void privateFilterCountsATorrentWithoutMetadataAsPublic() {
		Torrent magnet = GivenTorrent.downloading().withoutMetadata().build();
		assertThat(TorrentFilter.of(null, null, null, null, "false", null, null, null, null).matches(magnet)).isTrue();
		assertThat(TorrentFilter.of(null, null, null, null, "true", null, null, null, null).matches(magnet)).isFalse();
	}

	private TorrentFilter filter(@Nullable String filter) {
		return TorrentFilter.of(filter, null, null, null, null, null, null, null, null);
	}

	private List<String> names(TorrentFilter filter) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Torrent torrent : this.all) {
			if (filter.matches(torrent)) {
				objects.add(TorrentJson.torrent(torrent, QbProfile.V5_1, GlobalShareLimits.none()));
			}
		}
		return filter.page(objects).stream().map((json) -> (String) json.get("name")).toList();
	}

}
