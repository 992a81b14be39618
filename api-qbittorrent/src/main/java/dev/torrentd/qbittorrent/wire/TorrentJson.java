package dev.torrentd.qbittorrent.wire;

import java.util.Map;

import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.qbittorrent.QbProfile;

/**
 * The torrent object of {@code torrents/info} and {@code sync/maindata} (qBittorrent's
 * {@code serialize_torrent.cpp}): the one place a {@link Torrent} becomes qBittorrent
 * JSON.
 */
public final class TorrentJson {

	private TorrentJson() {
	}

	/**
	 * The torrent object with every field of WebAPI 2.11.4 (spec §4.1), {@code hash}
	 * included (sync drops it), keys in alphabetical order as qBittorrent sends them;
	 * {@code private} is null before metadata.
	 * @param torrent the snapshot
	 * @param profile the profile (stopped state names)
	 * @param global the global share limits, for {@code max_ratio} and the like
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> torrent(Torrent torrent, QbProfile profile, GlobalShareLimits global) {
		throw new UnsupportedOperationException("written in the torrents change");
	}

}
