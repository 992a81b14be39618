package dev.torrentd.engine;

/**
 * One tracker of a torrent, as qBittorrent's {@code torrents/trackers} needs it.
 *
 * @param url announce URL
 * @param tier tier (0 first)
 * @param status announce state
 * @param message the tracker's last message or error, "" for none
 * @param peers peers the last announce returned, -1 when unknown
 * @param seeds seeds per the last scrape/announce, -1 when unknown
 * @param leechers leechers per the last scrape/announce, -1 when unknown
 * @param downloaded completed downloads per the last scrape, -1 when unknown
 * @param nextAnnounceSeconds seconds until the next announce, 0 when unknown
 */
public record Tracker(String url, int tier, TrackerStatus status, String message, int peers, int seeds, int leechers,
		int downloaded, long nextAnnounceSeconds) {
}
