package dev.torrentd.automation;

import java.util.List;

/**
 * The watch folders both dialects configure: qBittorrent's {@code scan_dirs} is the whole
 * list, µTorrent's {@code dir_autoload} its first entry. A new .torrent file in a watched
 * folder is added once, after its size has stopped changing (a file copied in slowly is
 * read whole); files present at start are added too; a file the engine refuses is renamed
 * {@code <name>.invalid} with one log line and never retried. Folders are polled
 * (file-system events are missed on network shares and in containers), with the JDK's
 * watch service waking the poll early where it works.
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

}
