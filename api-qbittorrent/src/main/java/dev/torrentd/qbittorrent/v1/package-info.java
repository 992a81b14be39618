/**
 * qBittorrent 3.2–4.0's API v1 (cookie login at {@code /login}, {@code /version/*},
 * {@code /query/*}, {@code /sync/*}, {@code /command/*}), as Sonarr's and Radarr's "V1"
 * qBittorrent client uses it, over the same sessions, credentials and mappers as API v2.
 */
@NullMarked
package dev.torrentd.qbittorrent.v1;

import org.jspecify.annotations.NullMarked;
