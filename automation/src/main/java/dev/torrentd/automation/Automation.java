package dev.torrentd.automation;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.torrentd.automation.programs.ProgramRunner;
import dev.torrentd.automation.support.DaemonThreads;
import dev.torrentd.automation.rss.RssManager;
import dev.torrentd.automation.watch.FolderWatcher;
import dev.torrentd.engine.TorrentEngine;

/**
 * The three automation services over one engine, their state under one directory
 * ({@code rss/}, {@code watch/}, {@code programs/}) and one small scheduler.
 */
public final class Automation implements AutoCloseable {

	private final ScheduledExecutorService scheduler;

	private final RssManager rss;

	private final FolderWatcher watchFolders;

	private final ProgramRunner eventPrograms;

	private Automation(ScheduledExecutorService scheduler, RssManager rss, FolderWatcher watchFolders,
			ProgramRunner eventPrograms) {
		this.scheduler = scheduler;
		this.rss = rss;
		this.watchFolders = watchFolders;
		this.eventPrograms = eventPrograms;
	}

	/**
	 * Loads the persisted feeds, rules, folders and programs and starts the services.
	 * @param engine the engine torrents are added to and events read from
	 * @param directory the automation's state directory (created if missing)
	 * @param options timings and limits
	 * @return the running services
	 * @throws java.io.UncheckedIOException if the directory cannot be created or read
	 */
	public static Automation start(TorrentEngine engine, Path directory, AutomationOptions options) {
		ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, DaemonThreads.named("automation-"));
		RssManager rss = new RssManager(engine, directory.resolve("rss"), options, scheduler);
		FolderWatcher watchFolders = new FolderWatcher(engine, directory.resolve("watch"), options, scheduler);
		ProgramRunner eventPrograms = new ProgramRunner(engine, directory.resolve("programs"), options, scheduler);
		rss.start();
		watchFolders.start();
		eventPrograms.start();
		return new Automation(scheduler, rss, watchFolders, eventPrograms);
	}

	/**
	 * RSS feeds and rules.
	 * @return the service
	 */
	public RssService rss() {
		return this.rss;
	}

	/**
	 * Watch folders.
	 * @return the service
	 */
	public WatchFolders watchFolders() {
		return this.watchFolders;
	}

	/**
	 * Programs run on torrent events.
	 * @return the service
	 */
	public EventPrograms eventPrograms() {
		return this.eventPrograms;
	}

	/** Stops the services; programs already running are left to finish. */
	@Override
	public void close() {
		this.rss.close();
		this.watchFolders.close();
		this.eventPrograms.close();
		this.scheduler.shutdownNow();
		try {
			this.scheduler.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
