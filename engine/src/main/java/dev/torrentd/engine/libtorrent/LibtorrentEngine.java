package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.Category;
import dev.torrentd.engine.EngineCounters;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.EngineVersions;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PieceState;
import dev.torrentd.engine.QueueMove;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.SignalChaining;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentNotFoundException;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.Tracker;
import dev.torrentd.engine.TransferStats;
import org.libtorrent4j.LibTorrent;
import org.libtorrent4j.SessionManager;
import org.libtorrent4j.SessionParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TorrentEngine} on a libtorrent session (libtorrent4j 2.0.6).
 * <p>
 * Threads: libtorrent4j's alert thread only copies alerts into tasks
 * ({@link AlertBridge}); one engine thread runs every task and command against
 * {@link EngineState} and publishes immutable snapshots; a writer thread writes the state
 * directory; a details thread reads per-torrent details for the torrents clients look at
 * ({@link DetailRefresher}). Request threads read the published snapshots and never call
 * libtorrent.
 */
public final class LibtorrentEngine implements TorrentEngine, AlertBridge.Target {

	private static final Logger log = LoggerFactory.getLogger(LibtorrentEngine.class);

	private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration SHUTDOWN_RESUME_WAIT = Duration.ofSeconds(30);

	/** Everything readers see, replaced as a whole on each publish. */
	private record Published(Map<TorrentId, Torrent> byId, List<Torrent> list, Map<TorrentId, DetailSource> sources,
			Map<String, Category> categories, Set<String> tags, EngineSettings settings) {
	}

	private final EngineConfig config;

	private final StateStore store;

	private final SessionManager session;

	private final ScheduledExecutorService engineThread;

	private final ExecutorService writer;

	private final SessionCounters counters = new SessionCounters();

	private final AlertBridge alerts;

	private final DetailRefresher details;

	private final RemoteTorrentFetcher fetcher;

	private final EngineVersions versions;

	private final EngineState state;

	private final TorrentAdder adder;

	private final StateEvents events;

	private final TorrentCommands commands;

	private volatile Published published;

	private volatile TransferStats transferStats;

	private volatile Instant lastSessionStats;

	private volatile boolean closed;

	private boolean publishQueued;

	private int listenPort;

	private long freeSpace = -1;

	private long allTimeDownloadBase;

	private long allTimeUploadBase;

	private LibtorrentEngine(EngineConfig config) {
		this.config = config;
		this.store = new StateStore(config.stateDir());
		EngineSettings settings = EngineSettingsFile.read(config.settings(), this.store.loadProperties("settings"));
		Map<String, String> statistics = this.store.loadProperties("statistics");
		this.allTimeDownloadBase = number(statistics.get("all-time-download"));
		this.allTimeUploadBase = number(statistics.get("all-time-upload"));
		this.engineThread = Executors.newSingleThreadScheduledExecutor((r) -> daemon(r, "torrentd-engine"));
		this.writer = Executors.newSingleThreadExecutor((r) -> daemon(r, "torrentd-state-writer"));
		this.fetcher = new RemoteTorrentFetcher(config.remoteTimeout(), config.remoteMaxBytes());
		this.versions = new EngineVersions(EngineVersion.VERSION, LibTorrent.version(), LibTorrent.boostVersion(),
				LibTorrent.opensslVersion());
		this.session = new SessionManager(false);
		this.state = new EngineState(this.session, this.store, new Writer(), config.clock(), config.settings(),
				settings, this::publish);
		this.adder = new TorrentAdder(this.state);
		this.events = new StateEvents(this.state);
		this.commands = new TorrentCommands(this.state);
		this.published = new Published(Map.of(), List.of(), Map.of(), Map.of(), Set.of(), settings);
		this.transferStats = this.counters.stats(settings, this.allTimeDownloadBase, this.allTimeUploadBase, 0, -1);
		this.lastSessionStats = config.clock().instant();
		this.alerts = new AlertBridge(this::runOnEngineThread, this, this.counters);
		this.details = new DetailRefresher((id) -> Optional.ofNullable(this.published.sources().get(id)),
				config.clock());
	}

	/**
	 * Starts a session, restores every torrent of the state directory, and returns once
	 * they are back in the session.
	 * @param config where the state is and which settings to use
	 * @return the running engine
	 * @throws IllegalStateException if HotSpot signal chaining is not active (see
	 * {@link SignalChaining}) or the native library cannot be loaded
	 */
	public static LibtorrentEngine start(EngineConfig config) {
		SignalChaining.requireActive();
		NativeLibrary.ensureExtracted();
		LibtorrentEngine engine = new LibtorrentEngine(config);
		try {
			engine.startSession();
		}
		catch (RuntimeException ex) {
			engine.close();
			throw ex;
		}
		return engine;
	}

	private void startSession() {
		EngineSettings settings = this.state.settings();
		this.session.addListener(this.alerts);
		this.session.start(new SessionParams(SessionSettings.pack(settings)));
		// SessionManager.start() overwrites the alert mask with "everything"; narrow it
		// afterwards
		this.session.applySettings(SessionSettings.alertMask());
		SessionSettings.applyPeerClassFilter(this.session.swig(), settings.rateLimitLocalPeers());
		SessionSettings.applyIpFilter(this.session.swig(), settings.bannedAddresses());
		// no command timeout: restoring thousands of torrents may take a while
		call(() -> {
			this.state.labels.loadCategoriesAndTags();
			this.adder.restore(this.store.loadTorrents());
			return null;
		}, null);
		every(Duration.ofSeconds(1), "share limits",
				() -> this.events.enforceShareLimits(this.published.byId()).forEach(this.details::forget));
		every(this.config.resumeDataInterval(), "resume data", this.events::saveChangedResumeData);
		every(Duration.ofSeconds(60), "statistics", this::saveStatistics);
		// read once at start, so that the first transfer stats have it
		this.engineThread.execute(() -> guarded("free space", this::refreshFreeSpace));
		every(Duration.ofSeconds(30), "free space", this::refreshFreeSpace);
		log.info("libtorrent {} session started; state in {}, downloads in {}", this.versions.libtorrent(),
				this.store.root(), settings.defaultSavePath());
	}

	// ---- reads ----

	@Override
	public List<Torrent> torrents() {
		return this.published.list();
	}

	@Override
	public Optional<Torrent> find(TorrentId id) {
		return Optional.ofNullable(this.published.byId().get(id));
	}

	@Override
	public List<TorrentFile> files(TorrentId id) {
		return detailsOf(id).files();
	}

	@Override
	public List<Tracker> trackers(TorrentId id) {
		return detailsOf(id).trackers();
	}

	@Override
	public List<Peer> peers(TorrentId id) {
		return detailsOf(id).peers();
	}

	@Override
	public List<PieceState> pieceStates(TorrentId id) {
		return detailsOf(id).pieces();
	}

	private DetailRefresher.Details detailsOf(TorrentId id) {
		if (!this.published.byId().containsKey(id)) {
			throw new TorrentNotFoundException(id);
		}
		return this.details.get(id);
	}

	@Override
	public Optional<byte[]> metainfo(TorrentId id) {
		get(id);
		return this.store.metainfo(id);
	}

	@Override
	public Map<String, Category> categories() {
		return this.published.categories();
	}

	@Override
	public Set<String> tags() {
		return this.published.tags();
	}

	@Override
	public TransferStats transferStats() {
		return this.transferStats;
	}

	@Override
	public EngineSettings settings() {
		return this.published.settings();
	}

	@Override
	public EngineCounters counters() {
		return new EngineCounters(this.alerts.alertsDropped(), this.store.resumeDataWrites(),
				this.store.resumeDataWriteNanos());
	}

	@Override
	public EngineVersions versions() {
		return this.versions;
	}

	/**
	 * Whether libtorrent's alert loop is alive: session stats arrive once a second.
	 * @return true if the last session stats are less than 10 s old
	 */
	public boolean isHealthy() {
		return !this.closed && Duration.between(this.lastSessionStats, this.config.clock().instant())
			.compareTo(Duration.ofSeconds(10)) < 0;
	}

	// ---- commands ----

	@Override
	public AddResult add(TorrentSource source, AddOptions options) {
		requireOpen();
		TorrentSource resolved = (source instanceof TorrentSource.Remote remote) ? this.fetcher.fetch(remote.uri())
				: source;
		return call(() -> this.adder.add(resolved, options));
	}

	@Override
	public void stop(Collection<TorrentId> ids) {
		onEach(ids, this.state::stop);
	}

	@Override
	public void start(Collection<TorrentId> ids) {
		onEach(ids, (torrents) -> this.state.start(torrents, false));
	}

	@Override
	public void setForceStart(Collection<TorrentId> ids, boolean force) {
		onEach(ids, (torrents) -> this.state.start(torrents, force));
	}

	@Override
	public void remove(Collection<TorrentId> ids, boolean deleteData) {
		onEach(ids, (torrents) -> {
			this.state.remove(torrents, deleteData);
			torrents.forEach((e) -> this.details.forget(e.id));
		});
	}

	@Override
	public void recheck(Collection<TorrentId> ids) {
		onEach(ids, this.commands::recheck);
	}

	@Override
	public void reannounce(Collection<TorrentId> ids) {
		onEach(ids, this.commands::reannounce);
	}

	@Override
	public void addPeers(Collection<TorrentId> ids, Collection<InetSocketAddress> peers) {
		List<InetSocketAddress> copy = List.copyOf(peers);
		onEach(ids, (torrents) -> this.commands.addPeers(torrents, copy));
	}

	@Override
	public void setSavePath(Collection<TorrentId> ids, Path savePath) {
		onEach(ids, (torrents) -> this.commands.setSavePath(torrents, savePath));
	}

	@Override
	public void setAutoManagedSavePath(Collection<TorrentId> ids, boolean enabled) {
		onEach(ids, (torrents) -> this.commands.setAutoManagedSavePath(torrents, enabled));
	}

	@Override
	public void rename(TorrentId id, String name) {
		onOne(id, (e) -> this.commands.rename(e, name));
	}

	@Override
	public void renameFile(TorrentId id, String oldPath, String newPath) {
		onOne(id, (e) -> this.commands.renameFile(e, oldPath, newPath));
	}

	@Override
	public void renameFolder(TorrentId id, String oldPath, String newPath) {
		onOne(id, (e) -> this.commands.renameFolder(e, oldPath, newPath));
	}

	@Override
	public void setFilePriorities(TorrentId id, Map<Integer, FilePriority> priorities) {
		Map<Integer, FilePriority> copy = new LinkedHashMap<>(priorities);
		onOne(id, (e) -> this.commands.setFilePriorities(e, copy));
	}

	@Override
	public void setSequentialDownload(Collection<TorrentId> ids, boolean enabled) {
		onEach(ids, (torrents) -> this.commands.setSequentialDownload(torrents, enabled));
	}

	@Override
	public void setFirstLastPiecePriority(Collection<TorrentId> ids, boolean enabled) {
		onEach(ids, (torrents) -> this.commands.setFirstLastPiecePriority(torrents, enabled));
	}

	@Override
	public void setSuperSeeding(Collection<TorrentId> ids, boolean enabled) {
		onEach(ids, (torrents) -> this.state.setSuperSeeding(torrents, enabled));
	}

	@Override
	public void setDownloadLimit(Collection<TorrentId> ids, long bytesPerSecond) {
		requireRate(bytesPerSecond);
		onEach(ids, (torrents) -> this.commands.setLimits(torrents, bytesPerSecond, null));
	}

	@Override
	public void setUploadLimit(Collection<TorrentId> ids, long bytesPerSecond) {
		requireRate(bytesPerSecond);
		onEach(ids, (torrents) -> this.commands.setLimits(torrents, null, bytesPerSecond));
	}

	@Override
	public void setShareLimits(Collection<TorrentId> ids, ShareLimits limits) {
		onEach(ids, (torrents) -> this.commands.setShareLimits(torrents, limits));
	}

	@Override
	public void moveInQueue(Collection<TorrentId> ids, QueueMove move) {
		onEach(ids, (torrents) -> this.commands.moveInQueue(torrents, move));
	}

	@Override
	public void setCategory(Collection<TorrentId> ids, String category) {
		onEach(ids, (torrents) -> this.commands.setCategory(torrents, category));
	}

	@Override
	public void saveCategory(Category category) {
		command(() -> this.commands.saveCategory(category));
	}

	@Override
	public void removeCategories(Collection<String> names) {
		List<String> copy = List.copyOf(names);
		command(() -> this.commands.removeCategories(copy));
	}

	@Override
	public void addTags(Collection<TorrentId> ids, Set<String> tags) {
		Set<String> copy = Set.copyOf(tags);
		onEach(ids, (torrents) -> this.commands.addTags(torrents, copy));
	}

	@Override
	public void removeTags(Collection<TorrentId> ids, Set<String> tags) {
		Set<String> copy = Set.copyOf(tags);
		onEach(ids, (torrents) -> this.commands.removeTags(torrents, copy));
	}

	@Override
	public void createTags(Set<String> tags) {
		Set<String> copy = Set.copyOf(tags);
		command(() -> this.commands.createTags(copy));
	}

	@Override
	public void deleteTags(Set<String> tags) {
		Set<String> copy = Set.copyOf(tags);
		command(() -> this.commands.deleteTags(copy));
	}

	@Override
	public void addTrackers(TorrentId id, List<String> urls) {
		List<String> copy = List.copyOf(urls);
		onOne(id, (e) -> this.commands.addTrackers(e, copy));
	}

	@Override
	public void editTracker(TorrentId id, String oldUrl, String newUrl) {
		onOne(id, (e) -> this.commands.editTracker(e, oldUrl, newUrl));
	}

	@Override
	public void removeTrackers(TorrentId id, Collection<String> urls) {
		List<String> copy = List.copyOf(urls);
		onOne(id, (e) -> this.commands.removeTrackers(e, copy));
	}

	@Override
	public void addWebSeeds(TorrentId id, List<String> urls) {
		List<String> copy = List.copyOf(urls);
		onOne(id, (e) -> this.commands.addWebSeeds(e, copy));
	}

	@Override
	public void removeWebSeeds(TorrentId id, Collection<String> urls) {
		List<String> copy = List.copyOf(urls);
		onOne(id, (e) -> this.commands.removeWebSeeds(e, copy));
	}

	@Override
	public void applySettings(EngineSettings settings) {
		command(() -> this.commands.applySettings(settings));
	}

	// ---- shutdown ----

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		long started = System.nanoTime();
		try {
			call(() -> {
				this.session.pause();
				this.events.saveAllResumeData();
				return null;
			});
			awaitResumeData();
			call(() -> {
				saveStatistics();
				return null;
			});
			this.writer.shutdown();
			if (!this.writer.awaitTermination(SHUTDOWN_RESUME_WAIT.toSeconds(), TimeUnit.SECONDS)) {
				log.warn("shutdown: the state directory writer did not finish in time");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("shutdown: saving state failed", ex);
		}
		finally {
			// nothing may call into the session while libtorrent destroys it
			this.details.close();
			this.engineThread.shutdownNow();
			awaitTermination(this.engineThread);
			this.session.stop();
			this.store.close();
			log.info("libtorrent session stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
	}

	// ---- AlertBridge.Target (engine thread) ----

	@Override
	public StateEvents events() {
		return this.events;
	}

	@Override
	public void onSessionStats(SessionCounters.Sample sample) {
		Instant now = this.config.clock().instant();
		this.counters.update(sample, now);
		this.lastSessionStats = now;
		refreshTransferStats();
	}

	@Override
	public void onListening(int port) {
		this.listenPort = port;
		refreshTransferStats();
	}

	@Override
	public void postTorrentUpdates() {
		this.session.postTorrentUpdates();
	}

	private void refreshTransferStats() {
		this.transferStats = this.counters.stats(this.state.settings(), this.allTimeDownloadBase,
				this.allTimeUploadBase, this.listenPort, this.freeSpace);
	}

	private void refreshFreeSpace() {
		try {
			Path dir = this.state.settings().defaultSavePath();
			Files.createDirectories(dir);
			this.freeSpace = Files.getFileStore(dir).getUsableSpace();
		}
		catch (IOException ex) {
			this.freeSpace = -1;
		}
		refreshTransferStats();
	}

	/** Waits until every torrent's final resume data is written, at most 30 s. */
	private void awaitResumeData() throws InterruptedException {
		long deadline = System.nanoTime() + SHUTDOWN_RESUME_WAIT.toNanos();
		int pending = call(this.state::pendingResumeData);
		while (pending > 0 && System.nanoTime() < deadline) {
			Thread.sleep(20);
			pending = call(this.state::pendingResumeData);
		}
		if (pending > 0) {
			log.warn("shutdown: {} torrents did not return resume data in time", pending);
		}
	}

	private static void awaitTermination(ExecutorService executor) {
		try {
			if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
				log.warn("an engine thread did not stop in time");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The state directory's writer thread; after shutdown, late alerts' writes are
	 * dropped (all was saved).
	 */
	private final class Writer implements StateWriter {

		@Override
		public void execute(Runnable write) {
			try {
				LibtorrentEngine.this.writer.execute(() -> guarded("state write", write));
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				log.debug("state write after shutdown dropped");
			}
		}

		@Override
		public void executeAndWait(Runnable write) {
			try {
				LibtorrentEngine.this.writer.submit(write).get();
			}
			catch (ExecutionException ex) {
				throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while writing the state directory", ex);
			}
		}

	}

	private static long number(@org.jspecify.annotations.Nullable String text) {
		try {
			return (text != null) ? Long.parseLong(text) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private void saveStatistics() {
		TransferStats stats = this.transferStats;
		Map<String, String> values = Map.of("all-time-download", Long.toString(stats.downloadedAllTimeBytes()),
				"all-time-upload", Long.toString(stats.uploadedAllTimeBytes()));
		this.state.writer.execute(() -> this.store.saveProperties("statistics", values));
	}

	/**
	 * libtorrent's own piece priorities of a torrent (0–7), read on the engine thread:
	 * for tests and diagnostics only, never for a request path.
	 * @param id the torrent
	 * @return one priority per piece
	 */
	int[] piecePrioritiesInLibtorrent(TorrentId id) {
		return call(() -> {
			org.libtorrent4j.Priority[] priorities = this.state.resolve(id).handle().piecePriorities();
			int[] values = new int[priorities.length];
			for (int i = 0; i < values.length; i++) {
				values[i] = priorities[i].swig();
			}
			return values;
		});
	}

	// ---- publishing ----

	private void publish(EngineState source, Set<TorrentId> dirty) {
		Published old = this.published;
		Map<TorrentId, Torrent> byId = new LinkedHashMap<>();
		Map<TorrentId, DetailSource> sources = new LinkedHashMap<>();
		List<Torrent> list = new ArrayList<>();
		for (TorrentEntry e : source.entries()) {
			boolean changed = dirty.contains(e.id) || !old.byId().containsKey(e.id);
			Torrent t = changed ? source.snapshot(e) : old.byId().get(e.id);
			byId.put(e.id, t);
			list.add(t);
			if (e.handle != null) {
				sources.put(e.id,
						changed ? new DetailSource(e.handle, e.info, e.filePriorities, source.trackerPeers(e.id))
								: old.sources().get(e.id));
			}
		}
		this.published = new Published(java.util.Collections.unmodifiableMap(byId), List.copyOf(list),
				java.util.Collections.unmodifiableMap(sources), source.categories(),
				java.util.Collections.unmodifiableSet(source.tags()), source.settings());
	}

	// ---- engine-thread plumbing ----

	/**
	 * Runs an event on the engine thread, then publishes (coalesced with other pending
	 * events).
	 */
	private void runOnEngineThread(Runnable task) {
		try {
			this.engineThread.execute(() -> {
				guarded("alert", task);
				schedulePublish();
			});
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			// shutting down: later alerts no longer matter
		}
	}

	private void schedulePublish() {
		if (!this.publishQueued && this.state.hasDirty()) {
			this.publishQueued = true;
			this.engineThread.execute(() -> {
				this.publishQueued = false;
				this.state.publishNow();
			});
		}
	}

	private void onEach(Collection<TorrentId> ids, java.util.function.Consumer<List<TorrentEntry>> action) {
		List<TorrentId> copy = List.copyOf(ids);
		command(() -> action.accept(this.state.resolve(copy)));
	}

	/**
	 * A command on one torrent's files, trackers or web seeds: its cached details are
	 * dropped, so that a read right after it (a client's files list after a priority
	 * change) shows the change.
	 */
	private void onOne(TorrentId id, java.util.function.Consumer<TorrentEntry> action) {
		try {
			command(() -> action.accept(this.state.resolve(id)));
		}
		finally {
			this.details.invalidate(id);
		}
	}

	private void command(Runnable action) {
		requireOpen();
		call(() -> {
			action.run();
			return null;
		});
	}

	/**
	 * Runs a command on the engine thread, publishes its effect, and returns its result.
	 */
	private <T> T call(Callable<T> task) {
		return call(task, COMMAND_TIMEOUT);
	}

	private <T> T call(Callable<T> task, @org.jspecify.annotations.Nullable Duration timeout) {
		Future<T> future = this.engineThread.submit(() -> {
			try {
				return task.call();
			}
			finally {
				this.state.publishNow();
			}
		});
		try {
			return (timeout != null) ? future.get(timeout.toMillis(), TimeUnit.MILLISECONDS) : future.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			future.cancel(false);
			throw new IllegalStateException("the engine did not answer within " + COMMAND_TIMEOUT.toSeconds() + " s");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/** Runs a periodic task on the engine thread and publishes what it changed. */
	private void every(Duration period, String what, Runnable task) {
		this.engineThread.scheduleWithFixedDelay(() -> {
			guarded(what, task);
			schedulePublish();
		}, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void requireOpen() {
		if (this.closed) {
			throw new IllegalStateException("the engine is shut down");
		}
	}

	private static void requireRate(long bytesPerSecond) {
		if (bytesPerSecond < 0) {
			throw new IllegalArgumentException("a rate limit is bytes/s >= 0 (0 = none): " + bytesPerSecond);
		}
	}

	private static void guarded(String what, Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			log.error("engine task '{}' failed", what, ex);
		}
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}

}
