package dev.torrentd.app.metrics;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;

/**
 * Counts over the engine's torrents that no client API shows, for the alerts an operator
 * wants ("a download has stopped moving", "a magnet never gets its metadata").
 */
final class TorrentFigures {

	/**
	 * How long a download may move no byte, or a magnet lack metadata, before it counts.
	 */
	static final Duration STUCK_AFTER = Duration.ofMinutes(5);

	/**
	 * At most this many save paths get a free-space series (one file-system call each).
	 */
	static final int MAX_SAVE_PATHS = 100;

	private TorrentFigures() {
	}

	/**
	 * Downloads that moved no payload byte for {@link #STUCK_AFTER}: downloading, with
	 * metadata, incomplete, last active (else added) longer ago than that.
	 * @param torrents the snapshot
	 * @param now the current time
	 * @return how many
	 */
	static long stalled(Collection<Torrent> torrents, Instant now) {
		Instant limit = now.minus(STUCK_AFTER);
		return torrents.stream()
			.filter((t) -> t.state() == TorrentState.DOWNLOADING && t.hasMetadata() && !t.complete())
			.filter((t) -> ((t.lastActivityAt() != null) ? t.lastActivityAt() : t.addedAt()).isBefore(limit))
			.count();
	}

	/**
	 * Magnets still fetching their metadata {@link #STUCK_AFTER} after they were added.
	 * @param torrents the snapshot
	 * @param now the current time
	 * @return how many
	 */
	static long metadataStuck(Collection<Torrent> torrents, Instant now) {
		Instant limit = now.minus(STUCK_AFTER);
		return torrents.stream()
			.filter((t) -> t.state() == TorrentState.FETCHING_METADATA && !t.hasMetadata())
			.filter((t) -> t.addedAt().isBefore(limit))
			.count();
	}

	/**
	 * The save paths worth a free-space series: the default one first, then each
	 * torrent's, at most {@link #MAX_SAVE_PATHS}.
	 * @param torrents the snapshot
	 * @param defaultSavePath the default save path
	 * @return distinct paths in that order
	 */
	static Set<Path> savePaths(Collection<Torrent> torrents, Path defaultSavePath) {
		Set<Path> paths = new LinkedHashSet<>();
		paths.add(defaultSavePath);
		for (Torrent t : torrents) {
			if (paths.size() >= MAX_SAVE_PATHS) {
				break;
			}
			paths.add(t.savePath());
		}
		return paths;
	}

}
