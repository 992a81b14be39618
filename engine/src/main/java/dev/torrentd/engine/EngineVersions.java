package dev.torrentd.engine;

/**
 * Versions of the engine and the libraries it is built on (for qBittorrent's
 * {@code app/buildInfo}).
 *
 * @param torrentd torrentd's version
 * @param libtorrent libtorrent's version, e.g. "2.0.6.0"
 * @param boost Boost's version
 * @param openssl OpenSSL's version
 */
public record EngineVersions(String torrentd, String libtorrent, String boost, String openssl) {
}
