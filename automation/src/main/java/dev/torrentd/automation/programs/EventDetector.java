package dev.torrentd.automation.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.automation.UtorrentStatus;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentState;

/**
 * Finds torrent events by comparing the engine's successive snapshots; only the in-memory
 * snapshot list is read, never a per-torrent engine call. The first list
 * ({@link #baseline}) fires nothing.
 * <ul>
 * <li>{@link Kind#ADDED}: an id not in the previous list.</li>
 * <li>{@link Kind#STATE_CHANGED}: a known torrent's µTorrent state number
 * ({@link UtorrentStates#of}) differs from the previous list's.</li>
 * <li>{@link Kind#FINISHED}: a torrent that was seen incomplete becomes complete. "Seen
 * incomplete" means incomplete in a snapshot that can be trusted: not while the engine
 * checks files or resume data (every torrent reads incomplete then, so a recheck of a
 * finished torrent or a restart does not finish it again), and not before the engine has
 * its first status (metadata known but nothing wanted yet). A torrent never seen in a
 * trusted incomplete state (added and complete by the next comparison, or checking when
 * first seen) finishes if it downloaded payload this session after it was first seen (or
 * before, for an added torrent); one complete from data already on disk, nothing
 * downloaded, does not; a finished torrent restarted with the server does not either, as
 * its session total starts from zero.</li>
 * </ul>
 * Not thread-safe: one poll at a time.
 */
final class EventDetector {

	private final Map<TorrentId, Seen> seen = new HashMap<>();

	/**
	 * Takes the first snapshot list: these torrents fire no event now.
	 * @param torrents the engine's snapshots
	 */
	void baseline(List<Torrent> torrents) {
		this.seen.clear();
		for (Torrent torrent : torrents) {
			this.seen.put(torrent.id(), firstSighting(torrent));
		}
	}

	/**
	 * Compares the next snapshot list with the previous one.
	 * @param torrents the engine's snapshots
	 * @return the events, in list order; per torrent added, then state changed, then
	 * finished
	 */
	List<TorrentEvent> next(List<Torrent> torrents) {
		List<TorrentEvent> events = new ArrayList<>();
		Map<TorrentId, Seen> now = new HashMap<>();
		for (Torrent torrent : torrents) {
			Seen before = this.seen.get(torrent.id());
			int state = UtorrentStatus.state(torrent);
			if (before == null) {
				events.add(new TorrentEvent(Kind.ADDED, torrent, state, state));
				Seen first = firstSighting(torrent);
				if (torrent.complete() && torrent.downloadedSessionBytes() > 0) {
					events.add(new TorrentEvent(Kind.FINISHED, torrent, state, state));
				}
				now.put(torrent.id(), first);
				continue;
			}
			if (state != before.state()) {
				events.add(new TorrentEvent(Kind.STATE_CHANGED, torrent, state, before.state()));
			}
			Completion completion = before.completion();
			if (torrent.complete()) {
				boolean downloadedSinceSeen = torrent.downloadedSessionBytes() > before.sessionDownloadedBytes();
				if (completion == Completion.INCOMPLETE || (completion == Completion.UNKNOWN && downloadedSinceSeen)) {
					events.add(new TorrentEvent(Kind.FINISHED, torrent, state, before.state()));
				}
				completion = Completion.FINISHED;
			}
			else if (isTrustedIncomplete(torrent)) {
				completion = Completion.INCOMPLETE;
			}
			now.put(torrent.id(), new Seen(state, completion, before.sessionDownloadedBytes()));
		}
		this.seen.clear();
		this.seen.putAll(now);
		return events;
	}

	private static Seen firstSighting(Torrent torrent) {
		Completion completion = torrent.complete() ? Completion.FINISHED
				: isTrustedIncomplete(torrent) ? Completion.INCOMPLETE : Completion.UNKNOWN;
		return new Seen(UtorrentStatus.state(torrent), completion, torrent.downloadedSessionBytes());
	}

	/**
	 * Whether an incomplete snapshot says the torrent really lacks data: not while
	 * checking (the check starts from nothing) and not before the first status (a torrent
	 * with metadata wanting nothing has no status yet).
	 */
	static boolean isTrustedIncomplete(Torrent torrent) {
		if (torrent.complete()) {
			return false;
		}
		if (torrent.state() == TorrentState.CHECKING || torrent.state() == TorrentState.CHECKING_RESUME_DATA) {
			return false;
		}
		return !(torrent.hasMetadata() && torrent.totalSizeBytes() > 0 && torrent.wantedSizeBytes() == 0);
	}

	/** What an event is. */
	enum Kind {

		/** A torrent was added. */
		ADDED,

		/** A torrent finished downloading. */
		FINISHED,

		/** A torrent's µTorrent state number changed. */
		STATE_CHANGED

	}

	/**
	 * One event.
	 *
	 * @param kind what happened
	 * @param torrent the torrent's snapshot when it was seen
	 * @param state its µTorrent state number now
	 * @param previousState its µTorrent state number in the previous snapshot (the same
	 * as {@code state} for an added torrent)
	 */
	record TorrentEvent(Kind kind, Torrent torrent, int state, int previousState) {
	}

	private enum Completion {

		/** Not seen in a trustworthy state yet. */
		UNKNOWN,

		/** Seen lacking data. */
		INCOMPLETE,

		/** Seen complete (since it was last seen lacking data). */
		FINISHED

	}

	/**
	 * What was seen of a torrent.
	 *
	 * @param state its µTorrent state number in the last list
	 * @param completion whether it was seen lacking data or complete
	 * @param sessionDownloadedBytes the payload it had downloaded this session when it
	 * was first seen
	 */
	private record Seen(int state, Completion completion, long sessionDownloadedBytes) {
	}

}
