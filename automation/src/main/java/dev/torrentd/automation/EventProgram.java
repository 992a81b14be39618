package dev.torrentd.automation;

/**
 * A user's program run on a torrent event: qBittorrent's {@code autorun_program} and
 * {@code autorun_on_torrent_added_program}, µTorrent's {@code finish_cmd} and
 * {@code state_cmd}.
 *
 * @param enabled whether it runs
 * @param command the command line with {@code %X} placeholders; split into arguments as a
 * POSIX shell would (quotes, backslashes) and run without a shell, each placeholder
 * replaced inside its argument (a torrent name never becomes more than one argument); a
 * command using shell syntax ({@code | ; & > < $ `}) runs under {@code /bin/sh -c} with
 * the values passed as environment variables, never pasted into the script
 * @param placeholders which dialect's {@code %X} letters the command uses
 */
public record EventProgram(boolean enabled, String command, Placeholders placeholders) {

	/** No program. */
	public static final EventProgram NONE = new EventProgram(false, "", Placeholders.QBITTORRENT);

	/** Whose substitution letters a command uses. */
	public enum Placeholders {

		/**
		 * qBittorrent's: {@code %N} name, {@code %L} category, {@code %G} tags (comma
		 * separated), {@code %F} content path, {@code %R} root path, {@code %D} save
		 * path, {@code %C} number of files, {@code %Z} size (bytes), {@code %T} current
		 * tracker, {@code %I} info hash v1, {@code %J} info hash v2, {@code %K} torrent
		 * id.
		 */
		QBITTORRENT,

		/**
		 * µTorrent Server's: {@code %F} file name (single-file torrents), {@code %D}
		 * directory, {@code %N} title, {@code %S} state, {@code %P} previous state (the
		 * manual's numbers 1–13), {@code %L} label, {@code %T} tracker, {@code %M} status
		 * message, {@code %I} info hash (hex).
		 */
		UTORRENT

	}

}
