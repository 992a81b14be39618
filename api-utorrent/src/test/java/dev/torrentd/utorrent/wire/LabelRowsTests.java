package dev.torrentd.utorrent.wire;

import java.util.List;

import dev.torrentd.engine.Torrent;
import org.junit.jupiter.api.Test;

import static dev.torrentd.utorrent.wire.TorrentFixture.torrent;
import static org.assertj.core.api.Assertions.assertThat;

class LabelRowsTests {

	@Test
	void everyCategoryIsALabelWithItsTorrentCount() {
		List<Torrent> torrents = List.of(labelled("tv-sonarr"), labelled("tv-sonarr"), labelled("movies"));
		assertThat(LabelRows.of(torrents, List.of("movies", "tv-sonarr"))).containsExactly(List.of("movies", 1),
				List.of("tv-sonarr", 2));
	}

	@Test
	void categoryWithoutTorrentsCountsZero() {
		assertThat(LabelRows.of(List.of(), List.of("music"))).containsExactly(List.of("music", 0));
	}

	@Test
	void labelOfATorrentThatIsNoCategoryIsListedToo() {
		assertThat(LabelRows.of(List.of(labelled("orphan")), List.of("movies"))).containsExactly(List.of("movies", 0),
				List.of("orphan", 1));
	}

	@Test
	void torrentsWithoutALabelHaveNoRow() {
		assertThat(LabelRows.of(List.of(labelled(""), labelled("")), List.of())).isEmpty();
		assertThat(LabelRows.of(List.of(labelled("")), List.of("tv"))).containsExactly(List.of("tv", 0));
	}

	@Test
	void labelsAreSortedIgnoringCaseThenExactly() {
		List<List<Object>> rows = LabelRows.of(List.of(labelled("anime")),
				List.of("tv", "Movies", "anime", "Anime", "movies/4k", "B"));
		assertThat(rows).extracting((row) -> row.get(0))
			.containsExactly("Anime", "anime", "B", "Movies", "movies/4k", "tv");
	}

	@Test
	void countsAreIntegers() {
		List<List<Object>> rows = LabelRows.of(List.of(labelled("tv")), List.of("tv"));
		assertThat(rows.get(0).get(1)).isInstanceOf(Integer.class).isEqualTo(1);
	}

	private static Torrent labelled(String category) {
		return torrent((t) -> t.category = category);
	}

}
