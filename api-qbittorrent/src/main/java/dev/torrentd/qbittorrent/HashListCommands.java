package dev.torrentd.qbittorrent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.qbittorrent.wire.QbValues;

import org.springframework.stereotype.Component;

/**
 * What qBittorrent's API v1 and v2 both do with a {@code hashes} list ({@code a|b|…} or
 * {@code all}) beyond one engine call: flip a per-torrent flag, and read a per-torrent
 * limit by hash.
 */
@Component
public class HashListCommands {

	private final TorrentEngine engine;

	HashListCommands(TorrentEngine engine) {
		this.engine = engine;
	}

	/**
	 * Flips a flag on each torrent (the {@code toggle…} commands): torrents that have it
	 * lose it, the others get it; a torrent removed meanwhile is skipped, as
	 * qBittorrent's {@code applyToTorrents}.
	 * @param hashes the {@code hashes} parameter
	 * @param flag whether a torrent has the flag
	 * @param set the engine command that sets it
	 */
	public void toggle(String hashes, Predicate<Torrent> flag, BiConsumer<List<TorrentId>, Boolean> set) {
		List<Torrent> torrents = QbValues.hashes(hashes, this.engine)
			.stream()
			.map(this.engine::find)
			.flatMap(Optional::stream)
			.toList();
		List<TorrentId> on = torrents.stream().filter(flag).map(Torrent::id).toList();
		List<TorrentId> off = torrents.stream().filter(flag.negate()).map(Torrent::id).toList();
		if (!on.isEmpty()) {
			set.accept(on, false);
		}
		if (!off.isEmpty()) {
			set.accept(off, true);
		}
	}

	/**
	 * A limit of each torrent, keyed by the hash as sent ({@code get…Limit}).
	 * @param hashes the {@code hashes} parameter (hashes separated by {@code |})
	 * @param limit the torrent's limit in bytes/s
	 * @return hash → bytes/s, -1 for an unknown hash, sorted by hash
	 */
	public Map<String, Long> limits(String hashes, ToLongFunction<Torrent> limit) {
		Map<String, Long> json = new TreeMap<>();
		for (String part : hashes.split("\\|")) {
			json.put(part, QbValues.id(part).flatMap(this.engine::find).map(limit::applyAsLong).orElse(-1L));
		}
		return json;
	}

}
