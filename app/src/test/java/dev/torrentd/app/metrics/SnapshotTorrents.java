package dev.torrentd.app.metrics;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentState;
import org.jspecify.annotations.Nullable;

/** Hand-built {@link Torrent} snapshots for the metrics' pure functions. */
final class SnapshotTorrents {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private SnapshotTorrents() {
	}

	static Torrent torrent(TorrentState state, boolean hasMetadata, boolean complete, Instant addedAt,
			@Nullable Instant lastActivityAt, String savePath) {
		TorrentId id = TorrentId.parse(String.format("%040x", NEXT.getAndIncrement()));
		long size = hasMetadata ? 1_000_000 : 0;
		long done = complete ? size : size / 2;
		return new Torrent(id, id.hex(), "", "t" + id.hex(), state, complete, hasMetadata, size, size, done, done,
				(size > 0) ? (double) done / size : 0, 0, 0, done, 0, 0, 0, 0, 0, 0, 0, 0, Torrent.ETA_INFINITE,
				Path.of(savePath), Path.of(savePath, "t"), null, "", Set.of(), addedAt, null, lastActivityAt, null, 0,
				0, -1, false, false, false, false, false, 0, 0, ShareLimits.useGlobal(), "", List.of(), 0, null, "", "",
				null, 0, 0, 0, -1, 0, -1, 0, "magnet:?xt=urn:btih:" + id.hex(), List.of(), "", null);
	}

}
