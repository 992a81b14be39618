package dev.torrentd.automation;

import java.util.Locale;

import dev.torrentd.engine.Torrent;

/**
 * A torrent as µTorrent Server describes it: its state number ({@code state_cmd}'s
 * {@code %S}/{@code %P}), its status message (the STATUS MESSAGE column of
 * {@code list=1}, {@code %M}) and its progress in per mille (the PROGRESS column). The
 * µTorrent dialect's rows and the event programs' µTorrent placeholders both read them
 * here, so a program sees what the WebUI shows. Pure.
 *
 * <p>
 * State numbers (µTorrent Server manual, finish_cmd / state_cmd): 1 error, 2 checked, 3
 * paused, 4 super seeding, 5 seeding, 6 downloading, 7 super seeding (forced), 8 seeding
 * (forced), 9 downloading (forced), 10 queued seed, 11 finished, 12 queued, 13 stopped.
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
 *
 * <p>
 * The status message is the STATUS MESSAGE column (21) of a torrent row, worded as
 * µTorrent 3.x writes it: words, the progress with one decimal and a percent sign
 * ({@code "Seeding 100.0 %"}, {@code "[F] Downloading 45.2 %"}); Organizr reads it as
 * "words then number" (utorrent-webui spec §2.4). An errored torrent shows
 * {@code "Error: "} and the engine's message instead.
 *
 * <p>
 * Words per engine state: downloading and fetching metadata "Downloading", seeding
 * "Seeding" ({@code "[F] "} before either when force-started), queued "Queued" or, when
 * complete, "Queued Seed", stopped "Stopped" or, when complete, "Finished", checking
 * "Checking" (with the check's progress), moving "Moving". The number is always written
 * with a dot ({@link Locale#ROOT}), whatever the server's locale.
 */
public final class UtorrentStatus {

	/** State 1: error. */
	public static final int ERROR = 1;

	/** State 2: checked (checking). */
	public static final int CHECKED = 2;

	/** State 3: paused (never reported: pause is stop). */
	public static final int PAUSED = 3;

	/** State 4: super seeding. */
	public static final int SUPER_SEEDING = 4;

	/** State 5: seeding. */
	public static final int SEEDING = 5;

	/** State 6: downloading. */
	public static final int DOWNLOADING = 6;

	/** State 7: super seeding (forced). */
	public static final int SUPER_SEEDING_FORCED = 7;

	/** State 8: seeding (forced). */
	public static final int SEEDING_FORCED = 8;

	/** State 9: downloading (forced). */
	public static final int DOWNLOADING_FORCED = 9;

	/** State 10: queued seed. */
	public static final int QUEUED_SEED = 10;

	/** State 11: finished (complete and stopped). */
	public static final int FINISHED = 11;

	/** State 12: queued. */
	public static final int QUEUED = 12;

	/** State 13: stopped. */
	public static final int STOPPED = 13;

	/**
	 * Headroom for a product like {@code 0.29 * 1000} landing just below the whole per
	 * mille it stands for.
	 */
	private static final double EPSILON = 1e-9;

	private UtorrentStatus() {
	}

	/**
	 * The µTorrent state number of a snapshot.
	 * @param torrent the engine's snapshot
	 * @return 1–13 (never 3)
	 */
	public static int state(Torrent torrent) {
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
	 * The status message of a torrent.
	 * @param torrent the engine's snapshot
	 * @return e.g. {@code "Downloading 45.2 %"}, never null
	 */
	public static String message(Torrent torrent) {
		String forced = torrent.forceStart() ? "[F] " : "";
		int perMille = progressPerMille(torrent);
		return switch (torrent.state()) {
			case ERROR -> torrent.errorMessage().isEmpty() ? "Error" : "Error: " + torrent.errorMessage();
			// while checking, the engine's progress is the check's own
			case CHECKING, CHECKING_RESUME_DATA -> withProgress("Checking", perMille(torrent.progress()));
			case STOPPED -> withProgress(torrent.complete() ? "Finished" : "Stopped", perMille);
			case QUEUED -> withProgress(torrent.complete() ? "Queued Seed" : "Queued", perMille);
			case MOVING -> withProgress("Moving", perMille);
			case SEEDING -> withProgress(forced + "Seeding", perMille);
			case DOWNLOADING, FETCHING_METADATA -> withProgress(forced + "Downloading", perMille);
		};
	}

	private static String withProgress(String words, int perMille) {
		return String.format(Locale.ROOT, "%s %d.%d %%", words, perMille / 10, perMille % 10);
	}

	/**
	 * The PROGRESS column (4): verified bytes of the wanted files per mille of their
	 * size, rounded down, so 1000 means nothing remains (Sonarr's completion test). A
	 * torrent with nothing wanted reads 1000 once complete (every file skipped) and 0
	 * before (a magnet still fetching its metadata).
	 * @param torrent the snapshot
	 * @return 0..1000
	 */
	public static int progressPerMille(Torrent torrent) {
		if (torrent.wantedSizeBytes() <= 0) {
			return torrent.complete() ? 1000 : 0;
		}
		return perMille(torrent.wantedDoneBytes(), torrent.wantedSizeBytes());
	}

	/**
	 * A fraction in whole per mille, rounded down so that only a full 1 reads 1000.
	 * @param fraction in [0, 1]; NaN and negatives read 0, above 1 reads 1000
	 * @return 0..1000
	 */
	public static int perMille(double fraction) {
		if (!(fraction > 0)) {
			return 0;
		}
		return (int) Math.min(1000, Math.floor(fraction * 1000 + EPSILON));
	}

	/**
	 * A part of a whole in whole per mille, rounded down and exact in integer arithmetic:
	 * 1000 only when the part is the whole.
	 * @param part bytes done
	 * @param whole bytes in all, &gt; 0
	 * @return 0..1000
	 */
	public static int perMille(long part, long whole) {
		if (part <= 0) {
			return 0;
		}
		if (part >= whole) {
			return 1000;
		}
		// part * 1000 overflows only above 9 PB; a double's precision is plenty there
		long perMille = (part <= Long.MAX_VALUE / 1000) ? part * 1000 / whole : (long) ((double) part / whole * 1000);
		return (int) Math.min(999, perMille);
	}

}
