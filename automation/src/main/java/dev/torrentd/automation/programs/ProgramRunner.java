package dev.torrentd.automation.programs;

import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.engine.TorrentEngine;

/**
 * Programs run on torrent events: the settings persisted in {@code programs.json}. Event
 * detection is being implemented.
 */
public final class ProgramRunner implements EventPrograms, AutoCloseable {

	private final TorrentEngine engine;

	private final AutomationOptions options;

	private final ScheduledExecutorService scheduler;

	private final ProgramStore store;

	private final Object lock = new Object();

	private volatile EventProgramSettings settings;

	/**
	 * Loads the persisted programs (no event fires before {@link #start()}).
	 * @param engine whose snapshots are compared
	 * @param directory the programs' state directory
	 * @param options poll interval and program timeout
	 * @param scheduler the automation's scheduler
	 */
	public ProgramRunner(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		this.engine = engine;
		this.options = options;
		this.scheduler = scheduler;
		this.store = new ProgramStore(directory);
		this.settings = this.store.load();
	}

	/** Takes the first snapshot as the baseline and starts comparing. */
	public void start() {
	}

	@Override
	public void close() {
	}

	@Override
	public EventProgramSettings settings() {
		return this.settings;
	}

	@Override
	public void apply(EventProgramSettings settings) {
		synchronized (this.lock) {
			this.store.save(settings);
			this.settings = settings;
		}
	}

}
