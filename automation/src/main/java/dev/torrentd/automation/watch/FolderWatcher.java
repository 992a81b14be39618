package dev.torrentd.automation.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.InvalidMetainfoException;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch folders. Every {@link AutomationOptions#watchPollInterval()} each folder is
 * listed (not its subfolders) for {@code *.torrent} files, the suffix in any case, hidden
 * (dot) files left alone as qBittorrent's folder scan does. The JDK's watch service,
 * where it works, wakes the scan early; polling alone is enough (network shares and
 * containers miss file-system events). A file is read once its size and modification time
 * have not changed for {@link AutomationOptions#watchSettleTime()}
 * ({@link SettleTracker}), so a file copied in slowly is read whole, once; files present
 * at start are added the same way.
 * <p>
 * The bytes go to the engine with the folder's save path ({@link #addOptions}). Then:
 * <ul>
 * <li>added, or already there (the engine says duplicate): the file is deleted, or
 * renamed {@code <name>.loaded} (µTorrent's {@code dir_autoload_delete});</li>
 * <li>refused by the engine as not a torrent ({@link InvalidMetainfoException}): read
 * again after another settle time, since a copy that stalled longer than the settle time
 * is incomplete, not invalid; after {@value #READS_BEFORE_INVALID} refusals of the same
 * unchanged file (qBittorrent retries five times before renaming it
 * {@code .qbt_rejected}) renamed {@code <name>.invalid} with one WARN line naming the
 * file and the reason, and never retried; a file that changes meanwhile starts counting
 * again;</li>
 * <li>refused otherwise ({@link InvalidTorrentException}: cannot be added, e.g. its save
 * path cannot be created): renamed {@code .invalid} at once, the same way;</li>
 * <li>an I/O error, or an engine that fails otherwise (closing): logged once per file and
 * retried at the next scan.</li>
 * </ul>
 * When the target name is taken, {@code <name>.2.loaded}, {@code <name>.3.loaded}… are
 * used, so no earlier file is overwritten. A file that was added but cannot be deleted or
 * renamed (a read-only folder) is not added again while its size and time stay the same.
 */
public final class FolderWatcher implements WatchFolders, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

	static final String LOADED_SUFFIX = ".loaded";

	static final String INVALID_SUFFIX = ".invalid";

	/**
	 * How many times an unchanged file is read before it is called invalid, as
	 * qBittorrent's watcher retries a failed file ({@code MAX_FAILED_RETRIES}): a copy
	 * that stalls for longer than the settle time is incomplete, not invalid.
	 */
	static final int READS_BEFORE_INVALID = 5;

	/** How long after a file-system event the scan runs: events come in bursts. */
	private static final Duration EVENT_DELAY = Duration.ofMillis(100);

	private final TorrentEngine engine;

	private final boolean fileSystemEvents;

	private final AutomationOptions options;

	private final ScheduledExecutorService scheduler;

	private final FolderStore store;

	/** Guards the settings and the lifecycle (futures, watch service, keys). */
	private final Object lock = new Object();

	/** Held by a scan; guards the per-file state below. */
	private final Object scanLock = new Object();

	private final SettleTracker settle;

	/** Files dealt with but still there, by what they looked like then. */
	private final Map<Path, FileLook> handled = new HashMap<>();

	/** Files the engine refused as malformed, by what they looked like and how often. */
	private final Map<Path, Refusals> refusals = new HashMap<>();

	/** Files and folders whose error has been logged, until they work again. */
	private final Set<Path> reported = new HashSet<>();

	private final AtomicBoolean scanRequested = new AtomicBoolean();

	private final Map<Path, WatchKey> keys = new HashMap<>();

	private volatile List<WatchedFolder> folders;

	private @Nullable ScheduledFuture<?> periodic;

	private @Nullable ScheduledFuture<?> wake;

	private @Nullable Instant wakeAt;

	private @Nullable WatchService watchService;

	private boolean started;

	private volatile boolean closed;

	/**
	 * Loads the persisted folder list (nothing is scanned before {@link #start()}).
	 * @param engine where found torrents are added
	 * @param directory the watcher's state directory
	 * @param options poll interval and settle time
	 * @param scheduler the automation's scheduler
	 */
	public FolderWatcher(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		this(engine, directory, options, scheduler, true);
	}

	/**
	 * As the public constructor, optionally without file-system events (the tests show
	 * that polling alone is enough).
	 * @param fileSystemEvents whether the JDK's watch service wakes the scan early
	 */
	FolderWatcher(TorrentEngine engine, Path directory, AutomationOptions options, ScheduledExecutorService scheduler,
			boolean fileSystemEvents) {
		this.fileSystemEvents = fileSystemEvents;
		this.engine = engine;
		this.options = options;
		this.scheduler = scheduler;
		this.store = new FolderStore(directory);
		this.settle = new SettleTracker(options.watchSettleTime());
		this.folders = this.store.load();
	}

	/** Starts scanning: at once, then every poll interval and on file-system events. */
	public void start() {
		synchronized (this.lock) {
			if (this.started || this.closed) {
				return;
			}
			this.started = true;
			if (this.fileSystemEvents) {
				openWatchService();
			}
			for (WatchedFolder folder : this.folders) {
				register(folder.path());
			}
			long interval = Math.max(1, this.options.watchPollInterval().toMillis());
			this.periodic = this.scheduler.scheduleWithFixedDelay(this::scanSafely, 0, interval, TimeUnit.MILLISECONDS);
		}
	}

	/** Stops scanning; a file being added is finished first, nothing is done after. */
	@Override
	public void close() {
		synchronized (this.lock) {
			this.closed = true;
			if (this.periodic != null) {
				this.periodic.cancel(false);
			}
			if (this.wake != null) {
				this.wake.cancel(false);
			}
			if (this.watchService != null) {
				try {
					this.watchService.close();
				}
				catch (IOException ex) {
					log.debug("Cannot close the watch service", ex);
				}
			}
		}
		synchronized (this.scanLock) {
			// waits for a scan under way, which stops at its next file
		}
	}

	@Override
	public List<WatchedFolder> folders() {
		return this.folders;
	}

	@Override
	public void setFolders(List<WatchedFolder> folders) {
		updateFolders((current) -> folders);
	}

	@Override
	public List<WatchedFolder> updateFolders(UnaryOperator<List<WatchedFolder>> change) {
		List<WatchedFolder> valid;
		synchronized (this.lock) {
			valid = FolderValidation.validate(change.apply(this.folders));
			for (WatchedFolder folder : valid) {
				createDirectory(folder);
			}
			this.store.save(valid);
			this.folders = valid;
			if (this.started && !this.closed) {
				Set<Path> paths = new HashSet<>();
				valid.forEach((folder) -> paths.add(folder.path()));
				this.keys.entrySet().removeIf((entry) -> {
					if (!paths.contains(entry.getKey())) {
						entry.getValue().cancel();
						return true;
					}
					return false;
				});
				paths.forEach(this::register);
			}
		}
		requestScan();
		return valid;
	}

	@Override
	public void check(WatchedFolder folder) {
		createDirectory(FolderValidation.validate(List.of(folder)).get(0));
	}

	private static void createDirectory(WatchedFolder folder) {
		try {
			Files.createDirectories(folder.path());
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot create watch folder " + folder.path() + ": " + reason(ex));
		}
	}

	/**
	 * How a folder's torrents are added: into the folder itself or the given save path
	 * with automatic management off (as qBittorrent's watcher does), or with the engine's
	 * defaults.
	 * @param folder the watched folder
	 * @return the add options
	 */
	static AddOptions addOptions(WatchedFolder folder) {
		return switch (folder.destination()) {
			case WATCHED_FOLDER -> AddOptions.builder().savePath(folder.path()).autoManagedSavePath(false).build();
			case SAVE_PATH -> AddOptions.builder().savePath(folder.savePath()).autoManagedSavePath(false).build();
			case DEFAULT_SAVE_PATH -> AddOptions.defaults();
		};
	}

	/**
	 * Whether a file name is one the watcher reads.
	 * @param name a file name
	 * @return true for {@code *.torrent} in any case, not hidden
	 */
	static boolean isTorrentFileName(String name) {
		return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".torrent")
				&& name.length() > ".torrent".length();
	}

	/**
	 * The name a file is renamed to: {@code <name><suffix>}, or with {@code .2},
	 * {@code .3}… before the suffix when that is taken.
	 * @param file the file
	 * @param suffix {@code .loaded} or {@code .invalid}
	 * @param attempt 1 for the first choice
	 * @return the new path
	 */
	static Path renamed(Path file, String suffix, int attempt) {
		String name = file.getFileName().toString();
		return file.resolveSibling((attempt <= 1) ? name + suffix : name + "." + attempt + suffix);
	}

	private void openWatchService() {
		try {
			WatchService service = FileSystems.getDefault().newWatchService();
			this.watchService = service;
			Thread thread = new Thread(() -> watchEvents(service), "watch-folder-events");
			thread.setDaemon(true);
			thread.start();
		}
		catch (IOException | UnsupportedOperationException ex) {
			log.info("Watch folders are polled only: no file-system events ({})", ex.toString());
		}
	}

	private void register(Path folder) {
		WatchService service = this.watchService;
		if (service == null || this.closed) {
			return;
		}
		WatchKey key = this.keys.get(folder);
		if (key != null && key.isValid()) {
			return;
		}
		try {
			this.keys.put(folder, folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
					StandardWatchEventKinds.ENTRY_MODIFY));
		}
		catch (IOException | ClosedWatchServiceException | UnsupportedOperationException ex) {
			// polled anyway; the folder may not exist yet
			this.keys.remove(folder);
		}
	}

	private void watchEvents(WatchService service) {
		try {
			while (!this.closed) {
				WatchKey key = service.take();
				key.pollEvents();
				key.reset();
				requestScan();
			}
		}
		catch (ClosedWatchServiceException ex) {
			// closed
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void requestScan() {
		if (this.closed || !this.started || !this.scanRequested.compareAndSet(false, true)) {
			return;
		}
		try {
			this.scheduler.schedule(() -> {
				this.scanRequested.set(false);
				scanSafely();
			}, EVENT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			this.scanRequested.set(false);
		}
	}

	private void scanSafely() {
		try {
			scan();
		}
		catch (RuntimeException ex) {
			// a periodic task that throws is never run again
			log.warn("Watch folder scan failed: {}", ex.toString());
		}
	}

	/** One scan of every folder; package-private for the tests. */
	void scan() {
		synchronized (this.scanLock) {
			if (this.closed) {
				return;
			}
			Set<Path> present = new HashSet<>();
			for (WatchedFolder folder : this.folders) {
				if (this.closed) {
					return;
				}
				scanFolder(folder, present);
			}
			this.settle.retain(present);
			this.handled.keySet().retainAll(present);
			this.refusals.keySet().retainAll(present);
			this.reported.removeIf((path) -> !present.contains(path) && !isFolder(path));
			scheduleWake(this.settle.nextSettle(Instant.now()));
		}
	}

	private boolean isFolder(Path path) {
		return this.folders.stream().anyMatch((folder) -> folder.path().equals(path));
	}

	private void scanFolder(WatchedFolder folder, Set<Path> present) {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder.path(),
				(path) -> isTorrentFileName(path.getFileName().toString()))) {
			stream.forEach(files::add);
		}
		catch (IOException | DirectoryIteratorException ex) {
			if (this.reported.add(folder.path())) {
				log.warn("Cannot read watch folder {}: {}", folder.path(), reason(ex));
			}
			return;
		}
		if (this.reported.remove(folder.path())) {
			log.info("Watch folder {} can be read again", folder.path());
		}
		synchronized (this.lock) {
			register(folder.path());
		}
		for (Path file : files) {
			if (this.closed) {
				return;
			}
			FileLook look = FileLook.of(file);
			if (look == null) {
				continue;
			}
			present.add(file);
			if (look.equals(this.handled.get(file))) {
				continue;
			}
			if (this.settle.observe(file, look.sizeBytes(), look.modifiedMillis(), Instant.now())) {
				load(folder, file, look);
			}
		}
	}

	private void load(WatchedFolder folder, Path file, FileLook look) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			this.settle.forget(file);
			return;
		}
		catch (IOException ex) {
			reportOnce(file, "Cannot read " + file + " in a watch folder: " + reason(ex));
			return;
		}
		// written to while it was read: settle again
		FileLook after = FileLook.of(file);
		if (after == null || !after.equals(look) || after.sizeBytes() != bytes.length) {
			if (after != null) {
				this.settle.observe(file, after.sizeBytes(), after.modifiedMillis(), Instant.now());
			}
			return;
		}
		if (this.closed) {
			return;
		}
		AddResult result;
		try {
			result = this.engine.add(new TorrentSource.MetainfoFile(bytes), addOptions(folder));
		}
		catch (InvalidTorrentException ex) {
			this.settle.forget(file);
			if (ex instanceof InvalidMetainfoException && !refusedEnough(file, look)) {
				// read again after another settle time: a stalled copy may still complete
				return;
			}
			this.refusals.remove(file);
			refuse(file, look, ex);
			return;
		}
		catch (RuntimeException ex) {
			reportOnce(file, "Cannot add " + file + " from a watch folder (retried): " + ex);
			return;
		}
		this.settle.forget(file);
		this.refusals.remove(file);
		this.reported.remove(file);
		String name = this.engine.find(result.id()).map(Torrent::name).orElse(result.id().hex());
		if (result.duplicate()) {
			log.info("Torrent file {} in a watch folder is already added as \"{}\"", file, name);
		}
		else {
			log.info("Added torrent \"{}\" from watch folder file {}", name, file);
		}
		dispose(folder, file, look);
	}

	/**
	 * Counts a malformed read of a file; a file that changed since the last one starts
	 * again.
	 * @return whether it has now been refused {@link #READS_BEFORE_INVALID} times
	 * unchanged
	 */
	private boolean refusedEnough(Path file, FileLook look) {
		Refusals before = this.refusals.get(file);
		int count = (before != null && before.look().equals(look)) ? before.count() + 1 : 1;
		this.refusals.put(file, new Refusals(look, count));
		return count >= READS_BEFORE_INVALID;
	}

	private void refuse(Path file, FileLook look, InvalidTorrentException refusal) {
		String what = (refusal instanceof InvalidMetainfoException) ? "is not a valid torrent" : "cannot be added";
		try {
			Path target = rename(file, INVALID_SUFFIX);
			log.warn("Watch folder file {} {} ({}); renamed to {}", file, what, refusal.getMessage(),
					target.getFileName());
		}
		catch (IOException ex) {
			this.handled.put(file, look);
			log.warn("Watch folder file {} {} ({}); it cannot be renamed ({}) and is ignored until it changes", file,
					what, refusal.getMessage(), reason(ex));
		}
	}

	private void dispose(WatchedFolder folder, Path file, FileLook look) {
		try {
			if (folder.deleteLoaded()) {
				Files.deleteIfExists(file);
			}
			else {
				rename(file, LOADED_SUFFIX);
			}
		}
		catch (IOException ex) {
			this.handled.put(file, look);
			log.warn("Cannot {} watch folder file {} after adding it ({}); it is not added again while unchanged",
					folder.deleteLoaded() ? "delete" : "rename", file, reason(ex));
		}
	}

	private static Path rename(Path file, String suffix) throws IOException {
		for (int attempt = 1;; attempt++) {
			Path target = renamed(file, suffix, attempt);
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			try {
				return Files.move(file, target);
			}
			catch (FileAlreadyExistsException ex) {
				// taken meanwhile: try the next name
			}
		}
	}

	private void reportOnce(Path path, String message) {
		if (this.reported.add(path)) {
			log.warn(message);
		}
	}

	private void scheduleWake(Optional<Instant> next) {
		if (next.isEmpty()) {
			return;
		}
		synchronized (this.lock) {
			if (this.closed) {
				return;
			}
			Instant at = next.get();
			if (this.wake != null && !this.wake.isDone() && this.wakeAt != null && !this.wakeAt.isAfter(at)) {
				return;
			}
			if (this.wake != null) {
				this.wake.cancel(false);
			}
			// a little after the settle time, so that the file has settled by then
			long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis()) + 20;
			try {
				this.wake = this.scheduler.schedule(this::scanSafely, delay, TimeUnit.MILLISECONDS);
				this.wakeAt = at;
			}
			catch (RejectedExecutionException ex) {
				// shutting down
			}
		}
	}

	private static String reason(Exception ex) {
		if (ex instanceof NoSuchFileException) {
			return "no such file or folder";
		}
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		String message = ex.getMessage();
		return (message != null) ? message : ex.getClass().getSimpleName();
	}

	/**
	 * What a file looked like.
	 *
	 * @param sizeBytes its size
	 * @param modifiedMillis its modification time
	 */
	private record Refusals(FileLook look, int count) {
	}

	private record FileLook(long sizeBytes, long modifiedMillis) {

		/** A regular file's look, or null when it is gone or not a regular file. */
		static @Nullable FileLook of(Path file) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				if (!attributes.isRegularFile()) {
					return null;
				}
				return new FileLook(attributes.size(), attributes.lastModifiedTime().toMillis());
			}
			catch (IOException ex) {
				return null;
			}
		}

	}

}
