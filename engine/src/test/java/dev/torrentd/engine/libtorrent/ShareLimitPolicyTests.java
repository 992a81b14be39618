package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.libtorrent.LtStatus.LtState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShareLimitPolicyTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final GlobalShareLimits GLOBAL = new GlobalShareLimits(2.0, 60, ShareLimits.NO_LIMIT,
			ShareLimitAction.REMOVE);

	@Test
	void aTorrentsOwnLimitsWinAndUseGlobalTakesTheGlobalOnes() {
		ShareLimitPolicy.Effective own = ShareLimitPolicy
			.effective(new ShareLimits(1.5, ShareLimits.NO_LIMIT, 10, ShareLimitAction.STOP), GLOBAL);
		ShareLimitPolicy.Effective global = ShareLimitPolicy.effective(ShareLimits.useGlobal(), GLOBAL);

		assertThat(own).isEqualTo(new ShareLimitPolicy.Effective(1.5, -1, 10, ShareLimitAction.STOP));
		assertThat(global).isEqualTo(new ShareLimitPolicy.Effective(2.0, 60, -1, ShareLimitAction.REMOVE));
	}

	@Test
	void ratioSeedingTimeAndInactivityEachTriggerTheAction() {
		ShareLimitPolicy.Effective ratio = new ShareLimitPolicy.Effective(1.0, -1, -1, ShareLimitAction.STOP);
		ShareLimitPolicy.Effective time = new ShareLimitPolicy.Effective(-1, 30, -1, ShareLimitAction.REMOVE);
		ShareLimitPolicy.Effective idle = new ShareLimitPolicy.Effective(-1, -1, 5, ShareLimitAction.STOP);

		assertThat(ShareLimitPolicy.due(seeding(1.0, 0, false, false), ratio, -1)).contains(ShareLimitAction.STOP);
		assertThat(ShareLimitPolicy.due(seeding(0.99, 0, false, false), ratio, -1)).isEmpty();
		assertThat(ShareLimitPolicy.due(seeding(0, 30 * 60, false, false), time, -1)).contains(ShareLimitAction.REMOVE);
		assertThat(ShareLimitPolicy.due(seeding(0, 30 * 60 - 1, false, false), time, -1)).isEmpty();
		assertThat(ShareLimitPolicy.due(seeding(0, 0, false, false), idle, 300)).contains(ShareLimitAction.STOP);
		assertThat(ShareLimitPolicy.due(seeding(0, 0, false, false), idle, 299)).isEmpty();
		// never active: qBittorrent does not count it as inactive
		assertThat(ShareLimitPolicy.due(seeding(0, 0, false, false), idle, -1)).isEmpty();
	}

	@Test
	void unfinishedForcedAndAlreadyHandledTorrentsAreLeftAlone() {
		ShareLimitPolicy.Effective stop = new ShareLimitPolicy.Effective(0, -1, -1, ShareLimitAction.STOP);
		ShareLimitPolicy.Effective superSeed = new ShareLimitPolicy.Effective(0, -1, -1,
				ShareLimitAction.ENABLE_SUPER_SEEDING);

		assertThat(ShareLimitPolicy.due(downloading(), stop, -1)).isEqualTo(Optional.empty());
		assertThat(ShareLimitPolicy.due(seeding(5, 0, true, false), stop, -1)).isEmpty();
		assertThat(ShareLimitPolicy.due(stopped(), stop, -1)).isEmpty();
		assertThat(ShareLimitPolicy.due(seeding(5, 0, false, true), superSeed, -1)).isEmpty();
		assertThat(ShareLimitPolicy.due(seeding(5, 0, false, false), superSeed, -1))
			.contains(ShareLimitAction.ENABLE_SUPER_SEEDING);
	}

	@Test
	void inactiveSecondsCountFromTheLastPayloadByte() {
		TorrentEntry e = new TorrentEntry(TorrentId.parse("0282dd156eac44ba0b76ce227e775234a322a781"), Path.of("/d"),
				NOW);
		assertThat(ShareLimitPolicy.inactiveSeconds(e, NOW)).isEqualTo(-1);
		e.lastActivityAt = NOW.minusSeconds(90);
		assertThat(ShareLimitPolicy.inactiveSeconds(e, NOW)).isEqualTo(90);
	}

	private static Torrent seeding(double ratio, long seedingSeconds, boolean forced, boolean superSeeding) {
		TorrentEntry e = new TorrentEntry(TorrentId.parse("0282dd156eac44ba0b76ce227e775234a322a781"), Path.of("/d"),
				NOW);
		e.info = new MetaInfo("x", java.util.List.of(new MetaInfo.FileEntry("x", 4000, 0, 0, false)), 1, 4000, 4000, "",
				"", null, false, "0282dd156eac44ba0b76ce227e775234a322a781", "");
		e.forceStart = forced;
		e.superSeeding = superSeeding;
		LtStatus s = TorrentSnapshotsTests.status(LtState.SEEDING, false, !forced, true, "");
		long downloaded = 4000;
		long uploaded = (long) (ratio * downloaded);
		e.status = new LtStatus(s.key(), s.state(), s.paused(), s.autoManaged(), false, superSeeding, false, "", true,
				true, false, 1f, 4000, 4000, 4000, 4000, uploaded, downloaded, 0, 0, 0, 0, 0, 0, 0, -1, -1, 0, 0, -1, 0,
				0, seedingSeconds * 1000, 0, "", 1, -1f, 0, -1, "/d");
		return TorrentSnapshots.snapshot(e, dev.torrentd.engine.EngineSettings.defaults(Path.of("/d")), NOW);
	}

	private static Torrent downloading() {
		TorrentEntry e = new TorrentEntry(TorrentId.parse("0282dd156eac44ba0b76ce227e775234a322a781"), Path.of("/d"),
				NOW);
		e.status = TorrentSnapshotsTests.status(LtState.DOWNLOADING, false, true, false, "");
		return TorrentSnapshots.snapshot(e, dev.torrentd.engine.EngineSettings.defaults(Path.of("/d")), NOW);
	}

	private static Torrent stopped() {
		TorrentEntry e = new TorrentEntry(TorrentId.parse("0282dd156eac44ba0b76ce227e775234a322a781"), Path.of("/d"),
				NOW);
		e.info = new MetaInfo("x", java.util.List.of(new MetaInfo.FileEntry("x", 4000, 0, 0, false)), 1, 4000, 4000, "",
				"", null, false, "0282dd156eac44ba0b76ce227e775234a322a781", "");
		e.stopped = true;
		e.status = TorrentSnapshotsTests.status(LtState.SEEDING, true, false, true, "");
		return TorrentSnapshots.snapshot(e, dev.torrentd.engine.EngineSettings.defaults(Path.of("/d")), NOW);
	}

}
