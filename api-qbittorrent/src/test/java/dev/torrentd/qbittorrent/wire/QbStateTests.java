package dev.torrentd.qbittorrent.wire;

import dev.torrentd.engine.TorrentState;
import dev.torrentd.qbittorrent.QbProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QbStateTests {

	@Test
	void downloadingWithoutRateIsStalledAndWithRateIsDownloading() {
		GivenTorrent given = GivenTorrent.downloading();
		assertThat(QbState.of(given.build(), QbProfile.V5_1)).isEqualTo("stalledDL");
		given.downloadRate = 1000;
		assertThat(QbState.of(given.build(), QbProfile.V5_1)).isEqualTo("downloading");
	}

	@Test
	void aTorrentAtProgressOneIsNeverDownloading() {
		GivenTorrent given = GivenTorrent.downloading();
		given.progress = 1;
		given.downloadRate = 1000;
		assertThat(QbState.of(given.build(), QbProfile.V5_1)).isEqualTo("stalledUP");
		given.uploadRate = 10;
		assertThat(QbState.of(given.build(), QbProfile.V5_1)).isEqualTo("uploading");
	}

	@Test
	void stoppedStatesAreNamedByTheProfile() {
		GivenTorrent incomplete = GivenTorrent.downloading().state(TorrentState.STOPPED);
		GivenTorrent complete = GivenTorrent.seeding().state(TorrentState.STOPPED);
		assertThat(QbState.of(incomplete.build(), QbProfile.V5_1)).isEqualTo("stoppedDL");
		assertThat(QbState.of(complete.build(), QbProfile.V5_1)).isEqualTo("stoppedUP");
		assertThat(QbState.of(incomplete.build(), QbProfile.V4_6)).isEqualTo("pausedDL");
		assertThat(QbState.of(complete.build(), QbProfile.V4_6)).isEqualTo("pausedUP");
	}

	@Test
	void magnetWithoutMetadataIsMetaDlOrForcedOrStoppedOrQueued() {
		GivenTorrent given = GivenTorrent.downloading().withoutMetadata().state(TorrentState.FETCHING_METADATA);
		assertThat(QbState.of(given.build())).isEqualTo(QbState.META_DL);
		given.forceStart = true;
		assertThat(QbState.of(given.build())).isEqualTo(QbState.FORCED_META_DL);
		assertThat(QbState.of(given.state(TorrentState.STOPPED).build())).isEqualTo(QbState.STOPPED_DL);
		assertThat(QbState.of(given.state(TorrentState.QUEUED).build())).isEqualTo(QbState.QUEUED_DL);
	}

	@Test
	void checkingIsUploadSideOnlyForCompleteTorrents() {
		assertThat(QbState.of(GivenTorrent.downloading().state(TorrentState.CHECKING).build()))
			.isEqualTo(QbState.CHECKING_DL);
		assertThat(QbState.of(GivenTorrent.seeding().state(TorrentState.CHECKING).build()))
			.isEqualTo(QbState.CHECKING_UP);
		assertThat(QbState.of(GivenTorrent.seeding().state(TorrentState.CHECKING_RESUME_DATA).build(), QbProfile.V5_1))
			.isEqualTo("checkingResumeData");
	}

	@Test
	void queuedForcedMovingAndErrorStates() {
		assertThat(QbState.of(GivenTorrent.downloading().state(TorrentState.QUEUED).build(), QbProfile.V5_1))
			.isEqualTo("queuedDL");
		assertThat(QbState.of(GivenTorrent.seeding().state(TorrentState.QUEUED).build(), QbProfile.V5_1))
			.isEqualTo("queuedUP");
		GivenTorrent forced = GivenTorrent.seeding();
		forced.forceStart = true;
		assertThat(QbState.of(forced.build(), QbProfile.V5_1)).isEqualTo("forcedUP");
		assertThat(QbState.of(GivenTorrent.seeding().state(TorrentState.MOVING).build(), QbProfile.V5_1))
			.isEqualTo("moving");
		assertThat(QbState.of(GivenTorrent.seeding().state(TorrentState.ERROR).build(), QbProfile.V5_1))
			.isEqualTo("error");
	}

	@Test
	void filterGroupsFollowTorrentFilterCpp() {
		assertThat(QbState.STOPPED_DL.isDownloading()).isTrue();
		assertThat(QbState.STOPPED_UP.isUploading()).isFalse();
		assertThat(QbState.STOPPED_UP.isCompleted()).isTrue();
		assertThat(QbState.STALLED_DL.isActive(0)).isFalse();
		assertThat(QbState.STALLED_DL.isActive(5)).isTrue();
		assertThat(QbState.CHECKING_RESUME_DATA.isChecking()).isTrue();
	}

}
