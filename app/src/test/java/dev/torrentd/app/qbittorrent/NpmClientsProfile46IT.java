package dev.torrentd.app.qbittorrent;

/**
 * The same real clients against the 4.6 profile ({@code v4.6.7}, WebAPI 2.9.3):
 * {@code @ctrl/qbittorrent} then uses {@code torrents/pause}/{@code resume} and Flood
 * adds with {@code paused}.
 */
@NpmClientsIT.Profile("4.6")
class NpmClientsProfile46IT extends NpmClientsIT {

}
