/**
 * {@code /actuator/prometheus}: the qBittorrent exporters' names (from the qBittorrent
 * dialect) and torrentd's own — HTTP requests per dialect, endpoint and client family,
 * login failures and bans, {@code sync/maindata} payload sizes, resume-data writes,
 * dropped alerts, stalled torrents and free space per save path. What is counted as it
 * happens is a Micrometer meter; what is read from the engine's snapshot is computed at
 * each scrape. docs/metrics.md lists them.
 */
@NullMarked
package dev.torrentd.app.metrics;

import org.jspecify.annotations.NullMarked;
