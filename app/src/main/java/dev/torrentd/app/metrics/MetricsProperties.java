package dev.torrentd.app.metrics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code torrentd.metrics.*}: who may read {@code /actuator/prometheus} and how much it
 * shows.
 *
 * @param publicEndpoint {@code torrentd.metrics.public}: serve
 * {@code /actuator/prometheus} without credentials (default false: HTTP Basic with the
 * server's user name and password, as a Prometheus {@code basic_auth} scrape sends them)
 * @param perTorrent add the exporters' per-torrent {@code qbittorrent_torrent_*} series,
 * one per torrent and gauge (default false: with thousands of torrents they are most of a
 * scrape and of Prometheus' storage)
 */
@ConfigurationProperties("torrentd.metrics")
public record MetricsProperties(@Name("public") @DefaultValue("false") boolean publicEndpoint,
		@DefaultValue("false") boolean perTorrent) {
}
