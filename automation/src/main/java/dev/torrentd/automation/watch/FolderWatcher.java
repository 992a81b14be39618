package dev.torrentd.automation.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.engine.TorrentEngine;

/**
 * The watch folders: the list persisted in {@code folders.json}. Scanning is being
 * implemented.
 */
public final class FolderWatcher implements WatchFolders, AutoCloseable {

	private final TorrentEngine engine;

	private final AutomationOptions options;

	private final ScheduledExecutorService scheduler;

	private final FolderStore store;

	private final Object lock = new Object();

	private volatile List<WatchedFolder> folders;

	/**
	 * Loads the persisted folder list (nothing is scanned before {@link #start()}).
	 * @param engine where found torrents are added
	 * @param directory the watcher's state directory
	 * @param options poll interval and settle time
	 * @param scheduler the automation's scheduler
	 */
	public FolderWatcher(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		this.engine = engine;
		this.options = options;
		this.scheduler = scheduler;
		this.store = new FolderStore(directory);
		this.folders = this.store.load();
	}

	/** Starts scanning. */
	public void start() {
	}

	@Override
	public void close() {
	}

	@Override
	public List<WatchedFolder> folders() {
		return this.folders;
	}

	@Override
	public void setFolders(List<WatchedFolder> folders) {
		List<WatchedFolder> valid = FolderValidation.validate(folders);
		for (WatchedFolder folder : valid) {
			try {
				Files.createDirectories(folder.path());
			}
			catch (IOException ex) {
				throw new IllegalArgumentException("cannot create watch folder " + folder.path() + ": " + ex);
			}
		}
		synchronized (this.lock) {
			this.store.save(valid);
			this.folders = valid;
		}
	}

}
