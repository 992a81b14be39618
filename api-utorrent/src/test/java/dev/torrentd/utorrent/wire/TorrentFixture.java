package dev.torrentd.utorrent.wire;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentState;
import org.jspecify.annotations.Nullable;

/**
 * Engine snapshots for the mapper tests: every field of {@link Torrent} with a default (a
 * public, downloading, queued, 45.2 % done torrent of 1 GB wanted out of 1.5 GB), changed
 * by the test through {@link #torrent(Consumer)}.
 */
final class TorrentFixture {

	static final String HASH = "0aa1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3";

	TorrentId id = TorrentId.parse(HASH);

	String name = "Some.Show.S01E01.1080p";

	TorrentState state = TorrentState.DOWNLOADING;

	boolean complete;

	boolean hasMetadata = true;

	long totalSizeBytes = 1_500_000_000L;

	long wantedSizeBytes = 1_000_000_000L;

	long wantedDoneBytes = 452_000_000L;

	long doneBytes = 452_000_000L;

	double progress = 0.452;

	long downloadRate = 2_000_000;

	long uploadRate = 30_000;

	long downloadedBytes = 460_000_000L;

	long uploadedBytes = 230_000_000L;

	int connectedSeeds = 4;

	int connectedLeechers = 3;

	int swarmSeeds = 40;

	int swarmLeechers = 12;

	double ratio = 0.5;

	long etaSeconds = 274;

	Path savePath = Path.of("/downloads/tv");

	String category = "";

	Set<String> tags = Set.of();

	Instant addedAt = Instant.parse("2024-05-01T10:00:00Z");

	@Nullable Instant completedAt;

	int queuePosition = 2;

	boolean forceStart;

	boolean superSeeding;

	long downloadLimit;

	long uploadLimit;

	ShareLimits shareLimits = ShareLimits.useGlobal();

	List<String> trackers = List.of("http://tracker.example/announce");

	@Nullable Boolean isPrivate = false;

	double availability = 1.5;

	String errorMessage = "";

	private TorrentFixture() {
	}

	/**
	 * The default torrent with some fields changed.
	 * @param overrides sets the fields that differ from the defaults
	 * @return the snapshot
	 */
	static Torrent torrent(Consumer<TorrentFixture> overrides) {
		TorrentFixture fixture = new TorrentFixture();
		overrides.accept(fixture);
		return fixture.build();
	}

	/**
	 * The default torrent: downloading, in the queue, 45.2 % of its wanted bytes done.
	 * @return the snapshot
	 */
	static Torrent torrent() {
		return torrent((t) -> {
		});
	}

	/**
	 * Makes this torrent complete, as the engine reports a finished one: every wanted
	 * byte verified, seeding, out of the download queue, no ETA.
	 * @return this fixture
	 */
	TorrentFixture finished() {
		this.complete = true;
		this.state = TorrentState.SEEDING;
		this.wantedDoneBytes = this.wantedSizeBytes;
		this.doneBytes = this.wantedSizeBytes;
		this.progress = 1;
		this.downloadRate = 0;
		this.queuePosition = -1;
		this.etaSeconds = Torrent.ETA_INFINITE;
		this.completedAt = Instant.parse("2024-05-01T11:30:00Z");
		this.availability = -1;
		return this;
	}

	private Torrent build() {
		Path contentPath = this.savePath.resolve(this.name);
		return new Torrent(this.id, this.id.hex(), "", this.name, this.state, this.complete, this.hasMetadata,
				this.totalSizeBytes, this.wantedSizeBytes, this.wantedDoneBytes, this.doneBytes, this.progress,
				this.downloadRate, this.uploadRate, this.downloadedBytes, this.uploadedBytes, this.downloadedBytes,
				this.uploadedBytes, this.connectedSeeds, this.connectedLeechers, this.swarmSeeds, this.swarmLeechers,
				this.ratio, this.etaSeconds, this.savePath, contentPath, contentPath, this.category, this.tags,
				this.addedAt, this.completedAt, null, null, 3600, this.complete ? 600 : 0, this.queuePosition,
				this.forceStart, false, false, false, this.superSeeding, this.downloadLimit, this.uploadLimit,
				this.shareLimits, this.trackers.isEmpty() ? "" : this.trackers.get(0), this.trackers, 1800,
				this.isPrivate, "", "", null, this.hasMetadata ? 954 : 0, this.hasMetadata ? 1_572_864 : 0,
				this.hasMetadata ? 431 : 0, this.availability, this.connectedSeeds + this.connectedLeechers, -1, 0,
				"magnet:?xt=urn:btih:" + this.id.hex(), List.of(), this.errorMessage, null);
	}

}
