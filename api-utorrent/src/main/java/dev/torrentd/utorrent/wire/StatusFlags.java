package dev.torrentd.utorrent.wire;

import dev.torrentd.engine.Torrent;

/**
 * The STATUS column (1) of a torrent row: µTorrent's bit field (µTorrent Server manual,
 * "Torrent/labels/RSS/Filters List").
 *
 * <p>
 * The engine's states map to these bit fields (queue = queueing on and not
 * force-started):
 * <ul>
 * <li>downloading, seeding, fetching metadata, moving: 201 (started, queued, checked,
 * loaded) in the queue, 137 force-started or without queueing; fetching metadata lacks
 * CHECKED (193 / 129) as there is nothing to check yet;</li>
 * <li>queued (held back by the queue limits): 200 (queued, checked, loaded);</li>
 * <li>checking files or resume data: 135 (checking, started, start after check, loaded):
 * a checking snapshot is never stopped, so the torrent starts after the check;</li>
 * <li>stopped: 136 (checked, loaded);</li>
 * <li>error: 152 (error, checked, loaded).</li>
 * </ul>
 * PAUSED (32) is never set: torrentd maps µTorrent's pause to stop (the engine has no
 * paused state beside stopped), so a paused torrent reads as stopped. Sonarr treats a row
 * as completed when LOADED and CHECKED are set, remaining is 0 and progress 1000
 * (arr-clients §6.5), which a finished stopped torrent (136) satisfies.
 */
public final class StatusFlags {

	public static final int STARTED = 1;

	public static final int CHECKING = 2;

	public static final int START_AFTER_CHECK = 4;

	public static final int CHECKED = 8;

	public static final int ERROR = 16;

	public static final int PAUSED = 32;

	public static final int QUEUED = 64;

	public static final int LOADED = 128;

	private StatusFlags() {
	}

	/**
	 * The status bits of a torrent.
	 * @param torrent the engine's snapshot
	 * @param queueingEnabled whether the engine's queue is on (QUEUED marks auto-managed
	 * torrents)
	 * @return the bit field
	 */
	public static int of(Torrent torrent, boolean queueingEnabled) {
		boolean inQueue = queueingEnabled && !torrent.forceStart();
		return switch (torrent.state()) {
			// the engine reports a stopped torrent as STOPPED, never as checking (except
			// for the instant a stopped torrent's resume data is validated at start-up,
			// which the snapshot cannot tell apart)
			case CHECKING, CHECKING_RESUME_DATA -> LOADED | CHECKING | STARTED | START_AFTER_CHECK;
			case STOPPED -> LOADED | CHECKED;
			case ERROR -> LOADED | CHECKED | ERROR;
			case QUEUED -> LOADED | CHECKED | QUEUED;
			// nothing to check before the info dictionary arrives
			case FETCHING_METADATA -> LOADED | STARTED | (inQueue ? QUEUED : 0);
			case DOWNLOADING, SEEDING, MOVING -> LOADED | CHECKED | STARTED | (inQueue ? QUEUED : 0);
		};
	}

}
