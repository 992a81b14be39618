package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.LtStatus.LtState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TorrentSnapshotsTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private static final TorrentId ID = TorrentId.parse("0282dd156eac44ba0b76ce227e775234a322a781");

	private final EngineSettings settings = EngineSettings.defaults(Path.of("/downloads"));

	@Test
	void aMagnetWithoutStatusYetIsFetchingMetadataAndNamedByItsDisplayName() {
		TorrentEntry e = entry();
		e.magnetName = "Some.Show.S01E01";

		Torrent t = TorrentSnapshots.snapshot(e, this.settings, NOW);

		assertThat(t.state()).isEqualTo(TorrentState.FETCHING_METADATA);
		assertThat(t.name()).isEqualTo("Some.Show.S01E01");
		assertThat(t.hasMetadata()).isFalse();
		assertThat(t.isPrivate()).isNull();
		assertThat(t.etaSeconds()).isEqualTo(Torrent.ETA_INFINITE);
	}

	@Test
	void stateFollowsQbittorrentsOrder() {
		assertThat(stateOf(status(LtState.CHECKING_RESUME_DATA, true, true, false, "")))
			.isEqualTo(TorrentState.CHECKING_RESUME_DATA);
		assertThat(stateOf(status(LtState.DOWNLOADING, true, true, false, "disk full"))).isEqualTo(TorrentState.ERROR);
		assertThat(stateOf(status(LtState.DOWNLOADING, true, false, false, ""))).isEqualTo(TorrentState.STOPPED);
		assertThat(stateOf(status(LtState.DOWNLOADING, true, true, false, ""))).isEqualTo(TorrentState.QUEUED);
		assertThat(stateOf(status(LtState.DOWNLOADING_METADATA, false, true, false, "")))
			.isEqualTo(TorrentState.FETCHING_METADATA);
		assertThat(stateOf(status(LtState.CHECKING_FILES, false, true, false, ""))).isEqualTo(TorrentState.CHECKING);
		// waiting in libtorrent's checking queue counts as checking; a stopped torrent is
		// stopped
		assertThat(stateOf(status(LtState.CHECKING_FILES, true, true, false, ""))).isEqualTo(TorrentState.CHECKING);
		assertThat(stateOf(status(LtState.CHECKING_FILES, true, false, false, ""))).isEqualTo(TorrentState.STOPPED);
		assertThat(stateOf(status(LtState.DOWNLOADING_METADATA, true, true, false, ""))).isEqualTo(TorrentState.QUEUED);
		assertThat(stateOf(status(LtState.DOWNLOADING_METADATA, true, false, false, "")))
			.isEqualTo(TorrentState.STOPPED);
		assertThat(stateOf(status(LtState.DOWNLOADING, false, true, false, ""))).isEqualTo(TorrentState.DOWNLOADING);
		assertThat(stateOf(status(LtState.SEEDING, false, true, true, ""))).isEqualTo(TorrentState.SEEDING);
		assertThat(stateOf(status(LtState.FINISHED, false, true, true, ""))).isEqualTo(TorrentState.SEEDING);
	}

	@Test
	void aUserStopWinsOverLibtorrentsFlags() {
		TorrentEntry e = entry();
		e.stopped = true;
		e.status = status(LtState.DOWNLOADING, false, true, false, "");

		assertThat(TorrentSnapshots.state(e)).isEqualTo(TorrentState.STOPPED);
	}

	@Test
	void ratioIsUploadedOverDownloadedWithQbittorrentsSpecialCases() {
		assertThat(TorrentSnapshots.ratio(0, 0, 0)).isZero();
		assertThat(TorrentSnapshots.ratio(500, 1000, 1000)).isEqualTo(0.5);
		// a seeder that never downloaded: the verified bytes stand in
		assertThat(TorrentSnapshots.ratio(2000, 0, 1000)).isEqualTo(2.0);
		assertThat(TorrentSnapshots.ratio(1, 0, 0)).isEqualTo(Torrent.MAX_RATIO);
		assertThat(TorrentSnapshots.ratio(Long.MAX_VALUE / 2, 1, 1)).isEqualTo(Torrent.MAX_RATIO);
	}

	@Test
	void contentPathIsTheFileTheRootFolderOrTheSavePath() {
		Path save = Path.of("/data");
		assertThat(TorrentSnapshots.contentPath(save, List.of("movie.mkv"), null))
			.isEqualTo(Path.of("/data/movie.mkv"));
		assertThat(TorrentSnapshots.contentPath(save, List.of("Show/a.mkv", "Show/b.nfo"), "Show"))
			.isEqualTo(Path.of("/data/Show"));
		assertThat(TorrentSnapshots.contentPath(save, List.of("a.mkv", "b.nfo"), null)).isEqualTo(save);
		assertThat(TorrentSnapshots.contentPath(save, List.of(), null)).isEqualTo(save);
	}

	@Test
	void rootFolderIsTheFirstPathElementSharedByEveryFile() {
		assertThat(TorrentSnapshots.rootFolder(List.of("Show/a.mkv", "Show/sub/b.nfo"))).isEqualTo("Show");
		assertThat(TorrentSnapshots.rootFolder(List.of("single.mkv"))).isNull();
		assertThat(TorrentSnapshots.rootFolder(List.of("A/x", "B/y"))).isNull();
		assertThat(TorrentSnapshots.rootFolder(List.of("A/x", "y"))).isNull();
	}

	@Test
	void magnetUriHasTheHashesTheNameEveryTrackerAndWebSeedPercentEncoded() {
		String uri = TorrentSnapshots.magnetUri("ae45acbd6454d0dedd1ca10e88f7ca724a25092e", "", "My File (1).bin",
				"ae45acbd6454d0dedd1ca10e88f7ca724a25092e",
				List.of("http://127.0.0.1:6969/announce", "udp://t.example:80"), List.of("http://ws.example/f"));

		assertThat(uri).isEqualTo("magnet:?xt=urn:btih:ae45acbd6454d0dedd1ca10e88f7ca724a25092e"
				+ "&dn=My%20File%20%281%29.bin&tr=http%3a%2f%2f127.0.0.1%3a6969%2fannounce"
				+ "&tr=udp%3a%2f%2ft.example%3a80&ws=http%3a%2f%2fws.example%2ff");
	}

	@Test
	void magnetUriLeavesOutANameThatIsJustTheHash() {
		String hash = "ae45acbd6454d0dedd1ca10e88f7ca724a25092e";
		assertThat(TorrentSnapshots.magnetUri(hash, "", hash, hash, List.of(), List.of()))
			.isEqualTo("magnet:?xt=urn:btih:" + hash);
	}

	@Test
	void progressIsWantedDoneOverWantedAndTheChecksProgressWhileChecking() {
		LtStatus downloading = status(LtState.DOWNLOADING, false, true, false, "");
		assertThat(TorrentSnapshots.progress(downloading, TorrentState.DOWNLOADING)).isEqualTo(0.25);
		assertThat(TorrentSnapshots.progress(downloading, TorrentState.CHECKING)).isEqualTo(0.5,
				org.assertj.core.data.Offset.offset(1e-6));
		assertThat(TorrentSnapshots.progress(null, TorrentState.FETCHING_METADATA)).isZero();
	}

	@Test
	void ratesAreZeroWhileStoppedAndEtaIsInfinite() {
		TorrentEntry e = entry();
		e.stopped = true;
		e.status = status(LtState.DOWNLOADING, true, false, false, "");

		Torrent t = TorrentSnapshots.snapshot(e, this.settings, NOW);

		assertThat(t.downloadRateBytesPerSecond()).isZero();
		assertThat(t.uploadRateBytesPerSecond()).isZero();
		assertThat(t.etaSeconds()).isEqualTo(Torrent.ETA_INFINITE);
	}

	@Test
	void etaWhileDownloadingIsRemainingOverRate() {
		TorrentEntry e = entry();
		e.status = status(LtState.DOWNLOADING, false, true, false, "");

		Torrent t = TorrentSnapshots.snapshot(e, this.settings, NOW);

		// 3000 wanted bytes left at 100 B/s
		assertThat(t.etaSeconds()).isEqualTo(30);
		assertThat(t.remainingBytes()).isEqualTo(3000);
	}

	@Test
	void whileInItsDownloadPathATorrentShowsItsSavePathToBeAndItsContentWhereItIs() {
		TorrentEntry e = multiFileEntry(Path.of("/media/tv"), Path.of("/incomplete"));
		e.status = status(LtState.DOWNLOADING, false, true, false, "", "/incomplete");

		Torrent t = TorrentSnapshots.snapshot(e, this.settings, NOW);

		assertThat(t.savePath()).isEqualTo(Path.of("/media/tv"));
		assertThat(t.downloadPath()).isEqualTo(Path.of("/incomplete"));
		assertThat(t.contentPath()).isEqualTo(Path.of("/incomplete/show"));
		assertThat(t.rootPath()).isEqualTo(Path.of("/incomplete/show"));
	}

	@Test
	void beforeTheFirstStatusTheTorrentIsWhereTorrentdPutIt() {
		TorrentEntry e = multiFileEntry(Path.of("/media/tv"), Path.of("/incomplete"));
		e.location = Path.of("/incomplete");

		Torrent t = TorrentSnapshots.snapshot(e, this.settings, NOW);

		assertThat(t.downloadPath()).isEqualTo(Path.of("/incomplete"));
		assertThat(t.contentPath()).isEqualTo(Path.of("/incomplete/show"));
	}

	@Test
	void onceMovedToItsSavePathATorrentHasNoDownloadPath() {
		TorrentEntry e = multiFileEntry(Path.of("/media/tv"), Path.of("/incomplete"));
		e.finishedStatus = true;
		e.status = status(LtState.SEEDING, false, true, true, "", "/media/tv");

		Torrent t = TorrentSnapshots.snapshot(e, this.settings, NOW);

		assertThat(t.savePath()).isEqualTo(Path.of("/media/tv"));
		assertThat(t.downloadPath()).isNull();
		assertThat(t.contentPath()).isEqualTo(Path.of("/media/tv/show"));
	}

	@Test
	void aCompleteTorrentWhoseMoveIsPendingStillShowsTheDownloadPathItIsIn() {
		TorrentEntry e = multiFileEntry(Path.of("/media/tv"), Path.of("/incomplete"));
		e.finishedStatus = true;
		e.status = status(LtState.SEEDING, false, true, true, "", "/incomplete");

		Torrent t = TorrentSnapshots.snapshot(e, this.settings, NOW);

		assertThat(t.downloadPath()).isEqualTo(Path.of("/incomplete"));
		assertThat(t.contentPath()).isEqualTo(Path.of("/incomplete/show"));
	}

	private static TorrentEntry multiFileEntry(Path savePath, Path downloadPath) {
		TorrentEntry e = new TorrentEntry(ID, savePath, NOW.minusSeconds(3600));
		e.downloadPath = downloadPath;
		e.info = new MetaInfo("show",
				List.of(new MetaInfo.FileEntry("show/e1.mkv", 2000, 0, 0, false),
						new MetaInfo.FileEntry("show/e2.mkv", 2000, 1, 1, false)),
				2, 2048, 4000, "", "", null, false, ID.hex(), "");
		return e;
	}

	private static TorrentState stateOf(LtStatus status) {
		TorrentEntry e = entry();
		e.status = status;
		return TorrentSnapshots.state(e);
	}

	private static TorrentEntry entry() {
		return new TorrentEntry(ID, Path.of("/downloads"), NOW.minusSeconds(3600));
	}

	/** A status with 4000 wanted bytes, 1000 done, 100 B/s down, check progress 0.5. */
	static LtStatus status(LtState state, boolean paused, boolean autoManaged, boolean finished, String error) {
		return status(state, paused, autoManaged, finished, error, "/downloads");
	}

	static LtStatus status(LtState state, boolean paused, boolean autoManaged, boolean finished, String error,
			String savePath) {
		long wanted = 4000;
		long done = finished ? wanted : 1000;
		return new LtStatus(new LtKey(ID.hex(), ID.hex(), 1), state, paused, autoManaged, false, false, false, error,
				state != LtState.DOWNLOADING_METADATA, finished, false, 0.5f, wanted, done, done, wanted, 0, done, done,
				0, 0, 100, 0, 0, 0, -1, -1, 0, 0, 0, 0, 0, 0, 0, "", 0, -1f, 0, -1, savePath);
	}

}
