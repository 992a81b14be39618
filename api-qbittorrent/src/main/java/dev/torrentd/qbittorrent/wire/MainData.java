package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.torrentd.engine.Category;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code sync/maindata} shows, serialised, at one moment: the input of
 * {@link MainDataSync}, which diffs consecutive ones.
 *
 * @param torrents torrent objects (spec §4.1 without {@code hash}) by lower-case hash, in
 * the engine's order
 * @param categories category objects (§4.7) by name
 * @param tags tag names in qBittorrent's order (case-insensitive)
 * @param trackers each torrent's tracker URLs by hash (a torrent without trackers may be
 * absent or have an empty list)
 * @param serverState the {@code server_state} object (§4.10)
 */
public record MainData(Map<String, Map<String, @Nullable Object>> torrents,
		Map<String, Map<String, @Nullable Object>> categories, List<String> tags, Map<String, List<String>> trackers,
		Map<String, @Nullable Object> serverState) {

	/**
	 * qBittorrent's tag order: case-insensitive, then case-sensitive for a stable order.
	 */
	static final Comparator<String> TAG_ORDER = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

	/**
	 * Reads and serialises the engine's state. Cost: one identity compare per unchanged
	 * torrent; one {@link TorrentJson} object per changed one; no per-torrent detail
	 * reads.
	 * @param engine the engine (snapshots only)
	 * @param serialized the torrents rendered before
	 * @param altSpeedLimits whether the alternative speed limits are on
	 * @return the state
	 */
	public static MainData of(TorrentEngine engine, SerializedTorrents serialized, boolean altSpeedLimits) {
		GlobalShareLimits global = engine.settings().shareLimits();
		List<Torrent> list = engine.torrents();
		Map<String, Map<String, @Nullable Object>> torrents = new LinkedHashMap<>(capacity(list.size()));
		Map<String, List<String>> trackers = new LinkedHashMap<>(capacity(list.size()));
		Set<TorrentId> present = new HashSet<>(capacity(list.size()));
		for (Torrent torrent : list) {
			SerializedTorrents.Serialized one = serialized.of(torrent, global);
			String hash = torrent.id().hex();
			torrents.put(hash, one.json());
			trackers.put(hash, one.trackers());
			present.add(torrent.id());
		}
		serialized.forgetRemoved(list.size(), present::contains);
		Map<String, Map<String, @Nullable Object>> categories = new LinkedHashMap<>();
		for (Category category : engine.categories().values()) {
			categories.put(category.name(), CategoryJson.category(category));
		}
		List<String> tags = new ArrayList<>(engine.tags());
		tags.sort(TAG_ORDER);
		return new MainData(torrents, categories, tags, trackers,
				TransferJson.serverState(engine.transferStats(), engine.settings(), altSpeedLimits));
	}

	private static int capacity(int size) {
		return (int) (size / 0.75f) + 1;
	}

}
