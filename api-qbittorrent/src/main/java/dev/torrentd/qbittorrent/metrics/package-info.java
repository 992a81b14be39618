/**
 * The metric names of the qBittorrent Prometheus exporters
 * (martabal/qbittorrent-exporter, whose Grafana dashboards are the most used), served
 * natively so that those dashboards and alert rules work against torrentd without an
 * exporter.
 */
@NullMarked
package dev.torrentd.qbittorrent.metrics;

import org.jspecify.annotations.NullMarked;
