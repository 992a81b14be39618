package dev.torrentd.engine;

/**
 * The outcome of an accepted add.
 *
 * @param id the torrent's ID
 * @param duplicate true when the torrent was already present; nothing was changed then
 */
public record AddResult(TorrentId id, boolean duplicate) {
}
