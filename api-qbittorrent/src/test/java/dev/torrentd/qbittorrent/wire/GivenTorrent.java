package dev.torrentd.qbittorrent.wire;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentState;
import org.jspecify.annotations.Nullable;

/**
 * Hand-built {@link Torrent} snapshots for mapper tests: a stopped-free, incomplete,
 * downloading v1 torrent with metadata, changed through the setters.
 */
public final class GivenTorrent {

	TorrentId id = TorrentId.parse("0282dd156eac44ba0b76ce227e775234a322a781");

	String name = "multi";

	TorrentState state = TorrentState.DOWNLOADING;

	boolean complete;

	boolean hasMetadata = true;

	double progress = 0.25;

	long downloadRate;

	long uploadRate;

	boolean forceStart;

	String category = "";

	Set<String> tags = Set.of();

	@Nullable Boolean isPrivate = false;

	int queuePosition = 1;

	double ratio;

	long eta = 120;

	ShareLimits shareLimits = ShareLimits.useGlobal();

	@Nullable Instant completedAt;

	@Nullable Instant lastActivityAt;

	@Nullable Path rootPath = Path.of("/downloads/multi");

	long activeSeconds;

	@Nullable Path downloadPath;

	public static GivenTorrent downloading() {
		return new GivenTorrent();
	}

	public static GivenTorrent seeding() {
		GivenTorrent given = new GivenTorrent();
		given.state = TorrentState.SEEDING;
		given.complete = true;
		given.progress = 1;
		given.queuePosition = -1;
		return given;
	}

	public GivenTorrent state(TorrentState state) {
		this.state = state;
		return this;
	}

	public GivenTorrent id(String hex) {
		this.id = TorrentId.parse(hex);
		return this;
	}

	public GivenTorrent name(String name) {
		this.name = name;
		return this;
	}

	public GivenTorrent category(String category) {
		this.category = category;
		return this;
	}

	public GivenTorrent tags(String... tags) {
		this.tags = Set.of(tags);
		return this;
	}

	public GivenTorrent withoutMetadata() {
		this.hasMetadata = false;
		this.isPrivate = null;
		this.rootPath = null;
		this.progress = 0;
		return this;
	}

	public Torrent build() {
		long total = this.hasMetadata ? 397890 : 0;
		long done = (long) (total * this.progress);
		return new Torrent(this.id, this.id.hex(), "", this.name, this.state, this.complete, this.hasMetadata, total,
				total, done, done, this.progress, this.downloadRate, this.uploadRate, 1000, 2000, 100, 200, 1, 2, 3, 4,
				this.ratio, this.eta, Path.of("/downloads"), Path.of("/downloads/multi"), this.rootPath, this.category,
				this.tags, Instant.ofEpochSecond(1795311075), this.completedAt, this.lastActivityAt, null,
				this.activeSeconds, 0, this.queuePosition, this.forceStart, false, false, false, false, 0, 0,
				this.shareLimits, "http://127.0.0.1:6969/announce",
				List.of("http://127.0.0.1:6969/announce", "http://127.0.0.1:6970/announce"), 30, this.isPrivate,
				"a comment", "mktorrent 1.1", null, 13, 32768, 3, 0.5, 2, -1, 0, "magnet:?xt=urn:btih:" + this.id.hex(),
				List.of(), "", this.downloadPath);
	}

}
