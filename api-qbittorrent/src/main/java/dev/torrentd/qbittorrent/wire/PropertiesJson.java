package dev.torrentd.qbittorrent.wire;

import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.Torrent;

/**
 * The object of {@code torrents/properties} (spec §4.3, qBittorrent's
 * {@code propertiesAction}). Unlike the torrent object, rate limits are -1 when unlimited
 * here.
 */
public final class PropertiesJson {

	private PropertiesJson() {
	}

	/**
	 * The properties object, keys in alphabetical order. Times are epoch seconds (-1 for
	 * never), durations seconds, sizes bytes, rates bytes/s; {@code private} is null and
	 * {@code is_private} false before metadata.
	 * @param torrent the snapshot
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> properties(Torrent torrent) {
		Map<String, Object> json = new TreeMap<>();
		long downloadSeconds = torrent.activeSeconds() - torrent.seedingSeconds();
		json.put("addition_date", torrent.addedAt().getEpochSecond());
		json.put("comment", torrent.comment());
		json.put("completion_date", TorrentJson.epochSeconds(torrent.completedAt()));
		json.put("created_by", torrent.createdBy());
		json.put("creation_date", TorrentJson.epochSeconds(torrent.createdAt()));
		json.put("dl_limit", limit(torrent.downloadLimitBytesPerSecond()));
		json.put("dl_speed", torrent.downloadRateBytesPerSecond());
		json.put("dl_speed_avg", average(torrent.downloadedBytes(), downloadSeconds));
		json.put("download_path", TorrentJson.downloadPath(torrent));
		json.put("eta", TorrentJson.eta(torrent));
		json.put("has_metadata", torrent.hasMetadata());
		json.put("hash", torrent.id().hex());
		json.put("infohash_v1", torrent.infoHashV1());
		json.put("infohash_v2", torrent.infoHashV2());
		json.put("is_private", Boolean.TRUE.equals(torrent.isPrivate()));
		json.put("last_seen", TorrentJson.epochSeconds(torrent.lastSeenCompleteAt()));
		json.put("name", torrent.name());
		json.put("nb_connections", torrent.connections());
		json.put("nb_connections_limit", torrent.connectionsLimit());
		json.put("peers", torrent.connectedLeechers());
		json.put("peers_total", torrent.swarmLeechers());
		json.put("piece_size", torrent.pieceSizeBytes());
		json.put("pieces_have", torrent.piecesHave());
		json.put("pieces_num", torrent.pieceCount());
		json.put("popularity", TorrentJson.popularity(torrent));
		json.put("private", torrent.isPrivate());
		json.put("progress", torrent.progress());
		json.put("reannounce", torrent.nextAnnounceSeconds());
		json.put("save_path", torrent.savePath().toString());
		json.put("seeding_time", torrent.seedingSeconds());
		json.put("seeds", torrent.connectedSeeds());
		json.put("seeds_total", torrent.swarmSeeds());
		json.put("share_ratio", TorrentJson.ratio(torrent));
		json.put("time_elapsed", torrent.activeSeconds());
		json.put("total_downloaded", torrent.downloadedBytes());
		json.put("total_downloaded_session", torrent.downloadedSessionBytes());
		json.put("total_size", torrent.totalSizeBytes());
		json.put("total_uploaded", torrent.uploadedBytes());
		json.put("total_uploaded_session", torrent.uploadedSessionBytes());
		json.put("total_wasted", torrent.wastedBytes());
		json.put("up_limit", limit(torrent.uploadLimitBytesPerSecond()));
		json.put("up_speed", torrent.uploadRateBytesPerSecond());
		json.put("up_speed_avg", average(torrent.uploadedBytes(), torrent.activeSeconds()));
		return json;
	}

	/**
	 * An average rate. qBittorrent divides by -1 when there is no time, which gives 0 for
	 * a new torrent (as the golden capture shows) but a negative rate for restored
	 * totals; torrentd answers 0 whenever there is no time.
	 */
	private static long average(long bytes, long seconds) {
		return (seconds <= 0) ? 0 : bytes / seconds;
	}

	private static long limit(long bytesPerSecond) {
		return (bytesPerSecond <= 0) ? -1 : bytesPerSecond;
	}

}
