package dev.torrentd.utorrent.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.WatchedFolder;
import org.jspecify.annotations.Nullable;

/**
 * µTorrent's view of the shared automation settings, as {@code getsettings} and
 * {@code utserver.conf} name them: {@code dir_autoload} and {@code dir_autoload_delete}
 * are one watched folder (the first, downloading into the default save path; the folders
 * qBittorrent clients added stay as they are), {@code finish_cmd} and {@code state_cmd}
 * the programs run when a torrent finishes and when its state changes (with µTorrent
 * Server's placeholders; "" runs none). Pure.
 */
public final class AutomationSettings {

	private AutomationSettings() {
	}

	/**
	 * µTorrent's autoload folder among the watched folders.
	 * @param folders the watched folders, in order
	 * @return the first one when it downloads into the default save path, else null
	 */
	public static @Nullable WatchedFolder autoload(List<WatchedFolder> folders) {
		if (folders.isEmpty()) {
			return null;
		}
		WatchedFolder first = folders.get(0);
		return (first.destination() == WatchedFolder.Destination.DEFAULT_SAVE_PATH) ? first : null;
	}

	/**
	 * The autoload folder µTorrent's settings describe.
	 * @param dir the folder ({@code dir_autoload}, absolute)
	 * @param delete {@code dir_autoload_delete}: delete added .torrent files, else rename
	 * them {@code .loaded}
	 * @return the watched folder
	 */
	public static WatchedFolder autoloadFolder(Path dir, boolean delete) {
		return new WatchedFolder(dir, WatchedFolder.Destination.DEFAULT_SAVE_PATH, null, delete);
	}

	/**
	 * The watched folders with µTorrent's autoload folder replaced: the old one (see
	 * {@link #autoload}) goes, the new one comes first, another entry for the same
	 * directory goes (a directory is watched once), the others keep their order.
	 * @param folders the watched folders
	 * @param autoload the new autoload folder, or null for none
	 * @return the new list
	 */
	public static List<WatchedFolder> withAutoload(List<WatchedFolder> folders, @Nullable WatchedFolder autoload) {
		List<WatchedFolder> next = new ArrayList<>(folders);
		if (autoload(next) != null) {
			next.remove(0);
		}
		if (autoload != null) {
			next.removeIf((folder) -> folder.path().equals(autoload.path()));
			next.add(0, autoload);
		}
		return List.copyOf(next);
	}

	/**
	 * A program as {@code finish_cmd}/{@code state_cmd} show it.
	 * @param program the program
	 * @return its command when it runs, else ""
	 */
	public static String command(EventProgram program) {
		return program.enabled() ? program.command() : "";
	}

	/**
	 * The program a {@code finish_cmd}/{@code state_cmd} value sets.
	 * @param command the command line with µTorrent Server's {@code %X} placeholders
	 * @return the program; none for a blank command
	 */
	public static EventProgram program(String command) {
		String line = command.strip();
		return new EventProgram(!line.isEmpty(), line, EventProgram.Placeholders.UTORRENT);
	}

}
