package dev.torrentd.qbittorrent.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import dev.torrentd.engine.ConnectionStatus;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.TransferStats;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.metrics.ExporterSnapshots.EngineView;
import dev.torrentd.qbittorrent.wire.GivenTorrent;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExporterSnapshotsTests {

	private static final TransferStats STATS = new TransferStats(1000, 200, 5_000_000, 4_000_000, 300_000_000,
			400_000_000, 1234, 102400, 0, 17, 3, ConnectionStatus.FIREWALLED, 6881, 84_130_938_880L);

	private static final EngineView VIEW = new EngineView(
			List.of(GivenTorrent.downloading().name("Show.S01E01").category("tv-sonarr").tags("x", "y").build(),
					GivenTorrent.seeding()
						.id("1111111111111111111111111111111111111111")
						.name("Movie (2024)")
						.category("radarr")
						.build(),
					GivenTorrent.seeding()
						.id("2222222222222222222222222222222222222222")
						.state(TorrentState.STOPPED)
						.name("Movie (2024)")
						.category("radarr")
						.build()),
			STATS, Set.of("tv-sonarr", "radarr"), Set.of("x", "y"), true);

	@Test
	void globalSeriesHaveTheExportersNamesAndTheServerStateValues() throws IOException {
		String text = text(ExporterSnapshots.of(VIEW, QbProfile.V5_1, false));

		assertThat(text).contains("qbittorrent_app_version{version=\"v5.1.4\"} 1.0\n")
			.contains("qbittorrent_app_alt_rate_limits_enabled 1.0\n")
			.contains("qbittorrent_global_alltime_downloaded_bytes 3.0E8\n")
			.contains("qbittorrent_global_alltime_uploaded_bytes 4.0E8\n")
			.contains("qbittorrent_global_session_downloaded_bytes 5000000.0\n")
			.contains("qbittorrent_global_session_uploaded_bytes 4000000.0\n")
			.contains("qbittorrent_global_download_speed_bytes 1000.0\n")
			.contains("qbittorrent_global_upload_speed_bytes 200.0\n")
			.contains("qbittorrent_global_ratio 1.33\n")
			.contains("qbittorrent_global_download_rate_limit_bytes 102400.0\n")
			.contains("qbittorrent_global_dht_nodes 17.0\n")
			.contains("qbittorrent_global_total_peer_connections 3.0\n")
			.contains("qbittorrent_global_total_wasted_session_bytes 1234.0\n")
			.contains("qbittorrent_global_free_space_on_disk_bytes 8.413093888E10\n")
			.contains("qbittorrent_global_torrents 3.0\n")
			.contains("qbittorrent_global_tags{tag=\"x\"} 1.0\n")
			.contains("qbittorrent_global_categories{category=\"radarr\"} 1.0\n")
			.contains("qbittorrent_transfer_connection_status{connection_status=\"firewalled\"} 1.0\n");
	}

	@Test
	void statesAreCountedByTheProfilesNamesWithEveryStatePresent() throws IOException {
		String v5 = text(ExporterSnapshots.of(VIEW, QbProfile.V5_1, false));
		String v4 = text(ExporterSnapshots.of(VIEW, QbProfile.V4_6, false));

		// downloading without a download rate is stalledDL, as qBittorrent says
		assertThat(v5).contains("qbittorrent_torrent_states{name=\"stalledDL\",state=\"stalledDL\"} 1.0\n")
			.contains("qbittorrent_torrent_states{name=\"downloading\",state=\"downloading\"} 0.0\n")
			.contains("qbittorrent_torrent_states{name=\"stalledUP\",state=\"stalledUP\"} 1.0\n")
			.contains("qbittorrent_torrent_states{name=\"stoppedUP\",state=\"stoppedUP\"} 1.0\n")
			.contains("qbittorrent_torrent_states{name=\"error\",state=\"error\"} 0.0\n")
			.doesNotContain("pausedUP");
		assertThat(v4).contains("qbittorrent_torrent_states{name=\"pausedUP\",state=\"pausedUP\"} 1.0\n")
			.doesNotContain("stoppedUP");
	}

	@Test
	void perTorrentSeriesOnlyWhenEnabled() throws IOException {
		String off = text(ExporterSnapshots.of(VIEW, QbProfile.V5_1, false));
		String on = text(ExporterSnapshots.of(VIEW, QbProfile.V5_1, true));

		assertThat(off).doesNotContain("qbittorrent_torrent_progress").doesNotContain("Show.S01E01");
		assertThat(on).contains(
				"qbittorrent_torrent_progress{category=\"tv-sonarr\",hash=\"0282dd156eac44ba0b76ce227e775234a322a781\","
						+ "name=\"Show.S01E01\"} 0.25\n")
			.contains(
					"qbittorrent_torrent_eta{category=\"tv-sonarr\",hash=\"0282dd156eac44ba0b76ce227e775234a322a781\","
							+ "name=\"Show.S01E01\"} 120.0\n")
			.contains(
					"qbittorrent_torrent_size_bytes{category=\"radarr\",hash=\"1111111111111111111111111111111111111111\","
							+ "name=\"Movie (2024)\"} 397890.0\n")
			.contains(
					"qbittorrent_torrent_tags{category=\"tv-sonarr\",hash=\"0282dd156eac44ba0b76ce227e775234a322a781\","
							+ "name=\"Show.S01E01\",tag=\"y\"} 1.0\n")
			.contains("qbittorrent_torrent_state{category=\"radarr\",hash=\"2222222222222222222222222222222222222222\","
					+ "name=\"Movie (2024)\",state=\"stoppedUP\"} 1.0\n")
			.contains("qbittorrent_torrent_added_on{");
	}

	@Test
	void twoTorrentsOfOneNameAndCategoryAreTwoSeries() throws IOException {
		String on = text(ExporterSnapshots.of(VIEW, QbProfile.V5_1, true));

		assertThat(on.lines().filter((line) -> line.startsWith("qbittorrent_torrent_ratio{category=\"radarr\"")))
			.hasSize(2);
	}

	@Test
	void globalRatioIsTwoDecimalsRoundedDownAndZeroUntilBothArePositive() {
		assertThat(ExporterSnapshots.globalRatio(3, 4)).isEqualTo(1.33);
		assertThat(ExporterSnapshots.globalRatio(3, 2)).isEqualTo(0.66);
		assertThat(ExporterSnapshots.globalRatio(0, 4)).isZero();
		assertThat(ExporterSnapshots.globalRatio(4, 0)).isZero();
	}

	@Test
	void freeSpaceIsLeftOutWhileUnknown() throws IOException {
		TransferStats unknown = new TransferStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ConnectionStatus.DISCONNECTED, 0,
				-1);
		String text = text(ExporterSnapshots.of(new EngineView(List.of(), unknown, Set.of(), Set.of(), false),
				QbProfile.V5_1, false));

		assertThat(text).doesNotContain("free_space_on_disk")
			.contains("qbittorrent_global_torrents 0.0\n")
			.contains("qbittorrent_global_ratio 0.0\n");
	}

	private static String text(MetricSnapshots snapshots) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrometheusTextFormatWriter.create().write(out, snapshots);
		return out.toString(StandardCharsets.UTF_8);
	}

}
