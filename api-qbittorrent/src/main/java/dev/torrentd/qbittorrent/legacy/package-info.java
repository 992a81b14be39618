/**
 * qBittorrent's v3.1 Web UI API ({@code /json/*}, {@code /command/*} with HTTP Digest):
 * human-readable values, English only.
 */
@NullMarked
package dev.torrentd.qbittorrent.legacy;

import org.jspecify.annotations.NullMarked;
