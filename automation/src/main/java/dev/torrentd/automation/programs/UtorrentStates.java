package dev.torrentd.automation.programs;

import java.util.Locale;

import dev.torrentd.engine.Torrent;
import org.jspecify.annotations.Nullable;

/**
 * µTorrent Server's torrent state numbers, the values of {@code %S} and {@code %P} in
 * {@code state_cmd} (µTorrent Server manual, finish_cmd / state_cmd): 1 error, 2 checked,
 * 3 paused, 4 super seeding, 5 seeding, 6 downloading, 7 super seeding (forced), 8
 * seeding (forced), 9 downloading (forced), 10 queued seed, 11 finished, 12 queued, 13
 * stopped; and the status message ({@code %M}).
 * <p>
 * The engine's states map as follows:
 * <ul>
 * <li>error → 1;</li>
 * <li>checking files or resume data → 2 (µTorrent's "checked" state is its check);</li>
 * <li>downloading, fetching metadata → 6, force-started 9;</li>
 * <li>seeding → 5, force-started 8; super seeding 4, force-started 7;</li>
 * <li>queued → 12, complete 10 (queued seed);</li>
 * <li>stopped → 13, complete 11 (finished: a complete torrent that is stopped);</li>
 * <li>moving → the state it moves in: seeding numbers when complete, else downloading
 * numbers (µTorrent has no moving state).</li>
 * </ul>
 * 3 (paused) never occurs: torrentd maps µTorrent's pause to stop, as the µTorrent
 * dialect does, so a paused torrent reads 13 or 11.
 */
final class UtorrentStates {

	static final int ERROR = 1;

	static final int CHECKED = 2;

	static final int PAUSED = 3;

	static final int SUPER_SEEDING = 4;

	static final int SEEDING = 5;

	static final int DOWNLOADING = 6;

	static final int SUPER_SEEDING_FORCED = 7;

	static final int SEEDING_FORCED = 8;

	static final int DOWNLOADING_FORCED = 9;

	static final int QUEUED_SEED = 10;

	static final int FINISHED = 11;

	static final int QUEUED = 12;

	static final int STOPPED = 13;

	private UtorrentStates() {
	}

	/**
	 * The µTorrent state number of a snapshot.
	 * @param torrent the engine's snapshot
	 * @return 1–13 (never 3)
	 */
	static int of(Torrent torrent) {
		return switch (torrent.state()) {
			case ERROR -> ERROR;
			case CHECKING, CHECKING_RESUME_DATA -> CHECKED;
			case STOPPED -> torrent.complete() ? FINISHED : STOPPED;
			case QUEUED -> torrent.complete() ? QUEUED_SEED : QUEUED;
			case SEEDING -> seeding(torrent);
			case DOWNLOADING, FETCHING_METADATA -> torrent.forceStart() ? DOWNLOADING_FORCED : DOWNLOADING;
			case MOVING ->
				torrent.complete() ? seeding(torrent) : torrent.forceStart() ? DOWNLOADING_FORCED : DOWNLOADING;
		};
	}

	private static int seeding(Torrent torrent) {
		if (torrent.superSeeding()) {
			return torrent.forceStart() ? SUPER_SEEDING_FORCED : SUPER_SEEDING;
		}
		return torrent.forceStart() ? SEEDING_FORCED : SEEDING;
	}

	/**
	 * The status message ({@code %M}), worded as µTorrent's status column: the state's
	 * words and the progress with one decimal ({@code "Downloading 45.2 %"},
	 * {@code "[F] Seeding 100.0 %"}, {@code "Finished 100.0 %"}, {@code "Checked 12.5 %"}
	 * with the check's progress), or {@code "Error: "} and the engine's message.
	 * @param torrent the engine's snapshot
	 * @return the message
	 */
	static String statusMessage(Torrent torrent) {
		String forced = torrent.forceStart() ? "[F] " : "";
		@Nullable String words = switch (torrent.state()) {
			case ERROR -> null;
			case CHECKING, CHECKING_RESUME_DATA -> "Checked";
			case STOPPED -> torrent.complete() ? "Finished" : "Stopped";
			case QUEUED -> torrent.complete() ? "Queued Seed" : "Queued";
			case MOVING -> "Moving";
			case SEEDING -> forced + (torrent.superSeeding() ? "Super Seeding" : "Seeding");
			case DOWNLOADING, FETCHING_METADATA -> forced + "Downloading";
		};
		if (words == null) {
			return torrent.errorMessage().isEmpty() ? "Error" : "Error: " + torrent.errorMessage();
		}
		int perMille = perMille(torrent);
		return String.format(Locale.ROOT, "%s %d.%d %%", words, perMille / 10, perMille % 10);
	}

	private static int perMille(Torrent torrent) {
		if (torrent.complete() && !isChecking(torrent)) {
			return 1000;
		}
		double progress = Math.max(0, Math.min(1, torrent.progress()));
		return (int) Math.floor(progress * 1000);
	}

	private static boolean isChecking(Torrent torrent) {
		return switch (torrent.state()) {
			case CHECKING, CHECKING_RESUME_DATA -> true;
			default -> false;
		};
	}

}
