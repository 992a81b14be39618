package dev.torrentd.automation.programs;

import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.engine.TorrentEngine;

/**
 * Programs run on torrent events. TODO contract stub: implemented by the programs helper.
 */
public final class ProgramRunner implements EventPrograms, AutoCloseable {

	/**
	 * Loads the persisted programs (no event fires before {@link #start()}).
	 * @param engine whose snapshots are compared
	 * @param directory the programs' state directory
	 * @param options poll interval and program timeout
	 * @param scheduler the automation's scheduler
	 */
	public ProgramRunner(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		throw new UnsupportedOperationException("TODO");
	}

	/** Takes the first snapshot as the baseline and starts comparing. */
	public void start() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void close() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public EventProgramSettings settings() {
		throw new UnsupportedOperationException("TODO");
	}

	@Override
	public void apply(EventProgramSettings settings) {
		throw new UnsupportedOperationException("TODO");
	}

}
