package dev.torrentd.qbittorrent.wire;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.torrentd.engine.Category;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PeerConnection;
import dev.torrentd.engine.PeerFlag;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.Tracker;
import dev.torrentd.engine.TrackerStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WireShapesTests {

	@Test
	void isSeedIsOnlyOnTheFileWithIndexZero() {
		Torrent torrent = GivenTorrent.downloading().build();
		Map<String, Object> first = FileJson
			.file(new TorrentFile(0, "multi/a.txt", 97890, 0, FilePriority.NORMAL, 0, 2, 0), torrent);
		Map<String, Object> second = FileJson
			.file(new TorrentFile(1, "multi/sub/b.bin", 300000, 0, FilePriority.SKIP, 2, 12, -1), torrent);
		assertThat(first.keySet()).containsExactly("availability", "index", "is_seed", "name", "piece_range",
				"priority", "progress", "size");
		assertThat(first).containsEntry("is_seed", false).containsEntry("piece_range", List.of(0, 2));
		assertThat(second).doesNotContainKey("is_seed")
			.containsEntry("priority", 0)
			.containsEntry("availability", -1.0);
	}

	@Test
	void filePrioritiesAreZeroOneSixSeven() {
		assertThat(FileJson.priority(6)).isEqualTo(FilePriority.HIGH);
		assertThat(FileJson.priority(FilePriority.MAXIMUM)).isEqualTo(7);
		assertThatIllegalArgumentException().isThrownBy(() -> FileJson.priority(5))
			.withMessage("Priority is not valid");
	}

	@Test
	void trackersStartWithThreePseudoTrackersCountingPeersBySource() {
		Torrent torrent = GivenTorrent.downloading().build();
		EngineSettings settings = EngineSettings.defaults(Path.of("/downloads")).toBuilder().lsd(false).build();
		Peer dhtSeed = new Peer("10.0.0.1", 1, "", "", 1, 0, 0, 0, 0, PeerConnection.BT,
				Set.of(PeerFlag.FROM_DHT, PeerFlag.SEED), 0);
		Tracker tracker = new Tracker("http://127.0.0.1:6969/announce", 0, TrackerStatus.NOT_CONTACTED, "", -1, -1, -1,
				-1, 0);
		List<Map<String, Object>> list = TrackerJson.trackers(torrent, List.of(tracker), List.of(dhtSeed), settings);
		assertThat(list).extracting((t) -> t.get("url"))
			.containsExactly("** [DHT] **", "** [PeX] **", "** [LSD] **", "http://127.0.0.1:6969/announce");
		assertThat(list.get(0)).containsEntry("status", 2).containsEntry("tier", -1).containsEntry("num_seeds", 1);
		assertThat(list.get(2)).containsEntry("status", 0);
		assertThat(list.get(3)).containsEntry("status", 1).containsEntry("num_peers", -1).containsEntry("tier", 0);
	}

	@Test
	void aPrivateTorrentDisablesThePseudoTrackers() {
		GivenTorrent given = GivenTorrent.downloading();
		given.isPrivate = true;
		List<Map<String, Object>> list = TrackerJson.trackers(given.build(), List.of(), List.of(),
				EngineSettings.defaults(Path.of("/d")));
		assertThat(list).allSatisfy(
				(t) -> assertThat(t).containsEntry("status", 0).containsEntry("msg", "This torrent is private"));
	}

	@Test
	void propertiesShowUnlimitedRatesAsMinusOne() {
		Map<String, Object> json = PropertiesJson.properties(GivenTorrent.downloading().build());
		assertThat(json).containsEntry("dl_limit", -1L)
			.containsEntry("up_limit", -1L)
			.containsEntry("creation_date", -1L)
			.containsEntry("is_private", false)
			.containsEntry("pieces_num", 13)
			.containsEntry("dl_speed_avg", 0L)
			.containsEntry("save_path", "/downloads");
	}

	@Test
	void aCategoryWithoutSavePathShowsAnEmptyOne() {
		assertThat(CategoryJson.category(new Category("other", null))).containsExactly(Map.entry("name", "other"),
				Map.entry("savePath", ""));
		assertThat(CategoryJson.category(new Category("golden", Path.of("/srv/golden")))).containsEntry("savePath",
				"/srv/golden");
	}

	@Test
	void categoryNamesFollowQbittorrentRules() {
		assertThat(CategoryJson.isValidName("tv/hd")).isTrue();
		assertThat(CategoryJson.isValidName("bad\\name")).isFalse();
		assertThat(CategoryJson.isValidName("/tv")).isFalse();
		assertThat(CategoryJson.isValidName("a//b")).isFalse();
	}

	@Test
	void setShareLimitsClampsAndKeepsTheActionUnlessGiven() {
		ShareLimits current = new ShareLimits(1, 1, 1, ShareLimitAction.REMOVE);
		assertThat(new ShareLimitsRequest(-2, -5, 30, null).limitsFor(current))
			.isEqualTo(new ShareLimits(-2, -1, 30, ShareLimitAction.REMOVE));
		assertThat(new ShareLimitsRequest(2, -1, -1, "Stop").limitsFor(current))
			.isEqualTo(new ShareLimits(2, -1, -1, ShareLimitAction.STOP));
	}

	@Test
	void webSeedsMustBeHttpOrFtp() {
		assertThat(WebUrls.webSeeds("http://a/x| ftp://b/y |")).containsExactly("http://a/x", "ftp://b/y");
		assertThat(WebUrls.isValid("udp://tracker:80/announce", "udp")).isTrue();
		assertThat(WebUrls.isValid("not a url", "http")).isFalse();
	}

	@Test
	void trackerUrlsToRemoveAreTakenAsSentAndPercentDecoded() {
		assertThat(WebUrls.trackerUrls("http%3A%2F%2Ft%2Fa%20b+c|udp://x:1|"))
			.containsExactly("http%3A%2F%2Ft%2Fa%20b+c", "http://t/a b+c", "udp://x:1");
		assertThat(WebUrls.percentDecode("caf%C3%A9%2")).isEqualTo("café%2");
	}

}
