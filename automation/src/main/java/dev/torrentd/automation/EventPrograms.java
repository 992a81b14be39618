package dev.torrentd.automation;

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

}
