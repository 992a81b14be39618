package dev.torrentd.automation.programs;

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
 * Engine snapshots for the unit tests: a downloading single-file torrent by default; the
 * test changes the fields it cares about and calls {@link #build()}.
 */
final class Snapshot {

	TorrentId id = TorrentId.parse("c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");

	String infoHashV1 = "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00";

	String infoHashV2 = "";

	String name = "Some.File.mkv";

	TorrentState state = TorrentState.DOWNLOADING;

	boolean complete;

	boolean hasMetadata = true;

	long totalSizeBytes = 2_000_000;

	long wantedSizeBytes = 2_000_000;

	long wantedDoneBytes = 904_000;

	double progress = 0.452;

	long downloadedSessionBytes = 904_000;

	Path savePath = Path.of("/downloads/tv");

	Path contentPath = Path.of("/downloads/tv/Some.File.mkv");

	@Nullable Path rootPath;

	@Nullable Path downloadPath;

	String category = "tv";

	Set<String> tags = Set.of("b-tag", "a-tag");

	boolean forceStart;

	boolean superSeeding;

	String currentTracker = "http://tracker.example/announce";

	String errorMessage = "";

	Snapshot named(String name) {
		this.name = name;
		return this;
	}

	Snapshot in(TorrentState state, boolean complete) {
		this.state = state;
		this.complete = complete;
		if (complete) {
			this.wantedDoneBytes = this.wantedSizeBytes;
			this.progress = 1;
		}
		return this;
	}

	Torrent build() {
		return new Torrent(this.id, this.infoHashV1, this.infoHashV2, this.name, this.state, this.complete,
				this.hasMetadata, this.totalSizeBytes, this.wantedSizeBytes, this.wantedDoneBytes, this.wantedDoneBytes,
				this.progress, 0, 0, this.downloadedSessionBytes, 0, this.downloadedSessionBytes, 0, 0, 0, 0, 0, 0,
				Torrent.ETA_INFINITE, this.savePath, this.contentPath, this.rootPath, this.category, this.tags,
				Instant.parse("2024-05-01T10:00:00Z"), null, null, null, 0, 0, -1, this.forceStart, false, false, false,
				this.superSeeding, 0, 0, ShareLimits.useGlobal(), this.currentTracker, List.of(this.currentTracker), 0,
				false, "", "", null, 100, 16384, 45, -1, 0, -1, 0, "magnet:?xt=urn:btih:" + this.infoHashV1, List.of(),
				this.errorMessage, this.downloadPath);
	}

}
