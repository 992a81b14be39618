package dev.torrentd.qbittorrent.wire;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.qbittorrent.QbProfile;
import org.jspecify.annotations.Nullable;

/**
 * The maindata form of each torrent (torrent object without {@code hash}, tracker URLs),
 * kept until the torrent changes. The engine republishes a torrent as a new
 * {@link Torrent} instance only when it changed, so an unchanged torrent costs one
 * identity compare here and in {@link MainDataSync}: a partial update does work in
 * proportion to what changed, not to the number of torrents. Shared by every session.
 */
public final class SerializedTorrents {

	private final QbProfile profile;

	private final Map<TorrentId, Serialized> cache = new ConcurrentHashMap<>();

	/**
	 * Creates an empty cache.
	 * @param profile the profile the objects are rendered for
	 */
	public SerializedTorrents(QbProfile profile) {
		this.profile = profile;
	}

	/**
	 * The maindata form of a torrent, from the cache when this very snapshot was rendered
	 * before. The global share limits are part of the rendering ({@code max_ratio}…); the
	 * engine republishes every torrent when they change.
	 * @param torrent the snapshot
	 * @param global the global share limits
	 * @return the serialised torrent; its maps and lists must not be modified
	 */
	public Serialized of(Torrent torrent, GlobalShareLimits global) {
		Serialized cached = this.cache.get(torrent.id());
		if (cached != null && cached.source == torrent && cached.global.equals(global)) {
			return cached;
		}
		Map<String, @Nullable Object> json = TorrentJson.torrent(torrent, this.profile, global);
		json.remove("hash");
		Serialized fresh = new Serialized(torrent, global, Collections.unmodifiableMap(json), torrent.trackers());
		this.cache.put(torrent.id(), fresh);
		return fresh;
	}

	/**
	 * Drops the torrents that are gone, once the cache holds more than the engine.
	 * @param current the number of torrents the engine holds now
	 * @param present whether a torrent is still in the engine
	 */
	void forgetRemoved(int current, java.util.function.Predicate<TorrentId> present) {
		if (this.cache.size() > current) {
			this.cache.keySet().removeIf((id) -> !present.test(id));
		}
	}

	/**
	 * A torrent as maindata shows it.
	 *
	 * @param source the snapshot it was rendered from
	 * @param global the global share limits it was rendered with
	 * @param json the torrent object without {@code hash}
	 * @param trackers the tracker URLs
	 */
	public record Serialized(Torrent source, GlobalShareLimits global, Map<String, @Nullable Object> json,
			List<String> trackers) {
	}

}
