package dev.torrentd.qbittorrent.wire;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.qbittorrent.QbProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class TorrentJsonTests {

	/**
	 * Every key of WebAPI 2.11.4's torrent object (spec §4.1), in qBittorrent's order.
	 */
	static final List<String> KEYS = List.of("added_on", "amount_left", "auto_tmm", "availability", "category",
			"comment", "completed", "completion_on", "content_path", "dl_limit", "dlspeed", "download_path",
			"downloaded", "downloaded_session", "eta", "f_l_piece_prio", "force_start", "has_metadata", "hash",
			"inactive_seeding_time_limit", "infohash_v1", "infohash_v2", "last_activity", "magnet_uri",
			"max_inactive_seeding_time", "max_ratio", "max_seeding_time", "name", "num_complete", "num_incomplete",
			"num_leechs", "num_seeds", "popularity", "priority", "private", "progress", "ratio", "ratio_limit",
			"reannounce", "root_path", "save_path", "seeding_time", "seeding_time_limit", "seen_complete", "seq_dl",
			"size", "state", "super_seeding", "tags", "time_active", "total_size", "tracker", "trackers_count",
			"up_limit", "uploaded", "uploaded_session", "upspeed");

	private static final GlobalShareLimits GLOBAL = GlobalShareLimits.none();

	@Test
	void hasEveryKeyOfWebApi2114InAlphabeticalOrder() {
		Map<String, Object> json = TorrentJson.torrent(GivenTorrent.downloading().build(), QbProfile.V5_1, GLOBAL);
		assertThat(json.keySet()).containsExactlyElementsOf(KEYS);
	}

	@Test
	void fractionalFieldsAreFloatsAndCountsAreIntegers() {
		Map<String, Object> json = TorrentJson.torrent(GivenTorrent.downloading().build(), QbProfile.V5_1, GLOBAL);
		for (String key : List.of("progress", "ratio", "ratio_limit", "max_ratio", "popularity", "availability")) {
			assertThat(json.get(key)).as(key).isInstanceOf(Double.class);
		}
		for (String key : List.of("added_on", "size", "eta", "priority", "num_seeds", "dl_limit", "seeding_time",
				"seeding_time_limit", "max_seeding_time", "trackers_count", "completion_on", "reannounce")) {
			assertThat(json.get(key)).as(key).isInstanceOfAny(Integer.class, Long.class);
		}
		for (String key : List.of("auto_tmm", "seq_dl", "f_l_piece_prio", "super_seeding", "force_start",
				"has_metadata", "private")) {
			assertThat(json.get(key)).as(key).isInstanceOf(Boolean.class);
		}
	}

	@Test
	void aMagnetWithoutMetadataHasNullPrivateAndEmptyContentPath() {
		Torrent magnet = GivenTorrent.downloading().withoutMetadata().state(TorrentState.FETCHING_METADATA).build();
		Map<String, Object> json = TorrentJson.torrent(magnet, QbProfile.V5_1, GLOBAL);
		assertThat(json).containsKey("private");
		assertThat(json.get("private")).isNull();
		assertThat(json).contains(entry("content_path", ""), entry("root_path", ""), entry("has_metadata", false),
				entry("state", "metaDL"));
	}

	@Test
	void queuePositionIsOneBasedAndZeroWhenNotQueued() {
		assertThat(TorrentJson.torrent(GivenTorrent.downloading().build(), QbProfile.V5_1, GLOBAL))
			.containsEntry("priority", 2);
		assertThat(TorrentJson.torrent(GivenTorrent.seeding().build(), QbProfile.V5_1, GLOBAL))
			.containsEntry("priority", 0);
	}

	@Test
	void etaIsInfiniteWhileStopped() {
		Torrent stopped = GivenTorrent.downloading().state(TorrentState.STOPPED).build();
		assertThat(TorrentJson.torrent(stopped, QbProfile.V5_1, GLOBAL)).containsEntry("eta", 8_640_000L)
			.containsEntry("state", "stoppedDL");
		assertThat(TorrentJson.torrent(GivenTorrent.downloading().build(), QbProfile.V5_1, GLOBAL)).containsEntry("eta",
				120L);
	}

	@Test
	void tagsAreJoinedWithCommaSpaceInCaseInsensitiveOrder() {
		Torrent torrent = GivenTorrent.downloading().tags("b", "A", "c").build();
		assertThat(TorrentJson.torrent(torrent, QbProfile.V5_1, GLOBAL)).containsEntry("tags", "A, b, c");
	}

	@Test
	void timesAreEpochSecondsAndLastActivityFallsBackToAddedOn() {
		GivenTorrent given = GivenTorrent.seeding();
		Map<String, Object> json = TorrentJson.torrent(given.build(), QbProfile.V5_1, GLOBAL);
		assertThat(json).containsEntry("added_on", 1795311075L)
			.containsEntry("last_activity", 1795311075L)
			.containsEntry("completion_on", -1L)
			.containsEntry("seen_complete", -1L);
		given.completedAt = Instant.ofEpochSecond(1795311100);
		assertThat(TorrentJson.torrent(given.build(), QbProfile.V5_1, GLOBAL)).containsEntry("completion_on",
				1795311100L);
	}

	@Test
	void effectiveLimitsSubstituteTheGlobalOnes() {
		GivenTorrent given = GivenTorrent.seeding();
		GlobalShareLimits global = new GlobalShareLimits(2.0, 60, ShareLimits.NO_LIMIT, ShareLimitAction.STOP);
		Map<String, Object> json = TorrentJson.torrent(given.build(), QbProfile.V5_1, global);
		assertThat(json).containsEntry("ratio_limit", -2.0)
			.containsEntry("max_ratio", 2.0)
			.containsEntry("seeding_time_limit", -2L)
			.containsEntry("max_seeding_time", 60L)
			.containsEntry("max_inactive_seeding_time", -1L);
		given.shareLimits = new ShareLimits(1.5, ShareLimits.NO_LIMIT, 10, ShareLimitAction.DEFAULT);
		assertThat(TorrentJson.torrent(given.build(), QbProfile.V5_1, global)).containsEntry("max_ratio", 1.5)
			.containsEntry("max_seeding_time", -1L)
			.containsEntry("max_inactive_seeding_time", 10L);
	}

	@Test
	void infiniteRatioIsMinusOne() {
		GivenTorrent given = GivenTorrent.seeding();
		given.ratio = Torrent.MAX_RATIO;
		assertThat(TorrentJson.torrent(given.build(), QbProfile.V5_1, GLOBAL)).containsEntry("ratio", -1.0);
	}

	@Test
	void mapsTheSnapshotFieldsSonarrReads() {
		Map<String, Object> json = TorrentJson.torrent(GivenTorrent.downloading().category("tv").build(),
				QbProfile.V5_1, GLOBAL);
		assertThat(json).containsEntry("hash", "0282dd156eac44ba0b76ce227e775234a322a781")
			.containsEntry("save_path", "/downloads")
			.containsEntry("content_path", "/downloads/multi")
			.containsEntry("category", "tv")
			.containsEntry("size", 397890L)
			.containsEntry("progress", 0.25)
			.containsEntry("amount_left", 397890L - 99472L)
			.containsEntry("dl_limit", 0L)
			.containsEntry("download_path", "");
	}

	@Test
	void downloadPathIsTheIncompleteFolderWhileTheContentIsThere() {
		GivenTorrent given = GivenTorrent.downloading();
		given.downloadPath = java.nio.file.Path.of("/incomplete");

		assertThat(TorrentJson.torrent(given.build(), QbProfile.V5_1, GLOBAL)).containsEntry("download_path",
				"/incomplete");
		assertThat(PropertiesJson.properties(given.build())).containsEntry("download_path", "/incomplete");
		assertThat(PropertiesJson.properties(GivenTorrent.seeding().build())).containsEntry("download_path", "");
	}

}
