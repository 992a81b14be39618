package dev.torrentd.utorrent.wire;

import java.util.Collection;
import java.util.List;

import dev.torrentd.engine.Torrent;

/**
 * The {@code label} array of {@code list=1}: {@code [name, torrents with it]} for every
 * label (a qBittorrent category), including labels no torrent has.
 */
public final class LabelRows {

	private LabelRows() {
	}

	/**
	 * The label rows, sorted by name.
	 * @param torrents every torrent
	 * @param categories the names of every category
	 * @return the rows
	 */
	public static List<List<Object>> of(Collection<Torrent> torrents, Collection<String> categories) {
		throw new UnsupportedOperationException("TODO");
	}

}
