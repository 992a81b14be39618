package dev.torrentd.qbittorrent.metrics;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.AltSpeedLimits;
import dev.torrentd.qbittorrent.QbProfile;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * The {@code qbittorrent_*} series of the qBittorrent Prometheus exporters, computed at
 * each scrape from the engine's in-memory snapshot (no libtorrent call): the names that
 * martabal/qbittorrent-exporter's Grafana dashboards query
 * ({@code qbittorrent_app_version}, {@code qbittorrent_global_*},
 * {@code qbittorrent_torrent_states}…), and, only when {@code perTorrent}, its
 * per-torrent {@code qbittorrent_torrent_*} series labelled {@code name},
 * {@code category} and {@code hash}. Register it with the {@code PrometheusRegistry} that
 * serves {@code /actuator/prometheus}.
 */
public final class QbittorrentExporterMetrics implements MultiCollector {

	private final TorrentEngine engine;

	private final QbProfile profile;

	private final AltSpeedLimits altSpeedLimits;

	private final boolean perTorrent;

	/**
	 * Creates the collector.
	 * @param engine the engine whose snapshot is read
	 * @param profile the qBittorrent version presented
	 * @param altSpeedLimits whether the alternative speed limits apply
	 * @param perTorrent whether to add one series per torrent and gauge
	 */
	public QbittorrentExporterMetrics(TorrentEngine engine, QbProfile profile, AltSpeedLimits altSpeedLimits,
			boolean perTorrent) {
		this.engine = engine;
		this.profile = profile;
		this.altSpeedLimits = altSpeedLimits;
		this.perTorrent = perTorrent;
	}

	@Override
	public MetricSnapshots collect() {
		ExporterSnapshots.EngineView view = new ExporterSnapshots.EngineView(this.engine.torrents(),
				this.engine.transferStats(), this.engine.categories().keySet(), this.engine.tags(),
				this.altSpeedLimits.enabled());
		return ExporterSnapshots.of(view, this.profile, this.perTorrent);
	}

}
