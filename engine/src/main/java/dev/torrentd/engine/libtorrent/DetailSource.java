package dev.torrentd.engine.libtorrent;

import java.util.List;
import java.util.Map;

import dev.torrentd.engine.FilePriority;
import org.jspecify.annotations.Nullable;
import org.libtorrent4j.TorrentHandle;

/**
 * What the {@link DetailRefresher} needs to read one torrent's details from libtorrent,
 * published by the engine thread with each snapshot.
 *
 * @param handle the torrent's handle (owned; libtorrent's handle calls are thread-safe)
 * @param info its metadata, or null
 * @param priorities file priorities by native file index
 * @param trackerPeers peers each tracker returned in its last reply, by URL
 */
record DetailSource(TorrentHandle handle, @Nullable MetaInfo info, List<FilePriority> priorities,
		Map<String, Integer> trackerPeers) {
}
