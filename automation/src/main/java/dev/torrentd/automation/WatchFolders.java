package dev.torrentd.automation;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The watch folders both dialects configure: qBittorrent's {@code scan_dirs} is the whole
 * list, µTorrent's {@code dir_autoload} its first entry. A new .torrent file in a watched
 * folder is added once, after its size has stopped changing (a file copied in slowly is
 * read whole); files present at start are added too; a file the engine refuses is renamed
 * {@code <name>.invalid} with one log line and never retried — a malformed one after five
 * reads one settle time apart, as qBittorrent retries, since a copy that stalls is
 * incomplete, not invalid. Folders are polled (file-system events are missed on network
 * shares and in containers), with the JDK's watch service waking the poll early where it
 * works.
 */
public interface WatchFolders {

	/**
	 * The watched folders.
	 * @return the folders, µTorrent's {@code dir_autoload} first
	 */
	List<WatchedFolder> folders();

	/**
	 * Replaces the watched folders and persists them; missing folders are created.
	 * @param folders the new list
	 * @throws IllegalArgumentException if a path is relative or appears twice (one-line
	 * reason)
	 */
	void setFolders(List<WatchedFolder> folders);

	/**
	 * Changes the list atomically: the change is given the list as it is at that moment,
	 * under the service's lock, so two dialects writing their settings at once
	 * (µTorrent's {@code dir_autoload}, qBittorrent's {@code scan_dirs}) never lose each
	 * other's folders. Then as {@link #setFolders}.
	 * @param change makes the new list from the current one; runs with the lock held
	 * @return the list now watched
	 * @throws IllegalArgumentException as {@link #setFolders}; nothing changes
	 */
	List<WatchedFolder> updateFolders(UnaryOperator<List<WatchedFolder>> change);

	/**
	 * Checks one folder as {@link #setFolders} would, without changing the list: its path
	 * (and save path) absolute, and the folder there or created now.
	 * @param folder a folder to watch
	 * @throws IllegalArgumentException with a one-line reason when it cannot be watched
	 */
	void check(WatchedFolder folder);

}
