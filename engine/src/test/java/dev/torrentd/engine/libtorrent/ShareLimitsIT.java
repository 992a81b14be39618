package dev.torrentd.engine.libtorrent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every share-limit action, observed on real torrents seeding real data. */
class ShareLimitsIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private LibtorrentEngine engine;

	private LibtorrentEngine leecher;

	@Test
	void reachingTheRatioLimitStopsTheTorrent() {
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId id = givenSeeding("stop.bin",
				new ShareLimits(0, ShareLimits.USE_GLOBAL, ShareLimits.USE_GLOBAL, ShareLimitAction.STOP));

		await().atMost(WAIT).until(() -> this.engine.get(id).state() == TorrentState.STOPPED);
		assertThat(this.engine.get(id).complete()).isTrue();
	}

	@Test
	void reachingTheSeedingTimeLimitRemovesTheTorrentButKeepsItsFiles() {
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId id = givenSeeding("remove.bin",
				new ShareLimits(ShareLimits.NO_LIMIT, 0, ShareLimits.USE_GLOBAL, ShareLimitAction.REMOVE));

		await().atMost(WAIT).until(() -> this.engine.find(id).isEmpty());
		assertThat(this.dir.resolve("data/remove.bin")).exists();
		assertThat(this.dir.resolve("engine/state/torrents/" + id + ".properties")).doesNotExist();
	}

	@Test
	void removeWithContentDeletesTheFilesToo() {
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId id = givenSeeding("content.bin", new ShareLimits(0, ShareLimits.USE_GLOBAL, ShareLimits.USE_GLOBAL,
				ShareLimitAction.REMOVE_WITH_CONTENT));

		await().atMost(WAIT).until(() -> this.engine.find(id).isEmpty());
		await().atMost(WAIT).until(() -> !Files.exists(this.dir.resolve("data/content.bin")));
	}

	@Test
	void enableSuperSeedingKeepsSeedingInSuperSeedingMode() {
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId id = givenSeeding("super.bin", new ShareLimits(0, ShareLimits.USE_GLOBAL, ShareLimits.USE_GLOBAL,
				ShareLimitAction.ENABLE_SUPER_SEEDING));

		await().atMost(WAIT).until(() -> this.engine.get(id).superSeeding());
		LoopbackSwarmIT.awaitState(this.engine, id, TorrentState.SEEDING, WAIT);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(4))
			.until(() -> this.engine.get(id).state() == TorrentState.SEEDING && this.engine.get(id).superSeeding());
	}

	@Test
	void globalLimitsApplyToTorrentsThatUseThem() {
		this.engine = this.engines.start(this.dir.resolve("engine"),
				TestEngines.loopbackSettings(this.dir.resolve("engine/downloads"))
					.toBuilder()
					.shareLimits(
							new GlobalShareLimits(0, ShareLimits.NO_LIMIT, ShareLimits.NO_LIMIT, ShareLimitAction.STOP))
					.build());
		TorrentId id = givenSeeding("global.bin", ShareLimits.useGlobal());

		await().atMost(WAIT).until(() -> this.engine.get(id).state() == TorrentState.STOPPED);
	}

	@Test
	void aLimitNotReachedAndAForceStartedTorrentKeepSeeding() {
		this.engine = this.engines.start(this.dir.resolve("engine"));
		TorrentId notReached = givenSeeding("far.bin",
				new ShareLimits(5, ShareLimits.USE_GLOBAL, ShareLimits.USE_GLOBAL, ShareLimitAction.STOP));
		Path data = TestTorrents.randomFile(this.dir.resolve("data/forced.bin"), 256 * 1024, 99);
		TorrentId forced = this.engine.add(new TorrentSource.MetainfoFile(TestTorrents.metainfo(data, 16 * 1024)),
				AddOptions.builder()
					.savePath(data.getParent())
					.forceStart(true)
					.shareLimits(
							new ShareLimits(0, ShareLimits.USE_GLOBAL, ShareLimits.USE_GLOBAL, ShareLimitAction.STOP))
					.build())
			.id();
		LoopbackSwarmIT.awaitState(this.engine, forced, TorrentState.SEEDING, WAIT);

		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.engine.get(notReached).state() == TorrentState.SEEDING
					&& this.engine.get(forced).state() == TorrentState.SEEDING);
	}

	@Test
	void uploadingAFullCopyReachesRatioOneAndStopsTheSeeder() throws Exception {
		this.engine = this.engines.start(this.dir.resolve("engine"));
		Path data = TestTorrents.randomFile(this.dir.resolve("data/ratio.bin"), 2 * 1024 * 1024, 77);
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		TorrentId id = this.engine
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder()
				.savePath(data.getParent())
				.shareLimits(
						new ShareLimits(1.0, ShareLimits.USE_GLOBAL, ShareLimits.USE_GLOBAL, ShareLimitAction.STOP))
				.build())
			.id();
		LoopbackSwarmIT.awaitState(this.engine, id, TorrentState.SEEDING, WAIT);
		assertThat(this.engine.get(id).ratio()).isZero();
		this.leecher = this.engines.start(this.dir.resolve("leecher"));

		this.leecher.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.defaults());
		this.leecher.addPeers(List.of(id), List.of(TestEngines.address(this.engine)));

		LoopbackSwarmIT.awaitState(this.leecher, id, TorrentState.SEEDING, WAIT);
		await().atMost(WAIT).until(() -> this.engine.get(id).state() == TorrentState.STOPPED);
		assertThat(this.engine.get(id).ratio()).isGreaterThanOrEqualTo(1.0);
		assertThat(this.engine.get(id).uploadedBytes()).isGreaterThanOrEqualTo(Files.size(data));
	}

	private TorrentId givenSeeding(String name, ShareLimits limits) {
		Path data = TestTorrents.randomFile(this.dir.resolve("data/" + name), 256 * 1024, name.hashCode());
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		return this.engine
			.add(new TorrentSource.MetainfoFile(metainfo),
					AddOptions.builder().savePath(data.getParent()).shareLimits(limits).build())
			.id();
	}

}
