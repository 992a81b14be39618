package dev.torrentd.utorrent.wire;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.Tracker;
import dev.torrentd.engine.TrackerStatus;
import org.junit.jupiter.api.Test;

import static dev.torrentd.utorrent.wire.TorrentFixture.torrent;
import static org.assertj.core.api.Assertions.assertThat;

class TorrentPropsTests {

	private static final EngineSettings SETTINGS = EngineSettings.defaults(Path.of("/downloads"));

	private static final List<Tracker> TRACKERS = List.of(tracker("udp://a.example:1337/announce", 0),
			tracker("http://b.example/announce", 0), tracker("http://c.example/announce", 1));

	@Test
	void publicTorrentWithGlobalLimitsHasTheManualsKeysInOrder() {
		Map<String, Object> props = TorrentProps.of(torrent(), TRACKERS, SETTINGS);
		assertThat(props).containsExactly(Map.entry("hash", "0AA1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3"),
				Map.entry("trackers",
						"udp://a.example:1337/announce\r\nhttp://b.example/announce\r\n\r\nhttp://c.example/announce"),
				Map.entry("ulrate", 0), Map.entry("dlrate", 0), Map.entry("superseed", 0), Map.entry("dht", 1),
				Map.entry("pex", 1), Map.entry("seed_override", 0), Map.entry("seed_ratio", 0),
				Map.entry("seed_time", 0), Map.entry("ulslots", 0));
	}

	@Test
	void ratesAreTheTorrentsOwnLimitsInBytesPerSecond() {
		Torrent torrent = torrent((t) -> {
			t.uploadLimit = 10_240;
			t.downloadLimit = 20_480;
		});
		Map<String, Object> props = TorrentProps.of(torrent, List.of(), SETTINGS);
		assertThat(props).containsEntry("ulrate", 10_240).containsEntry("dlrate", 20_480);
	}

	@Test
	void superSeedingIsOne() {
		Map<String, Object> props = TorrentProps.of(torrent((t) -> t.superSeeding = true), List.of(), SETTINGS);
		assertThat(props).containsEntry("superseed", 1);
	}

	@Test
	void privateTorrentDisallowsDhtAndPex() {
		Map<String, Object> props = TorrentProps.of(torrent((t) -> t.isPrivate = true), List.of(), SETTINGS);
		assertThat(props).containsEntry("dht", -1).containsEntry("pex", -1);
	}

	@Test
	void publicTorrentFollowsTheEnginesDhtAndPexSettings() {
		EngineSettings off = SETTINGS.toBuilder().dht(false).pex(false).build();
		assertThat(TorrentProps.of(torrent(), List.of(), off)).containsEntry("dht", 0).containsEntry("pex", 0);
		EngineSettings dhtOnly = SETTINGS.toBuilder().dht(true).pex(false).build();
		assertThat(TorrentProps.of(torrent(), List.of(), dhtOnly)).containsEntry("dht", 1).containsEntry("pex", 0);
	}

	@Test
	void torrentWithoutMetadataYetIsNotTreatedAsPrivate() {
		Map<String, Object> props = TorrentProps.of(torrent((t) -> t.isPrivate = null), List.of(), SETTINGS);
		assertThat(props).containsEntry("dht", 1).containsEntry("pex", 1);
	}

	@Test
	void ownRatioLimitOverridesInPerMille() {
		Torrent torrent = torrent((t) -> t.shareLimits = new ShareLimits(1.5, ShareLimits.USE_GLOBAL,
				ShareLimits.USE_GLOBAL, ShareLimitAction.DEFAULT));
		assertThat(TorrentProps.of(torrent, List.of(), SETTINGS)).containsEntry("seed_override", 1)
			.containsEntry("seed_ratio", 1500)
			.containsEntry("seed_time", 0);
	}

	@Test
	void ownSeedingTimeOverridesInSeconds() {
		Torrent torrent = torrent((t) -> t.shareLimits = new ShareLimits(ShareLimits.USE_GLOBAL, 90,
				ShareLimits.USE_GLOBAL, ShareLimitAction.DEFAULT));
		assertThat(TorrentProps.of(torrent, List.of(), SETTINGS)).containsEntry("seed_override", 1)
			.containsEntry("seed_ratio", 0)
			.containsEntry("seed_time", 5400);
	}

	@Test
	void ownNoLimitOverridesWithZeroes() {
		Torrent torrent = torrent((t) -> t.shareLimits = new ShareLimits(ShareLimits.NO_LIMIT, ShareLimits.NO_LIMIT,
				ShareLimits.USE_GLOBAL, ShareLimitAction.DEFAULT));
		assertThat(TorrentProps.of(torrent, List.of(), SETTINGS)).containsEntry("seed_override", 1)
			.containsEntry("seed_ratio", 0)
			.containsEntry("seed_time", 0);
	}

	@Test
	void onlyAnInactivityLimitDoesNotOverride() {
		// µTorrent has no inactive seeding limit to show
		Torrent torrent = torrent((t) -> t.shareLimits = new ShareLimits(ShareLimits.USE_GLOBAL, ShareLimits.USE_GLOBAL,
				30, ShareLimitAction.STOP));
		assertThat(TorrentProps.of(torrent, List.of(), SETTINGS)).containsEntry("seed_override", 0);
	}

	@Test
	void trackersTextSeparatesUrlsByCrLfAndTiersByAnEmptyLine() {
		assertThat(TorrentProps.trackersText(TRACKERS))
			.isEqualTo("udp://a.example:1337/announce\r\nhttp://b.example/announce\r\n\r\nhttp://c.example/announce");
	}

	@Test
	void trackersTextOrdersTiersAndKeepsTheOrderWithinATier() {
		List<Tracker> shuffled = List.of(tracker("http://t2.example/a", 2), tracker("http://t0-first.example/a", 0),
				tracker("http://t5.example/a", 5), tracker("http://t0-second.example/a", 0));
		assertThat(TorrentProps.trackersText(shuffled)).isEqualTo(
				"http://t0-first.example/a\r\nhttp://t0-second.example/a\r\n\r\nhttp://t2.example/a\r\n\r\nhttp://t5.example/a");
	}

	@Test
	void noTrackersIsAnEmptyText() {
		assertThat(TorrentProps.trackersText(List.of())).isEmpty();
		assertThat(TorrentProps.parseTrackers("")).isEmpty();
		assertThat(TorrentProps.parseTrackers("\r\n \r\n")).isEmpty();
	}

	@Test
	void parsedTrackersAreTiersOfUrls() {
		assertThat(TorrentProps.parseTrackers("udp://a/announce\r\nhttp://b/announce\r\n\r\nhttp://c/announce"))
			.containsExactly(List.of("udp://a/announce", "http://b/announce"), List.of("http://c/announce"));
	}

	@Test
	void parsingAcceptsBareLineFeedsAndTrimsLines() {
		assertThat(TorrentProps.parseTrackers("  http://a/announce \n\thttp://b/announce\n\nhttp://c/announce\t"))
			.containsExactly(List.of("http://a/announce", "http://b/announce"), List.of("http://c/announce"));
	}

	@Test
	void parsingIgnoresOuterBlankLinesAndSeparatesOnceForSeveral() {
		assertThat(TorrentProps.parseTrackers("\r\n\r\nhttp://a/announce\r\n\r\n\r\n  \r\nhttp://b/announce\r\n\r\n"))
			.containsExactly(List.of("http://a/announce"), List.of("http://b/announce"));
	}

	@Test
	void parsingReadsBackWhatTheTextWrote() {
		String text = TorrentProps.trackersText(TRACKERS);
		assertThat(TorrentProps.parseTrackers(text)).containsExactly(
				List.of("udp://a.example:1337/announce", "http://b.example/announce"),
				List.of("http://c.example/announce"));
	}

	private static Tracker tracker(String url, int tier) {
		return new Tracker(url, tier, TrackerStatus.WORKING, "", 50, 10, 5, 100, 1800);
	}

}
