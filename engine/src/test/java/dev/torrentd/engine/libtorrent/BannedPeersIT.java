package dev.torrentd.engine.libtorrent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Banned addresses (qBittorrent's {@code banned_IPs}, {@code transfer/banPeers}) are
 * refused as peers by a real engine, and the ban survives a restart. On loopback every
 * peer is 127.0.0.1, so the seeder banning it cuts the leecher off.
 */
class BannedPeersIT {

	@RegisterExtension
	final TestEngines engines = new TestEngines();

	@TempDir
	Path dir;

	@Test
	void aSeederThatBannedTheLeechersAddressSendsNothingUntilTheBanIsLifted() throws Exception {
		Path data = TestTorrents.randomFile(this.dir.resolve("seed/banned.bin"), 4L * 1024 * 1024, 71);
		byte[] metainfo = TestTorrents.metainfo(data, 64 * 1024);
		LibtorrentEngine seeder = this.engines.start(this.dir.resolve("seeder"));
		TorrentId id = seeder
			.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.builder().savePath(data.getParent()).build())
			.id();
		LoopbackSwarmIT.awaitState(seeder, id, TorrentState.SEEDING, Duration.ofSeconds(30));
		seeder.applySettings(seeder.settings().toBuilder().bannedAddresses(Set.of("127.0.0.1")).build());

		LibtorrentEngine leecher = this.engines.start(this.dir.resolve("leecher"));
		leecher.add(new TorrentSource.MetainfoFile(metainfo), AddOptions.defaults());
		leecher.addPeers(List.of(id), List.of(TestEngines.address(seeder)));
		Thread.sleep(4000);
		assertThat(leecher.get(id).wantedDoneBytes()).isZero();
		assertThat(seeder.peers(id)).isEmpty();

		seeder.applySettings(seeder.settings().toBuilder().bannedAddresses(Set.of()).build());
		// the seeder dials: the leecher would wait out libtorrent's back-off for the peer
		// that refused it
		seeder.addPeers(List.of(id), List.of(TestEngines.address(leecher)));
		LoopbackSwarmIT.awaitState(leecher, id, TorrentState.SEEDING, Duration.ofSeconds(60));
		assertThat(Files.readAllBytes(this.dir.resolve("leecher/downloads/banned.bin")))
			.isEqualTo(Files.readAllBytes(data));
	}

	@Test
	void theBanListSurvivesARestart() {
		Path state = this.dir.resolve("engine");
		try (LibtorrentEngine engine = TestEngines.open(state)) {
			engine.applySettings(engine.settings().toBuilder().bannedAddresses(Set.of("10.1.2.3", "::1")).build());
		}
		try (LibtorrentEngine engine = TestEngines.open(state)) {
			assertThat(engine.settings().bannedAddresses()).containsExactlyInAnyOrder("10.1.2.3", "::1");
		}
	}

}
