package dev.torrentd.automation.watch;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.engine.TorrentEngine;

/**
 * The watch folders. TODO contract stub: implemented by the watch-folder helper.
 */
public final class FolderWatcher implements WatchFolders, AutoCloseable {

	/**
	 * Loads the persisted folder list (nothing is scanned before {@link #start()}).
	 * @param engine where found torrents are added
	 * @param directory the watcher's state directory
	 * @param options poll interval and settle time
	 * @param scheduler the automation's scheduler
	 */
	public FolderWatcher(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		throw new UnsupportedOperationException("TODO");
	}

	/** Starts scanning. */
	public void start() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void close() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public List<WatchedFolder> folders() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void setFolders(List<WatchedFolder> folders) {
		throw new UnsupportedOperationException("TODO");
	}

}
