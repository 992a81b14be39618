package dev.torrentd.app.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * torrentd's series read from the engine's snapshot at each scrape:
 * {@code torrentd_torrents_stalled}, {@code torrentd_torrents_metadata_stuck}
 * ({@link TorrentFigures}) and {@code torrentd_save_path_free_bytes{save_path}}, the free
 * space of the file system of the default save path and of each torrent's save path (read
 * at most every 30 s per path, so that a scrape costs no disk access).
 */
public final class TorrentdSnapshotMetrics implements MultiCollector {

	private static final Duration FREE_SPACE_MAX_AGE = Duration.ofSeconds(30);

	private final TorrentEngine engine;

	private final Clock clock;

	private final Cache<Path, OptionalLong> freeSpace = Caffeine.newBuilder()
		.expireAfterWrite(FREE_SPACE_MAX_AGE)
		.maximumSize(2L * TorrentFigures.MAX_SAVE_PATHS)
		.build();

	/**
	 * Creates the collector.
	 * @param engine the engine whose snapshot is read
	 * @param clock the time source (for the five-minute thresholds)
	 */
	public TorrentdSnapshotMetrics(TorrentEngine engine, Clock clock) {
		this.engine = engine;
		this.clock = clock;
	}

	@Override
	public MetricSnapshots collect() {
		List<Torrent> torrents = this.engine.torrents();
		Instant now = this.clock.instant();
		GaugeSnapshot.Builder free = GaugeSnapshot.builder()
			.name("torrentd_save_path_free_bytes")
			.unit(Unit.BYTES)
			.help("Free space of the file system of each save path (the default one and every torrent's)");
		List<GaugeDataPointSnapshot> points = new ArrayList<>();
		for (Path path : TorrentFigures.savePaths(torrents, this.engine.settings().defaultSavePath())) {
			OptionalLong bytes = this.freeSpace.get(path, TorrentdSnapshotMetrics::usableSpace);
			if (bytes.isPresent()) {
				points
					.add(new GaugeDataPointSnapshot(bytes.getAsLong(), Labels.of("save_path", path.toString()), null));
			}
		}
		points.forEach(free::dataPoint);
		return MetricSnapshots.of(
				gauge("torrentd_torrents_stalled", "Downloads with metadata that moved no payload byte for 5 minutes",
						TorrentFigures.stalled(torrents, now)),
				gauge("torrentd_torrents_metadata_stuck", "Magnets still without metadata 5 minutes after being added",
						TorrentFigures.metadataStuck(torrents, now)),
				free.build());
	}

	private static GaugeSnapshot gauge(String name, String help, double value) {
		return GaugeSnapshot.builder()
			.name(name)
			.help(help)
			.dataPoint(new GaugeDataPointSnapshot(value, Labels.EMPTY, null))
			.build();
	}

	/**
	 * The usable space where a path is, or of its nearest existing parent (not created
	 * yet).
	 */
	private static OptionalLong usableSpace(Path path) {
		Path existing = path.toAbsolutePath();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		if (existing == null) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Files.getFileStore(existing).getUsableSpace());
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

}
