package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.torrentd.engine.Category;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentNotFoundException;
import org.jspecify.annotations.Nullable;
import org.libtorrent4j.MoveFlags;
import org.libtorrent4j.Priority;
import org.libtorrent4j.SessionHandle;
import org.libtorrent4j.SessionManager;
import org.libtorrent4j.TorrentFlags;
import org.libtorrent4j.TorrentHandle;
import org.libtorrent4j.swig.resume_data_flags_t;
import org.libtorrent4j.swig.torrent_flags_t;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's state and every change to it. Confined to the engine thread: commands from
 * API threads and events from the alert thread are both run here, one at a time, so none
 * of this needs locks. After each change the affected torrents are marked dirty and a new
 * immutable snapshot is published for readers.
 */
final class EngineState {

	private static final Logger log = LoggerFactory.getLogger(EngineState.class);

	/** qBittorrent's "unlimited" for per-torrent connection and upload-slot limits. */
	private static final int UNLIMITED = 0xffffff;

	final SessionManager session;

	final StateStore store;

	final StateWriter writer;

	final InstantSource clock;

	private final Publisher publisher;

	final Map<TorrentId, TorrentEntry> entries = new LinkedHashMap<>();

	final Labels labels;

	final Map<TorrentId, Map<String, Integer>> trackerPeers = new HashMap<>();

	private final Set<TorrentId> dirty = new HashSet<>();

	final Set<TorrentId> changedSinceSave = new HashSet<>();

	/** Resume-data requests whose alert has not come back yet, by torrent. */
	private final Map<TorrentId, Integer> pendingSaves = new HashMap<>();

	EngineSettings settings;

	/** The settings from the configuration; only what differs from them is persisted. */
	final EngineSettings configured;

	/** Receives a new snapshot of the state after changes. */
	interface Publisher {

		void publish(EngineState state, Set<TorrentId> dirty);

	}

	EngineState(SessionManager session, StateStore store, StateWriter writer, InstantSource clock,
			EngineSettings configured, EngineSettings settings, Publisher publisher) {
		this.session = session;
		this.store = store;
		this.writer = writer;
		this.clock = clock;
		this.settings = settings;
		this.configured = configured;
		this.publisher = publisher;
		this.labels = new Labels(store, writer);
	}

	Collection<TorrentEntry> entries() {
		return this.entries.values();
	}

	EngineSettings settings() {
		return this.settings;
	}

	Map<String, Category> categories() {
		return Map.copyOf(this.labels.categories);
	}

	Set<String> tags() {
		Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		all.addAll(this.labels.tags);
		return all;
	}

	Map<String, Integer> trackerPeers(TorrentId id) {
		return Map.copyOf(this.trackerPeers.getOrDefault(id, Map.of()));
	}

	Torrent snapshot(TorrentEntry e) {
		return TorrentSnapshots.snapshot(e, this.settings, this.clock.instant());
	}

	void publishNow() {
		Set<TorrentId> ids = new HashSet<>(this.dirty);
		this.dirty.clear();
		this.publisher.publish(this, ids);
	}

	boolean hasDirty() {
		return !this.dirty.isEmpty();
	}

	void markDirty(TorrentId id) {
		this.dirty.add(id);
	}

	void stop(List<TorrentEntry> torrents) {
		for (TorrentEntry e : torrents) {
			e.stopped = true;
			e.forceStart = false;
			TorrentHandle h = e.handle();
			h.unsetFlags(TorrentFlags.AUTO_MANAGED);
			h.pause();
			saveResumeData(e);
			persist(e);
			markDirty(e.id);
		}
		this.session.postTorrentUpdates();
	}

	void start(List<TorrentEntry> torrents, boolean force) {
		for (TorrentEntry e : torrents) {
			TorrentHandle h = e.handle();
			if (e.status != null && (!e.status.error().isEmpty() || e.status.uploadMode())) {
				h.swig().clear_error();
				h.unsetFlags(TorrentFlags.UPLOAD_MODE);
			}
			e.stopped = false;
			e.forceStart = force;
			if (force) {
				h.unsetFlags(TorrentFlags.AUTO_MANAGED);
				h.resume();
			}
			else {
				h.setFlags(TorrentFlags.AUTO_MANAGED);
				if (!this.settings.queueingEnabled()) {
					h.resume();
				}
			}
			saveResumeData(e);
			persist(e);
			markDirty(e.id);
		}
		this.session.postTorrentUpdates();
	}

	void remove(List<TorrentEntry> torrents, boolean deleteData) {
		for (TorrentEntry e : torrents) {
			this.entries.remove(e.id);
			this.trackerPeers.remove(e.id);
			this.changedSinceSave.remove(e.id);
			this.pendingSaves.remove(e.id);
			this.writer.execute(() -> this.store.deleteTorrent(e.id));
			TorrentHandle h = e.handle;
			if (h != null && h.isValid()) {
				if (deleteData) {
					this.session.remove(h, SessionHandle.DELETE_FILES);
				}
				else {
					this.session.remove(h);
				}
			}
			markDirty(e.id);
			log.info("removed torrent {} ({}){}", e.id, TorrentSnapshots.name(e), deleteData ? " and its files" : "");
		}
	}

	void setSuperSeeding(List<TorrentEntry> torrents, boolean enabled) {
		for (TorrentEntry e : torrents) {
			e.superSeeding = enabled;
			setFlag(e, TorrentFlags.SUPER_SEEDING, enabled);
			persist(e);
			markDirty(e.id);
		}
	}

	/** Sets or clears one of libtorrent's per-torrent flags. */
	static void setFlag(TorrentEntry e, torrent_flags_t flag, boolean on) {
		if (on) {
			e.handle().setFlags(flag);
		}
		else {
			e.handle().unsetFlags(flag);
		}
	}

	/**
	 * Gives a torrent a new save path and moves its data there, unless the data stays in
	 * the download path until the torrent is complete (qBittorrent's
	 * {@code TorrentImpl::setSavePath}). Files already at the target are kept, as
	 * qBittorrent's "keep existing files" for a user's move.
	 * @param e the torrent
	 * @param target the new save path
	 */
	void move(TorrentEntry e, Path target) {
		move(e, target, e.downloadPath);
	}

	private void move(TorrentEntry e, Path savePath, @Nullable Path downloadPath) {
		Path oldSavePath = e.savePath;
		Path oldDownloadPath = e.downloadPath;
		e.savePath = savePath;
		e.downloadPath = downloadPath;
		try {
			relocate(e, MoveFlags.DONT_REPLACE);
		}
		catch (RuntimeException ex) {
			// the folder cannot be made: the torrent keeps its paths
			e.savePath = oldSavePath;
			e.downloadPath = oldDownloadPath;
			throw ex;
		}
		markDirty(e.id);
	}

	/**
	 * Points an automatically managed torrent's save path and download path at its
	 * category's and the settings' (qBittorrent's {@code handleCategoryOptionsChanged}),
	 * moving the data if its place changes: an incomplete torrent follows the incomplete
	 * folder when that is turned on, off or moved. A torrent with a manual save path
	 * keeps both paths.
	 * @param e the torrent
	 */
	void followCategory(TorrentEntry e) {
		if (!e.autoManagedSavePath) {
			return;
		}
		Path savePath = effectiveSavePath(e);
		move(e, savePath,
				StorageLocations.downloadPath(this.settings.incompleteSavePath(), true, e.category, savePath));
	}

	/**
	 * Whether a torrent's data belongs in its save path: it has finished once, or
	 * libtorrent says it is finished now.
	 * @param e the torrent
	 * @return true when complete
	 */
	static boolean finished(TorrentEntry e) {
		return e.finishedStatus || (e.status != null && e.status.finished() && e.status.hasMetadata());
	}

	/**
	 * Moves a torrent's data to where it belongs now ({@link StorageLocations#target}) if
	 * torrentd has not already asked libtorrent to keep it there (qBittorrent's
	 * {@code adjustStorageLocation}).
	 * @param e the torrent
	 * @param flags what to do with files that exist at the target
	 * @return true if a move was requested
	 */
	boolean relocate(TorrentEntry e, MoveFlags flags) {
		Path target = StorageLocations.target(e.savePath, e.downloadPath, finished(e));
		if (target.equals(e.location) || !e.inSession()) {
			return false;
		}
		createDirectory(target);
		log.info("moving torrent {} ({}) from {} to {}", e.id, TorrentSnapshots.name(e), e.location, target);
		e.location = target;
		e.handle().moveStorage(target.toString(), flags);
		markDirty(e.id);
		return true;
	}

	/**
	 * {@link #relocate} for an event (completion, a check, a restart): files at the
	 * target are replaced by the torrent's own, which are verified (qBittorrent's
	 * "overwrite" when it adjusts the location; a copy cut short by a crash is replaced),
	 * and a folder that cannot be made is logged, not thrown.
	 * @param e the torrent
	 */
	void adjustLocation(TorrentEntry e) {
		try {
			relocate(e, MoveFlags.ALWAYS_REPLACE_FILES);
		}
		catch (InvalidTorrentException ex) {
			log.warn("torrent {} ({}) stays in {}: {}", e.id, TorrentSnapshots.name(e), e.location, ex.getMessage());
		}
	}

	/**
	 * Piece priorities from the file priorities (a piece takes the highest of the files
	 * it spans), with the first and last piece of every wanted file on top when asked.
	 * @param info the metadata
	 * @param filePriorities native-indexed file priorities
	 * @param firstLast put the ends of every wanted file on top
	 * @return one priority per piece
	 */
	static Priority[] piecePriorities(MetaInfo info, List<FilePriority> filePriorities, boolean firstLast) {
		Priority[] pieces = new Priority[info.pieceCount()];
		java.util.Arrays.fill(pieces, Priority.IGNORE);
		List<MetaInfo.FileEntry> files = info.files();
		for (int i = 0; i < files.size(); i++) {
			MetaInfo.FileEntry file = files.get(i);
			FilePriority priority = (i < filePriorities.size()) ? filePriorities.get(i) : FilePriority.NORMAL;
			if (file.padFile() || file.size() == 0) {
				continue;
			}
			Priority p = Priorities.toLibtorrent(priority);
			for (int piece = file.firstPiece(); piece <= file.lastPiece(); piece++) {
				if (p.swig() > pieces[piece].swig()) {
					pieces[piece] = p;
				}
			}
			if (firstLast && priority != FilePriority.SKIP) {
				pieces[file.firstPiece()] = Priority.TOP_PRIORITY;
				pieces[file.lastPiece()] = Priority.TOP_PRIORITY;
			}
		}
		return pieces;
	}

	void applyFirstLastPiece(TorrentEntry e) {
		if (e.info != null) {
			e.handle().prioritizePieces(piecePriorities(e.info, e.filePriorities, true));
		}
	}

	List<TorrentEntry> resolve(Collection<TorrentId> ids) {
		List<TorrentEntry> found = new ArrayList<>(ids.size());
		for (TorrentId id : new LinkedHashSet<>(ids)) {
			found.add(resolve(id));
		}
		return found;
	}

	TorrentEntry resolve(TorrentId id) {
		TorrentEntry e = this.entries.get(id);
		if (e == null) {
			throw new TorrentNotFoundException(id);
		}
		return e;
	}

	void saveResumeData(TorrentEntry e) {
		saveResumeData(e, TorrentHandle.SAVE_INFO_DICT);
	}

	void saveResumeData(TorrentEntry e, resume_data_flags_t flags) {
		TorrentHandle h = e.handle;
		if (h != null && h.isValid()) {
			h.saveResumeData(flags);
			this.pendingSaves.merge(e.id, 1, Integer::sum);
		}
	}

	/** A SAVE_RESUME_DATA(_FAILED) alert of this torrent came back. */
	void resumeDataSaved(TorrentEntry e) {
		this.pendingSaves.computeIfPresent(e.id, (id, n) -> (n > 1) ? n - 1 : null);
	}

	/**
	 * Resume-data requests still in flight; shutdown waits for zero.
	 * @return the number of outstanding requests
	 */
	int pendingResumeData() {
		return this.pendingSaves.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * The entry an alert or status is about: found by its best hash or its v1 hash, and
	 * only if it is the same torrent object (not a late alert of a removed torrent with
	 * the same hash).
	 * @param key the alert's torrent
	 * @return the entry, or null
	 */
	@Nullable TorrentEntry lookup(LtKey key) {
		TorrentEntry e = this.entries.get(TorrentId.parse(key.bestHash()));
		if (e == null && !key.v1Hash().isEmpty()) {
			e = this.entries.get(TorrentId.parse(key.v1Hash()));
		}
		return (e != null && e.inSession() && e.handleId == key.handleId()) ? e : null;
	}

	void persist(TorrentEntry e) {
		if (this.entries.get(e.id) != e) {
			return;
		}
		byte[] bytes = TorrentEntryFile.write(e);
		// the writer runs in order, so this lands before a later removal's delete
		this.writer.execute(() -> this.store.saveEntry(e.id, bytes));
	}

	Path effectiveSavePath(TorrentEntry e) {
		if (!e.autoManagedSavePath || e.category.isEmpty()) {
			return this.settings.defaultSavePath();
		}
		Category category = this.labels.categories.get(e.category);
		if (category != null && category.savePath() != null) {
			return category.savePath();
		}
		return this.settings.defaultSavePath().resolve(e.category);
	}

	Path resolveSavePath(Path path) {
		return this.settings.defaultSavePath().resolve(path).toAbsolutePath().normalize();
	}

	static void createDirectory(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new InvalidTorrentException("cannot create the folder " + dir + ": " + ex.getMessage(), ex);
		}
	}

	static MetaInfo requireMetadata(TorrentEntry e) {
		MetaInfo info = e.info;
		if (info == null) {
			throw new InvalidTorrentException("the torrent's metadata is not known yet");
		}
		return info;
	}

	static String normalizeRelative(String path) {
		String p = path.replace('\\', '/');
		while (p.endsWith("/")) {
			p = p.substring(0, p.length() - 1);
		}
		if (p.isEmpty() || p.startsWith("/") || List.of(p.split("/")).contains("..")) {
			throw new InvalidTorrentException("not a relative path inside the torrent: " + path);
		}
		return p;
	}

	/**
	 * Native file indexes of the files the dialects see (BEP 47 pad files are hidden).
	 */
	static int[] visibleToNative(MetaInfo info) {
		List<Integer> visible = new ArrayList<>();
		for (int i = 0; i < info.files().size(); i++) {
			if (!info.files().get(i).padFile()) {
				visible.add(i);
			}
		}
		return visible.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Priorities by native index from priorities by visible index (missing ones normal;
	 * pad files skipped).
	 */
	static List<FilePriority> nativePriorities(MetaInfo info, List<FilePriority> byVisibleIndex) {
		List<FilePriority> result = new ArrayList<>(info.files().size());
		int visible = 0;
		for (MetaInfo.FileEntry file : info.files()) {
			if (file.padFile()) {
				result.add(FilePriority.SKIP);
			}
			else {
				result.add((visible < byVisibleIndex.size()) ? byVisibleIndex.get(visible) : FilePriority.NORMAL);
				visible++;
			}
		}
		return List.copyOf(result);
	}

	static List<FilePriority> fromLibtorrent(Priority[] priorities) {
		List<FilePriority> list = new ArrayList<>(priorities.length);
		for (Priority p : priorities) {
			list.add(Priorities.fromLibtorrent(p.swig()));
		}
		return List.copyOf(list);
	}

	static int perTorrentLimit(long bytesPerSecond) {
		return (bytesPerSecond <= 0) ? -1 : (int) Math.min(Integer.MAX_VALUE, bytesPerSecond);
	}

	static int limitOrUnlimited(int limit) {
		return (limit < 0) ? UNLIMITED : limit;
	}

}
