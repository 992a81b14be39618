package dev.torrentd.automation;

import java.util.function.UnaryOperator;

/**
 * Runs the user's programs on torrent events, found by comparing the engine's snapshots
 * (no per-torrent engine call). Programs run asynchronously in their own process, never
 * blocking the engine or the API; their output is logged line by line; one that runs
 * longer than the configured timeout is killed with its children. Torrents present when
 * the server starts fire no event.
 */
public interface EventPrograms {

	/**
	 * The programs.
	 * @return the current settings
	 */
	EventProgramSettings settings();

	/**
	 * Replaces the programs and persists them.
	 * @param settings the new settings
	 */
	void apply(EventProgramSettings settings);

	/**
	 * Changes the programs atomically: the change is given the settings as they are at
	 * that moment, under the service's lock, so qBittorrent's {@code autorun_*} and
	 * µTorrent's {@code finish_cmd}/{@code state_cmd} written at once never undo each
	 * other. Then as {@link #apply}.
	 * @param change makes the new settings from the current ones; runs with the lock held
	 * @return the settings now in force
	 */
	EventProgramSettings update(UnaryOperator<EventProgramSettings> change);

}
