package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate limits hold on a real loopback transfer that would otherwise finish in well under
 * a second. The bounds are loose on purpose: this shows the limit is applied, not how
 * precisely.
 */
class RateLimitsIT {

	private static final long SIZE = 16L * 1024 * 1024;

	private static final long LIMIT = 512 * 1024;

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	private LibtorrentEngine seeder;

	private LibtorrentEngine leecher;

	@Test
	void aPerTorrentDownloadLimitSlowsTheDownload() throws Exception {
		TorrentId id = givenSeederAndLeecher(false);

		this.leecher.setDownloadLimit(List.of(id), LIMIT);
		this.leecher.addPeers(List.of(id), List.of(TestEngines.address(this.seeder)));

		assertLimitedForThreeSeconds(id);
		assertThat(this.leecher.get(id).downloadLimitBytesPerSecond()).isEqualTo(LIMIT);
	}

	@Test
	void aGlobalDownloadLimitAppliesToLoopbackPeersAsQbittorrentsLanSettingSays() throws Exception {
		TorrentId id = givenSeederAndLeecher(true);

		this.leecher.addPeers(List.of(id), List.of(TestEngines.address(this.seeder)));

		assertLimitedForThreeSeconds(id);
		assertThat(this.leecher.transferStats().downloadLimitBytesPerSecond()).isEqualTo(LIMIT);
	}

	private void assertLimitedForThreeSeconds(TorrentId id) throws InterruptedException {
		long started = System.nanoTime();
		LoopbackSwarmIT.awaitState(this.leecher, id, TorrentState.DOWNLOADING, Duration.ofSeconds(30));
		Thread.sleep(3000);
		double seconds = (System.nanoTime() - started) / 1e9;
		long done = this.leecher.get(id).wantedDoneBytes();
		assertThat(done).as("bytes after %.1f s at %d B/s", seconds, LIMIT).isLessThan((long) (LIMIT * seconds * 2.5));
		assertThat(this.leecher.get(id).complete()).isFalse();
	}

	private TorrentId givenSeederAndLeecher(boolean globalLimit) {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/limited.bin"), SIZE, 41);
		byte[] metainfo = TestTorrents.metainfo(data, 16 * 1024);
		this.seeder = this.engines.start(this.dir.resolve("seeder"));
		TorrentId id = this.seeder
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(data.getParent()).build())
			.id();
		LoopbackSwarmIT.awaitState(this.seeder, id, TorrentState.SEEDING, Duration.ofSeconds(30));
		var settings = TestEngines.loopbackSettings(this.dir.resolve("leecher/downloads"));
		if (globalLimit) {
			settings = settings.toBuilder().downloadLimit(LIMIT).build();
		}
		this.leecher = this.engines.start(this.dir.resolve("leecher"), settings);
		this.leecher.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.defaults());
		return id;
	}

}
