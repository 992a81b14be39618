package dev.torrentd.utorrent.wire;

import java.util.Locale;

import dev.torrentd.engine.Torrent;

/**
 * The STATUS MESSAGE column (21) of a torrent row, worded as µTorrent 3.x writes it:
 * words, the progress with one decimal and a percent sign ({@code "Seeding 100.0 %"},
 * {@code "[F] Downloading 45.2 %"}); Organizr reads it as "words then number"
 * (utorrent-webui spec §2.4). An errored torrent shows {@code "Error: "} and the engine's
 * message instead.
 *
 * <p>
 * Words per engine state: downloading and fetching metadata "Downloading", seeding
 * "Seeding" ({@code "[F] "} before either when force-started), queued "Queued" or, when
 * complete, "Queued Seed", stopped "Stopped" or, when complete, "Finished", checking
 * "Checking" (with the check's progress), moving "Moving". The number is always written
 * with a dot ({@link Locale#ROOT}), whatever the server's locale.
 */
public final class StatusMessage {

	private StatusMessage() {
	}

	/**
	 * The status message of a torrent.
	 * @param torrent the engine's snapshot
	 * @return e.g. {@code "Downloading 45.2 %"}, never null
	 */
	public static String of(Torrent torrent) {
		String forced = torrent.forceStart() ? "[F] " : "";
		int perMille = TorrentRow.progressPerMille(torrent);
		return switch (torrent.state()) {
			case ERROR -> torrent.errorMessage().isEmpty() ? "Error" : "Error: " + torrent.errorMessage();
			// while checking, the engine's progress is the check's own
			case CHECKING, CHECKING_RESUME_DATA -> withProgress("Checking", WireNumbers.perMille(torrent.progress()));
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

}
