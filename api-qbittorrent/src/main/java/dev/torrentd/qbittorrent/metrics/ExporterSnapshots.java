package dev.torrentd.qbittorrent.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TransferStats;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.wire.QbState;
import dev.torrentd.qbittorrent.wire.TorrentJson;
import dev.torrentd.qbittorrent.wire.TransferJson;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * The qBittorrent exporters' series computed from one engine snapshot: names, labels and
 * units of martabal/qbittorrent-exporter ({@code prometheus/prometheus.go}), values as
 * qBittorrent's {@code sync/maindata} {@code server_state} and {@code torrents/info} give
 * them (bytes, bytes/s, seconds, progress 0–1). Every series is a gauge.
 */
final class ExporterSnapshots {

	/**
	 * The per-torrent gauges, each labelled {@code name}, {@code category}, {@code hash}.
	 */
	private enum TorrentGauge {

		ETA("eta", "Time until the torrent completes (seconds; 8640000 when unknown)"),
		DOWNLOAD_SPEED("download_speed_bytes", "Download speed of the torrent (bytes/s)"),
		UPLOAD_SPEED("upload_speed_bytes", "Upload speed of the torrent (bytes/s)"),
		PROGRESS("progress", "Progress of the wanted files (0 to 1)"),
		TIME_ACTIVE("time_active", "Time spent started (seconds)"), SEEDERS("seeders", "Connected seeds"),
		LEECHERS("leechers", "Connected leechers"), RATIO("ratio", "Uploaded / downloaded of the torrent"),
		AMOUNT_LEFT("amount_left_bytes", "Bytes of the wanted files still to download"),
		SIZE("size_bytes", "Size of the wanted files (bytes)"),
		SESSION_DOWNLOADED("session_downloaded_bytes", "Downloaded since torrentd started (bytes)"),
		SESSION_UPLOADED("session_uploaded_bytes", "Uploaded since torrentd started (bytes)"),
		TOTAL_DOWNLOADED("total_downloaded_bytes", "Downloaded over the torrent's life (bytes)"),
		TOTAL_UPLOADED("total_uploaded_bytes", "Uploaded over the torrent's life (bytes)"),
		ADDED_ON("added_on", "When the torrent was added (Unix seconds)"),
		COMPLETED_ON("completed_on", "When the torrent completed (Unix seconds; -1 before)");

		final String name;

		final String help;

		TorrentGauge(String suffix, String help) {
			this.name = "qbittorrent_torrent_" + suffix;
			this.help = help;
		}

		double value(Torrent t) {
			return switch (this) {
				case ETA -> TorrentJson.eta(t);
				case DOWNLOAD_SPEED -> t.downloadRateBytesPerSecond();
				case UPLOAD_SPEED -> t.uploadRateBytesPerSecond();
				case PROGRESS -> Math.round(t.progress() * 10_000) / 10_000.0;
				case TIME_ACTIVE -> t.activeSeconds();
				case SEEDERS -> t.connectedSeeds();
				case LEECHERS -> t.connectedLeechers();
				case RATIO -> t.ratio();
				case AMOUNT_LEFT -> t.remainingBytes();
				case SIZE -> t.wantedSizeBytes();
				case SESSION_DOWNLOADED -> t.downloadedSessionBytes();
				case SESSION_UPLOADED -> t.uploadedSessionBytes();
				case TOTAL_DOWNLOADED -> t.downloadedBytes();
				case TOTAL_UPLOADED -> t.uploadedBytes();
				case ADDED_ON -> TorrentJson.epochSeconds(t.addedAt());
				case COMPLETED_ON -> TorrentJson.epochSeconds(t.completedAt());
			};
		}

	}

	private ExporterSnapshots() {
	}

	/**
	 * The series of one scrape.
	 * @param view what the engine shows now
	 * @param profile the qBittorrent version torrentd presents (its version string and
	 * the names of the stopped states)
	 * @param perTorrent whether to add the per-torrent series ({@code
	 * torrentd.metrics.per-torrent}: one series per torrent and gauge, so off by default)
	 * @return the metric families
	 */
	static MetricSnapshots of(EngineView view, QbProfile profile, boolean perTorrent) {
		List<MetricSnapshot> families = new ArrayList<>();
		TransferStats stats = view.stats();
		families.add(gauge("qbittorrent_app_version", "The qBittorrent version torrentd presents (value 1)",
				point(1, "version", profile.version())));
		families.add(gauge("qbittorrent_app_alt_rate_limits_enabled", "1 while the alternative speed limits apply",
				point(view.altSpeedLimits() ? 1 : 0)));
		families.add(single("qbittorrent_global_alltime_downloaded_bytes",
				"Payload downloaded over torrentd's whole life (bytes)", stats.downloadedAllTimeBytes()));
		families.add(single("qbittorrent_global_alltime_uploaded_bytes",
				"Payload uploaded over torrentd's whole life (bytes)", stats.uploadedAllTimeBytes()));
		families.add(single("qbittorrent_global_session_downloaded_bytes",
				"Payload downloaded since torrentd started (bytes)", stats.downloadedSessionBytes()));
		families.add(single("qbittorrent_global_session_uploaded_bytes",
				"Payload uploaded since torrentd started (bytes)", stats.uploadedSessionBytes()));
		families.add(single("qbittorrent_global_download_speed_bytes", "Download speed of all torrents (bytes/s)",
				stats.downloadRateBytesPerSecond()));
		families.add(single("qbittorrent_global_upload_speed_bytes", "Upload speed of all torrents (bytes/s)",
				stats.uploadRateBytesPerSecond()));
		families.add(single("qbittorrent_global_ratio",
				"All-time uploaded / downloaded, two decimals rounded down as qBittorrent (0 before both are positive)",
				globalRatio(stats.downloadedAllTimeBytes(), stats.uploadedAllTimeBytes())));
		families.add(single("qbittorrent_global_download_rate_limit_bytes",
				"Global download limit in force (bytes/s; 0 for none)", stats.downloadLimitBytesPerSecond()));
		families.add(single("qbittorrent_global_upload_rate_limit_bytes",
				"Global upload limit in force (bytes/s; 0 for none)", stats.uploadLimitBytesPerSecond()));
		families.add(single("qbittorrent_global_dht_nodes", "Nodes in the DHT routing table", stats.dhtNodes()));
		families
			.add(single("qbittorrent_global_total_peer_connections", "Open peer connections", stats.peerConnections()));
		families.add(single("qbittorrent_global_total_wasted_session_bytes",
				"Bytes discarded since torrentd started (failed hash checks, redundant blocks)",
				stats.wastedSessionBytes()));
		if (stats.freeSpaceOnDiskBytes() >= 0) {
			families.add(single("qbittorrent_global_free_space_on_disk_bytes",
					"Free space where the default save path is (bytes)", stats.freeSpaceOnDiskBytes()));
		}
		families.add(single("qbittorrent_global_torrents", "Torrents", view.torrents().size()));
		families.add(gauge("qbittorrent_global_tags", "One series per tag (value 1)",
				view.tags().stream().map((tag) -> point(1, "tag", tag)).toList()));
		families.add(gauge("qbittorrent_global_categories", "One series per category (value 1)",
				view.categories().stream().map((category) -> point(1, "category", category)).toList()));
		families.add(gauge("qbittorrent_transfer_connection_status",
				"The connection status (connected, firewalled or disconnected) as a label (value 1)",
				point(1, "connection_status", TransferJson.connectionStatus(stats.connectionStatus()))));
		families.add(states(view.torrents(), profile));
		if (perTorrent) {
			families.addAll(perTorrent(view.torrents(), profile));
		}
		return new MetricSnapshots(families);
	}

	/**
	 * Torrents by qBittorrent state, every state present (0 when none), labelled
	 * {@code name} as the exporters do (their dashboards and alert rules select
	 * {@code name="stalledDL"}) and {@code state} as well.
	 */
	private static MetricSnapshot states(List<Torrent> torrents, QbProfile profile) {
		Map<QbState, Integer> counts = new EnumMap<>(QbState.class);
		for (QbState state : QbState.values()) {
			counts.put(state, 0);
		}
		for (Torrent t : torrents) {
			counts.merge(QbState.of(t), 1, Integer::sum);
		}
		List<GaugeDataPointSnapshot> points = new ArrayList<>();
		counts.forEach((state, count) -> {
			String name = state.wireName(profile);
			points.add(point(count, "name", name, "state", name));
		});
		return gauge("qbittorrent_torrent_states", "Torrents in each qBittorrent state", points);
	}

	private static List<MetricSnapshot> perTorrent(List<Torrent> torrents, QbProfile profile) {
		List<MetricSnapshot> families = new ArrayList<>();
		for (TorrentGauge gauge : TorrentGauge.values()) {
			families.add(gauge(gauge.name, gauge.help,
					torrents.stream()
						.map((t) -> new GaugeDataPointSnapshot(gauge.value(t), labels(t), null))
						.toList()));
		}
		List<GaugeDataPointSnapshot> tags = new ArrayList<>();
		List<GaugeDataPointSnapshot> state = new ArrayList<>();
		for (Torrent t : torrents) {
			for (String tag : new LinkedHashSet<>(t.tags())) {
				tags.add(new GaugeDataPointSnapshot(1, labels(t).add("tag", tag), null));
			}
			state.add(new GaugeDataPointSnapshot(1, labels(t).add("state", QbState.of(t, profile)), null));
		}
		families.add(gauge("qbittorrent_torrent_tags", "One series per tag of each torrent (value 1)", tags));
		families.add(gauge("qbittorrent_torrent_state", "The qBittorrent state of each torrent as a label (value 1)",
				state));
		return families;
	}

	/**
	 * A torrent's labels: its name and category as the exporters label them, and its
	 * hash, so that two torrents of one name never collide.
	 */
	private static Labels labels(Torrent t) {
		return Labels.of("name", t.name(), "category", t.category(), "hash", t.id().hex());
	}

	/**
	 * qBittorrent's {@code global_ratio} as the exporter reads it: the string
	 * {@code sync/maindata} shows (two decimals rounded down) as a number, 0 where
	 * qBittorrent shows "-" (until both totals are positive).
	 */
	static double globalRatio(long downloaded, long uploaded) {
		String shown = TransferJson.globalRatio(downloaded, uploaded);
		return shown.equals("-") ? 0 : Double.parseDouble(shown);
	}

	private static GaugeSnapshot single(String name, String help, double value) {
		return gauge(name, help, point(value));
	}

	private static GaugeSnapshot gauge(String name, String help, GaugeDataPointSnapshot point) {
		return gauge(name, help, List.of(point));
	}

	private static GaugeSnapshot gauge(String name, String help, List<GaugeDataPointSnapshot> points) {
		GaugeSnapshot.Builder builder = GaugeSnapshot.builder().name(name).help(help);
		points.forEach(builder::dataPoint);
		return builder.build();
	}

	private static GaugeDataPointSnapshot point(double value, String... labels) {
		return new GaugeDataPointSnapshot(value, Labels.of(labels), null);
	}

	/**
	 * What one scrape reads from the engine's published snapshot.
	 *
	 * @param torrents every torrent
	 * @param stats the session's transfer figures
	 * @param categories category names
	 * @param tags tag names
	 * @param altSpeedLimits whether the alternative speed limits apply
	 */
	record EngineView(List<Torrent> torrents, TransferStats stats, Set<String> categories, Set<String> tags,
			boolean altSpeedLimits) {
	}

}
