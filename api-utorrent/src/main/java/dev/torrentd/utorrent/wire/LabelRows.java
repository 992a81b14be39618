package dev.torrentd.utorrent.wire;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.Torrent;

/**
 * The {@code label} array of {@code list=1}: {@code [name, torrents with it]} for every
 * label (a qBittorrent category), including labels no torrent has.
 */
public final class LabelRows {

	/**
	 * Case-insensitive first, so "anime" sorts beside "Anime"; then exact, to be total.
	 */
	private static final Comparator<String> ORDER = String.CASE_INSENSITIVE_ORDER
		.thenComparing(Comparator.naturalOrder());

	private LabelRows() {
	}

	/**
	 * The label rows, sorted by name.
	 *
	 * <p>
	 * One {@code [name (String), count (Integer)]} per category, and per label a torrent
	 * carries that is not (or no longer) a category, so that every label the torrent rows
	 * show is listed; none for "" (no label).
	 * @param torrents every torrent
	 * @param categories the names of every category
	 * @return the rows
	 */
	public static List<List<Object>> of(Collection<Torrent> torrents, Collection<String> categories) {
		Map<String, Integer> counts = new TreeMap<>(ORDER);
		for (String category : categories) {
			if (!category.isEmpty()) {
				counts.putIfAbsent(category, 0);
			}
		}
		for (Torrent torrent : torrents) {
			if (!torrent.category().isEmpty()) {
				counts.merge(torrent.category(), 1, Integer::sum);
			}
		}
		List<List<Object>> rows = new ArrayList<>(counts.size());
		counts.forEach((name, count) -> rows.add(List.of(name, count)));
		return rows;
	}

}
