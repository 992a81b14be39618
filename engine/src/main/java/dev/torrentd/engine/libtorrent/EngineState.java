package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.Category;
import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.StopCondition;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentNotFoundException;
import dev.torrentd.engine.TorrentSource;
import org.jspecify.annotations.Nullable;
import org.libtorrent4j.AddTorrentParams;
import org.libtorrent4j.AnnounceEntry;
import org.libtorrent4j.ErrorCode;
import org.libtorrent4j.MoveFlags;
import org.libtorrent4j.Priority;
import org.libtorrent4j.SessionHandle;
import org.libtorrent4j.SessionManager;
import org.libtorrent4j.TorrentFlags;
import org.libtorrent4j.TorrentHandle;
import org.libtorrent4j.TorrentInfo;
import org.libtorrent4j.Vectors;
import org.libtorrent4j.swig.error_code;
import org.libtorrent4j.swig.libtorrent;
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

	private final SessionManager session;

	private final StateStore store;

	private final Executor writer;

	private final InstantSource clock;

	private final Publisher publisher;

	private final Map<TorrentId, TorrentEntry> entries = new LinkedHashMap<>();

	private final Map<String, Category> categories = new TreeMap<>();

	private final Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	private final Map<TorrentId, Map<String, Integer>> trackerPeers = new HashMap<>();

	private final Set<TorrentId> dirty = new HashSet<>();

	private final Set<TorrentId> stopAfterCheck = new HashSet<>();

	private final Set<TorrentId> changedSinceSave = new HashSet<>();

	private EngineSettings settings;

	/** Receives a new snapshot of the state after changes. */
	interface Publisher {

		void publish(EngineState state, Set<TorrentId> dirty);

	}

	EngineState(SessionManager session, StateStore store, Executor writer, InstantSource clock, EngineSettings settings,
			Publisher publisher) {
		this.session = session;
		this.store = store;
		this.writer = writer;
		this.clock = clock;
		this.settings = settings;
		this.publisher = publisher;
	}

	// ---- reads for the publisher (engine thread) ----

	Collection<TorrentEntry> entries() {
		return this.entries.values();
	}

	EngineSettings settings() {
		return this.settings;
	}

	Map<String, Category> categories() {
		return Map.copyOf(this.categories);
	}

	Set<String> tags() {
		Set<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		all.addAll(this.tags);
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

	private void markDirty(TorrentId id) {
		this.dirty.add(id);
	}

	// ---- start-up ----

	void loadCategoriesAndTags() {
		this.store.loadProperties("categories")
			.forEach((name, path) -> this.categories.put(name,
					new Category(name, path.isEmpty() ? null : Path.of(path))));
		this.tags.addAll(this.store.loadProperties("tags").keySet());
	}

	/**
	 * Puts the stored torrents back into the session, in their old queue order.
	 * @param stored what the state directory holds
	 */
	void restore(List<StateStore.Stored> stored) {
		List<StateStore.Stored> ordered = new ArrayList<>(stored);
		ordered.sort(Comparator.comparingInt(
				(StateStore.Stored s) -> (s.entry().queuePosition >= 0) ? s.entry().queuePosition : Integer.MAX_VALUE)
			.thenComparing((s) -> s.entry().addedAt));
		for (StateStore.Stored s : ordered) {
			try {
				restore(s);
			}
			catch (RuntimeException ex) {
				log.error("cannot restore torrent {} ({}); its files stay in the state directory", s.entry().id,
						ex.getMessage());
			}
		}
		List<TorrentEntry> byAdded = new ArrayList<>(this.entries.values());
		byAdded.sort(Comparator.comparing((TorrentEntry e) -> e.addedAt));
		this.entries.clear();
		byAdded.forEach((e) -> this.entries.put(e.id, e));
		byAdded.forEach((e) -> markDirty(e.id));
		log.info("restored {} of {} torrents from {}", this.entries.size(), stored.size(), this.store.root());
	}

	private void restore(StateStore.Stored s) {
		TorrentEntry e = s.entry();
		AddTorrentParams params = null;
		if (s.resumeData() != null) {
			error_code ec = new error_code();
			org.libtorrent4j.swig.add_torrent_params p = libtorrent
				.read_resume_data_ex(Vectors.bytes2byte_vector(s.resumeData()), ec);
			if (ec.value() == 0) {
				params = new AddTorrentParams(p);
			}
			else {
				log.warn("resume data of {} is unreadable ({}); its files will be checked again", e.id, ec.message());
			}
		}
		if (params != null && params.getTorrentInfo() == null && s.metainfo() != null) {
			params.setTorrentInfo(Sources.metainfo(s.metainfo()).info());
		}
		if (params == null && s.metainfo() != null) {
			params = Sources.metainfo(s.metainfo()).params();
		}
		if (params == null && s.magnet() != null) {
			Sources.Parsed parsed = Sources.magnet(s.magnet());
			params = parsed.params();
			e.infoHashV1 = parsed.infoHashV1();
		}
		if (params == null) {
			throw new IllegalStateException("nothing to restore from");
		}
		if (params.getSavePath() == null || params.getSavePath().isEmpty()) {
			params.setSavePath(e.savePath.toString());
		}
		else {
			e.savePath = Path.of(params.getSavePath());
		}
		params.setFlags(flags(params.getFlags(), e, params.getFlags().and_(TorrentFlags.SEED_MODE).non_zero()));
		params.setDownloadLimit(perTorrentLimit(e.downloadLimit));
		params.setUploadLimit(perTorrentLimit(e.uploadLimit));
		params.setMaxConnections(limitOrUnlimited(this.settings.maxConnectionsPerTorrent()));
		params.setMaxUploads(limitOrUnlimited(this.settings.maxUploadsPerTorrent()));
		if (e.infoHashV1.isEmpty() && params.getInfoHashes().hasV1()) {
			e.infoHashV1 = params.getInfoHashes().getV1().toHex();
		}
		addToSession(e, params);
	}

	// ---- adding ----

	AddResult add(TorrentSource source, AddOptions o) {
		Sources.Parsed parsed = Sources.parse(source);
		if (this.entries.containsKey(parsed.id())) {
			return new AddResult(parsed.id(), true);
		}
		requireCategoryName(o.category());
		o.tags().forEach(EngineState::requireTagName);
		TorrentEntry e = new TorrentEntry(parsed.id(), this.settings.defaultSavePath(), this.clock.instant());
		e.infoHashV1 = parsed.infoHashV1();
		e.category = o.category();
		e.tags.addAll(o.tags());
		e.name = (o.name() != null && !o.name().isBlank()) ? o.name() : null;
		e.autoManagedSavePath = (o.savePath() == null)
				&& ((o.autoManagedSavePath() != null) ? o.autoManagedSavePath() : this.settings.autoManagedSavePath());
		e.savePath = (o.savePath() != null) ? resolveSavePath(o.savePath()) : effectiveSavePath(e);
		e.contentLayout = (o.contentLayout() != null) ? o.contentLayout() : this.settings.contentLayout();
		e.forceStart = o.forceStart();
		e.stopped = !o.forceStart() && (o.stopped() || this.settings.addStopped());
		e.sequentialDownload = o.sequentialDownload();
		e.firstLastPiecePriority = o.firstLastPiecePriority();
		e.downloadLimit = o.downloadLimitBytesPerSecond();
		e.uploadLimit = o.uploadLimitBytesPerSecond();
		e.shareLimits = o.shareLimits();
		e.stopCondition = o.stopCondition();
		e.skipChecking = o.skipChecking();
		if (parsed.magnet() != null) {
			e.magnetName = (parsed.params().getName() != null) ? parsed.params().getName() : "";
			e.pendingFilePriorities = o.filePriorities();
		}
		AddTorrentParams params = parsed.params();
		TorrentInfo ti = parsed.info();
		if (ti != null) {
			if (e.stopCondition == StopCondition.METADATA_RECEIVED) {
				e.stopped = true;
				e.stopCondition = StopCondition.NONE;
			}
			applyLayout(ti, e);
			MetaInfo info = MetaInfos.of(ti);
			params.filePriorities(Priorities.toLibtorrent(nativePriorities(info, o.filePriorities())));
		}
		params.setSavePath(e.savePath.toString());
		params.setFlags(flags(params.getFlags(), e, o.skipChecking()));
		params.setDownloadLimit(perTorrentLimit(e.downloadLimit));
		params.setUploadLimit(perTorrentLimit(e.uploadLimit));
		params.setMaxConnections(limitOrUnlimited(this.settings.maxConnectionsPerTorrent()));
		params.setMaxUploads(limitOrUnlimited(this.settings.maxUploadsPerTorrent()));

		createDirectory(e.savePath);
		ensureCategory(e.category);
		ensureTags(e.tags);
		// Persist before the session sees it: a kill -9 right after this call must not
		// lose it.
		if (parsed.metainfo() != null) {
			this.store.saveMetainfo(e.id, parsed.metainfo());
		}
		else {
			this.store.saveMagnet(e.id, parsed.magnet());
		}
		this.store.saveEntry(e.id, TorrentEntryFile.write(e));
		try {
			addToSession(e, params);
		}
		catch (RuntimeException ex) {
			this.store.deleteTorrent(e.id);
			throw ex;
		}
		if (o.addToTopOfQueue()) {
			e.handle().queuePositionTop();
		}
		markDirty(e.id);
		return new AddResult(e.id, false);
	}

	private void addToSession(TorrentEntry e, AddTorrentParams params) {
		ErrorCode ec = new ErrorCode(new error_code());
		// the session is started after this object is made, so its handle is taken here
		TorrentHandle handle = new SessionHandle(this.session.swig()).addTorrent(params, ec);
		if (ec.isError() || handle == null || !handle.isValid()) {
			throw new InvalidTorrentException("libtorrent refused the torrent: " + ec.getMessage());
		}
		e.handle = handle;
		this.entries.put(e.id, e);
		TorrentInfo ti = handle.torrentFile();
		if (ti != null) {
			e.info = MetaInfos.of(ti);
			e.filePriorities = fromLibtorrent(handle.filePriorities());
			if (e.firstLastPiecePriority) {
				applyFirstLastPiece(e);
			}
		}
		e.trackers = new ArrayList<>(handle.trackers().stream().map(AnnounceEntry::url).toList());
		e.webSeeds = new ArrayList<>(handle.urlSeeds());
	}

	private torrent_flags_t flags(torrent_flags_t base, TorrentEntry e, boolean seedMode) {
		torrent_flags_t flags = base.and_(TorrentFlags.AUTO_MANAGED.or_(TorrentFlags.PAUSED)
			.or_(TorrentFlags.SEQUENTIAL_DOWNLOAD)
			.or_(TorrentFlags.SUPER_SEEDING)
			.or_(TorrentFlags.DISABLE_PEX)
			.or_(TorrentFlags.DUPLICATE_IS_ERROR)
			.or_(TorrentFlags.SEED_MODE)
			.or_(TorrentFlags.UPLOAD_MODE)
			.inv());
		flags = flags.or_(TorrentFlags.UPDATE_SUBSCRIBE).or_(TorrentFlags.NEED_SAVE_RESUME);
		if (e.stopped) {
			flags = flags.or_(TorrentFlags.PAUSED);
		}
		else if (!e.forceStart) {
			flags = flags.or_(TorrentFlags.AUTO_MANAGED).or_(TorrentFlags.PAUSED);
		}
		if (e.sequentialDownload) {
			flags = flags.or_(TorrentFlags.SEQUENTIAL_DOWNLOAD);
		}
		if (e.superSeeding) {
			flags = flags.or_(TorrentFlags.SUPER_SEEDING);
		}
		if (!this.settings.pex()) {
			flags = flags.or_(TorrentFlags.DISABLE_PEX);
		}
		if (seedMode) {
			flags = flags.or_(TorrentFlags.SEED_MODE);
		}
		return flags;
	}

	private void applyLayout(TorrentInfo ti, TorrentEntry e) {
		MetaInfo info = MetaInfos.of(ti);
		List<String> paths = info.files().stream().map(MetaInfo.FileEntry::path).toList();
		ContentLayouts.renames(paths, e.contentLayout, info.name()).forEach(ti::renameFile);
		e.contentLayoutApplied = true;
	}

	// ---- start, stop, queue ----

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
			if (!e.errorMessage.isEmpty() || (e.status != null && !e.status.error().isEmpty())) {
				h.swig().clear_error();
				h.unsetFlags(TorrentFlags.UPLOAD_MODE);
				e.errorMessage = "";
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

	void moveInQueue(List<TorrentEntry> torrents, dev.torrentd.engine.QueueMove move) {
		List<TorrentEntry> order = new ArrayList<>(torrents);
		if (move == dev.torrentd.engine.QueueMove.TOP) {
			java.util.Collections.reverse(order);
		}
		for (TorrentEntry e : order) {
			TorrentHandle h = e.handle();
			switch (move) {
				case UP -> h.queuePositionUp();
				case DOWN -> h.queuePositionDown();
				case TOP -> h.queuePositionTop();
				case BOTTOM -> h.queuePositionBottom();
			}
			markDirty(e.id);
		}
		this.session.postTorrentUpdates();
	}

	void remove(List<TorrentEntry> torrents, boolean deleteData) {
		for (TorrentEntry e : torrents) {
			this.entries.remove(e.id);
			this.trackerPeers.remove(e.id);
			this.changedSinceSave.remove(e.id);
			this.stopAfterCheck.remove(e.id);
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

	void recheck(List<TorrentEntry> torrents) {
		for (TorrentEntry e : torrents) {
			TorrentHandle h = e.handle();
			h.forceRecheck();
			if (e.stopped) {
				// libtorrent only checks a running torrent; qBittorrent checks a stopped
				// one and keeps it stopped
				this.stopAfterCheck.add(e.id);
				h.resume();
			}
			markDirty(e.id);
		}
		this.session.postTorrentUpdates();
	}

	void reannounce(List<TorrentEntry> torrents) {
		for (TorrentEntry e : torrents) {
			e.handle().forceReannounce(0, -1, TorrentHandle.IGNORE_MIN_INTERVAL);
			if (this.settings.dht() && (e.info == null || !e.info.isPrivate())) {
				e.handle().forceDHTAnnounce();
			}
		}
	}

	void addPeers(List<TorrentEntry> torrents, Collection<java.net.InetSocketAddress> peers) {
		for (TorrentEntry e : torrents) {
			for (java.net.InetSocketAddress peer : peers) {
				e.handle()
					.swig()
					.connect_peer(new org.libtorrent4j.TcpEndpoint(peer.getAddress().getHostAddress(), peer.getPort())
						.swig());
			}
		}
	}

	// ---- storage ----

	void setSavePath(List<TorrentEntry> torrents, Path savePath) {
		Path target = resolveSavePath(savePath);
		createDirectory(target);
		for (TorrentEntry e : torrents) {
			e.autoManagedSavePath = false;
			move(e, target);
			persist(e);
		}
	}

	void setAutoManagedSavePath(List<TorrentEntry> torrents, boolean enabled) {
		for (TorrentEntry e : torrents) {
			e.autoManagedSavePath = enabled;
			if (enabled) {
				move(e, effectiveSavePath(e));
			}
			persist(e);
			markDirty(e.id);
		}
	}

	private void move(TorrentEntry e, Path target) {
		Path current = (e.status != null && !e.status.savePath().isEmpty()) ? Path.of(e.status.savePath()) : e.savePath;
		if (current.equals(target)) {
			return;
		}
		createDirectory(target);
		e.savePath = target;
		e.handle().moveStorage(target.toString(), MoveFlags.DONT_REPLACE);
		markDirty(e.id);
	}

	void rename(TorrentEntry e, String name) {
		if (name.isBlank()) {
			throw new IllegalArgumentException("a torrent's name cannot be blank");
		}
		e.name = name;
		persist(e);
		markDirty(e.id);
	}

	void renameFile(TorrentEntry e, String oldPath, String newPath) {
		MetaInfo info = requireMetadata(e);
		String from = normalizeRelative(oldPath);
		String to = normalizeRelative(newPath);
		int index = -1;
		for (int i = 0; i < info.files().size(); i++) {
			String path = info.files().get(i).path();
			if (path.equals(to) && !to.equals(from)) {
				throw new InvalidTorrentException("a file named " + to + " already exists in the torrent");
			}
			if (path.equals(from) && !info.files().get(i).padFile()) {
				index = i;
			}
		}
		if (index < 0) {
			throw new InvalidTorrentException("the torrent has no file " + oldPath);
		}
		if (!from.equals(to)) {
			e.handle().renameFile(index, to);
		}
	}

	void renameFolder(TorrentEntry e, String oldPath, String newPath) {
		MetaInfo info = requireMetadata(e);
		String from = normalizeRelative(oldPath) + "/";
		String to = normalizeRelative(newPath) + "/";
		boolean any = false;
		for (int i = 0; i < info.files().size(); i++) {
			String path = info.files().get(i).path();
			if (path.startsWith(to) && !from.equals(to)) {
				throw new InvalidTorrentException("a folder named " + newPath + " already exists in the torrent");
			}
			any |= path.startsWith(from);
		}
		if (!any) {
			throw new InvalidTorrentException("the torrent has no folder " + oldPath);
		}
		for (int i = 0; i < info.files().size(); i++) {
			String path = info.files().get(i).path();
			if (path.startsWith(from) && !from.equals(to)) {
				e.handle().renameFile(i, to + path.substring(from.length()));
			}
		}
	}

	// ---- files and pieces ----

	void setFilePriorities(TorrentEntry e, Map<Integer, FilePriority> byVisibleIndex) {
		MetaInfo info = requireMetadata(e);
		int[] visible = visibleToNative(info);
		List<FilePriority> next = new ArrayList<>(e.filePriorities);
		while (next.size() < info.files().size()) {
			next.add(FilePriority.NORMAL);
		}
		for (Map.Entry<Integer, FilePriority> change : byVisibleIndex.entrySet()) {
			int index = change.getKey();
			if (index < 0 || index >= visible.length) {
				throw new InvalidTorrentException(
						"file index " + index + " is out of range (0.." + (visible.length - 1) + ")");
			}
			next.set(visible[index], change.getValue());
		}
		e.filePriorities = List.copyOf(next);
		e.handle().prioritizeFiles(Priorities.toLibtorrent(e.filePriorities));
		if (e.firstLastPiecePriority) {
			applyFirstLastPiece(e);
		}
		saveResumeData(e);
		markDirty(e.id);
		this.session.postTorrentUpdates();
	}

	void setSequentialDownload(List<TorrentEntry> torrents, boolean enabled) {
		for (TorrentEntry e : torrents) {
			e.sequentialDownload = enabled;
			if (enabled) {
				e.handle().setFlags(TorrentFlags.SEQUENTIAL_DOWNLOAD);
			}
			else {
				e.handle().unsetFlags(TorrentFlags.SEQUENTIAL_DOWNLOAD);
			}
			saveResumeData(e);
			persist(e);
			markDirty(e.id);
		}
	}

	void setFirstLastPiecePriority(List<TorrentEntry> torrents, boolean enabled) {
		for (TorrentEntry e : torrents) {
			e.firstLastPiecePriority = enabled;
			if (e.info != null) {
				if (enabled) {
					applyFirstLastPiece(e);
				}
				else {
					// re-applying the file priorities resets every piece to its file's
					// priority
					e.handle().prioritizeFiles(Priorities.toLibtorrent(e.filePriorities));
				}
			}
			persist(e);
			markDirty(e.id);
		}
	}

	private void applyFirstLastPiece(TorrentEntry e) {
		MetaInfo info = e.info;
		if (info == null) {
			return;
		}
		TorrentHandle h = e.handle();
		for (int i = 0; i < info.files().size(); i++) {
			MetaInfo.FileEntry file = info.files().get(i);
			FilePriority priority = (i < e.filePriorities.size()) ? e.filePriorities.get(i) : FilePriority.NORMAL;
			if (file.padFile() || priority == FilePriority.SKIP || file.size() == 0) {
				continue;
			}
			h.piecePriority(file.firstPiece(), Priority.TOP_PRIORITY);
			h.piecePriority(file.lastPiece(), Priority.TOP_PRIORITY);
		}
	}

	void setSuperSeeding(List<TorrentEntry> torrents, boolean enabled) {
		for (TorrentEntry e : torrents) {
			e.superSeeding = enabled;
			if (enabled) {
				e.handle().setFlags(TorrentFlags.SUPER_SEEDING);
			}
			else {
				e.handle().unsetFlags(TorrentFlags.SUPER_SEEDING);
			}
			persist(e);
			markDirty(e.id);
		}
	}

	void setLimits(List<TorrentEntry> torrents, @Nullable Long download, @Nullable Long upload) {
		for (TorrentEntry e : torrents) {
			if (download != null) {
				e.downloadLimit = download;
				e.handle().setDownloadLimit(perTorrentLimit(download));
			}
			if (upload != null) {
				e.uploadLimit = upload;
				e.handle().setUploadLimit(perTorrentLimit(upload));
			}
			saveResumeData(e);
			persist(e);
			markDirty(e.id);
		}
	}

	void setShareLimits(List<TorrentEntry> torrents, dev.torrentd.engine.ShareLimits limits) {
		for (TorrentEntry e : torrents) {
			e.shareLimits = limits;
			persist(e);
			markDirty(e.id);
		}
	}

	// ---- categories and tags ----

	void setCategory(List<TorrentEntry> torrents, String category) {
		requireCategoryName(category);
		ensureCategory(category);
		for (TorrentEntry e : torrents) {
			e.category = category;
			if (e.autoManagedSavePath) {
				move(e, effectiveSavePath(e));
			}
			persist(e);
			markDirty(e.id);
		}
	}

	void saveCategory(Category category) {
		requireCategoryName(category.name());
		Category resolved = new Category(category.name(),
				(category.savePath() != null) ? resolveSavePath(category.savePath()) : null);
		this.categories.put(resolved.name(), resolved);
		saveCategories();
		for (TorrentEntry e : this.entries.values()) {
			if (e.autoManagedSavePath && e.category.equals(resolved.name())) {
				move(e, effectiveSavePath(e));
				persist(e);
			}
		}
	}

	void removeCategories(Collection<String> names) {
		boolean changed = false;
		for (String name : names) {
			changed |= this.categories.remove(name) != null;
		}
		if (!changed) {
			return;
		}
		saveCategories();
		for (TorrentEntry e : this.entries.values()) {
			if (names.contains(e.category)) {
				e.category = "";
				if (e.autoManagedSavePath) {
					move(e, effectiveSavePath(e));
				}
				persist(e);
				markDirty(e.id);
			}
		}
	}

	void addTags(List<TorrentEntry> torrents, Set<String> names) {
		names.forEach(EngineState::requireTagName);
		ensureTags(names);
		for (TorrentEntry e : torrents) {
			if (e.tags.addAll(names)) {
				persist(e);
				markDirty(e.id);
			}
		}
	}

	void removeTags(List<TorrentEntry> torrents, Set<String> names) {
		for (TorrentEntry e : torrents) {
			boolean changed = names.isEmpty() ? !e.tags.isEmpty() : e.tags.removeAll(names);
			if (names.isEmpty()) {
				e.tags.clear();
			}
			if (changed) {
				persist(e);
				markDirty(e.id);
			}
		}
	}

	void createTags(Set<String> names) {
		names.forEach(EngineState::requireTagName);
		ensureTags(names);
	}

	void deleteTags(Set<String> names) {
		if (names.isEmpty()) {
			return;
		}
		if (this.tags.removeAll(names)) {
			saveTags();
		}
		removeTags(new ArrayList<>(this.entries.values()), names);
	}

	private void ensureCategory(String category) {
		if (!category.isEmpty() && !this.categories.containsKey(category)) {
			this.categories.put(category, new Category(category, null));
			saveCategories();
		}
	}

	private void ensureTags(Set<String> names) {
		if (this.tags.addAll(names)) {
			saveTags();
		}
	}

	private void saveCategories() {
		Map<String, String> values = new TreeMap<>();
		this.categories.values()
			.forEach((c) -> values.put(c.name(), (c.savePath() != null) ? c.savePath().toString() : ""));
		this.writer.execute(() -> this.store.saveProperties("categories", values));
	}

	private void saveTags() {
		Map<String, String> values = new TreeMap<>();
		this.tags.forEach((t) -> values.put(t, ""));
		this.writer.execute(() -> this.store.saveProperties("tags", values));
	}

	/**
	 * Category names as qBittorrent accepts them: no backslash, no leading or trailing
	 * '/', no '//'.
	 */
	static void requireCategoryName(String name) {
		if (name.isEmpty()) {
			return;
		}
		if (name.isBlank() || name.contains("\\") || name.startsWith("/") || name.endsWith("/")
				|| name.contains("//")) {
			throw new IllegalArgumentException("invalid category name: " + name);
		}
	}

	/**
	 * Tag names as qBittorrent accepts them: not empty, no comma, no surrounding spaces.
	 */
	static void requireTagName(String name) {
		if (name.isBlank() || name.contains(",") || !name.strip().equals(name)) {
			throw new IllegalArgumentException("invalid tag name: '" + name + "'");
		}
	}

	// ---- trackers and web seeds ----

	void addTrackers(TorrentEntry e, List<String> urls) {
		TorrentHandle h = e.handle();
		Set<String> present = new HashSet<>(e.trackers);
		int tier = h.trackers().stream().mapToInt(AnnounceEntry::tier).max().orElse(-1) + 1;
		for (String url : urls) {
			if (present.add(url)) {
				AnnounceEntry entry = new AnnounceEntry(url);
				entry.tier((short) tier);
				h.addTracker(entry);
			}
		}
		refreshTrackers(e);
	}

	void editTracker(TorrentEntry e, String oldUrl, String newUrl) {
		TorrentHandle h = e.handle();
		List<AnnounceEntry> current = h.trackers();
		if (current.stream().noneMatch((t) -> t.url().equals(oldUrl))) {
			throw new InvalidTorrentException("the torrent has no tracker " + oldUrl);
		}
		if (!oldUrl.equals(newUrl) && current.stream().anyMatch((t) -> t.url().equals(newUrl))) {
			throw new InvalidTorrentException("the torrent already has the tracker " + newUrl);
		}
		List<AnnounceEntry> next = new ArrayList<>();
		for (AnnounceEntry t : current) {
			AnnounceEntry copy = new AnnounceEntry(t.url().equals(oldUrl) ? newUrl : t.url());
			copy.tier((short) t.tier());
			next.add(copy);
		}
		h.replaceTrackers(next);
		refreshTrackers(e);
		if (!e.stopped) {
			h.forceReannounce();
		}
	}

	void removeTrackers(TorrentEntry e, Collection<String> urls) {
		TorrentHandle h = e.handle();
		List<AnnounceEntry> next = new ArrayList<>();
		for (AnnounceEntry t : h.trackers()) {
			if (!urls.contains(t.url())) {
				AnnounceEntry copy = new AnnounceEntry(t.url());
				copy.tier((short) t.tier());
				next.add(copy);
			}
		}
		h.replaceTrackers(next);
		refreshTrackers(e);
	}

	private void refreshTrackers(TorrentEntry e) {
		e.trackers = new ArrayList<>(e.handle().trackers().stream().map(AnnounceEntry::url).toList());
		saveResumeData(e);
		markDirty(e.id);
	}

	void addWebSeeds(TorrentEntry e, List<String> urls) {
		urls.forEach(e.handle()::addUrlSeed);
		e.webSeeds = new ArrayList<>(e.handle().urlSeeds());
		saveResumeData(e);
		markDirty(e.id);
	}

	void removeWebSeeds(TorrentEntry e, Collection<String> urls) {
		urls.forEach(e.handle()::removeUrlSeed);
		e.webSeeds = new ArrayList<>(e.handle().urlSeeds());
		saveResumeData(e);
		markDirty(e.id);
	}

	// ---- settings ----

	void applySettings(EngineSettings next) {
		EngineSettings previous = this.settings;
		this.settings = next;
		this.session.applySettings(SessionSettings.pack(next));
		SessionSettings.applyPeerClassFilter(this.session.swig(), next.rateLimitLocalPeers());
		for (TorrentEntry e : this.entries.values()) {
			TorrentHandle h = e.handle;
			if (h == null) {
				continue;
			}
			if (previous.pex() != next.pex()) {
				if (next.pex()) {
					h.unsetFlags(TorrentFlags.DISABLE_PEX);
				}
				else {
					h.setFlags(TorrentFlags.DISABLE_PEX);
				}
			}
			h.swig().set_max_connections(limitOrUnlimited(next.maxConnectionsPerTorrent()));
			h.swig().set_max_uploads(limitOrUnlimited(next.maxUploadsPerTorrent()));
			if (!next.queueingEnabled() && !e.stopped) {
				h.resume();
			}
			markDirty(e.id);
		}
		Map<String, String> values = EngineSettingsFile.write(next);
		this.writer.execute(() -> this.store.saveProperties("settings", values));
	}

	// ---- events from libtorrent ----

	void onStatuses(List<LtStatus> statuses) {
		Instant now = this.clock.instant();
		for (LtStatus s : statuses) {
			TorrentEntry e = this.entries.get(TorrentId.parse(s.bestHash()));
			if (e == null) {
				continue;
			}
			e.status = s;
			long payload = s.sessionDownload() + s.sessionUpload();
			if (payload > e.lastPayloadTotal) {
				if (e.lastPayloadTotal >= 0 && payload > 0) {
					e.lastActivityAt = now;
				}
				e.lastPayloadTotal = payload;
			}
			if (s.finished() && s.hasMetadata() && e.completedAt == null) {
				e.completedAt = now;
				persist(e);
			}
			this.changedSinceSave.add(e.id);
			markDirty(e.id);
		}
	}

	void onMetadata(TorrentId id) {
		TorrentEntry e = this.entries.get(id);
		if (e == null || e.handle == null) {
			return;
		}
		TorrentHandle h = e.handle;
		TorrentInfo ti = h.torrentFile();
		if (ti == null) {
			return;
		}
		MetaInfo info = MetaInfos.of(ti);
		e.info = info;
		try {
			TorrentInfo withHashes = h.torrentFileWithHashes();
			byte[] bytes = ((withHashes != null) ? withHashes : ti).bencode();
			this.writer.execute(() -> this.store.saveMetainfo(id, bytes));
		}
		catch (RuntimeException ex) {
			log.warn("cannot write the metadata of {} as a .torrent ({}); it is kept in the resume data", id,
					ex.getMessage());
		}
		if (!e.contentLayoutApplied) {
			List<String> paths = info.files().stream().map(MetaInfo.FileEntry::path).toList();
			ContentLayouts.renames(paths, e.contentLayout, info.name()).forEach(h::renameFile);
			e.contentLayoutApplied = true;
		}
		List<FilePriority> pending = e.pendingFilePriorities;
		e.filePriorities = nativePriorities(info, pending);
		e.pendingFilePriorities = List.of();
		if (!pending.isEmpty()) {
			h.prioritizeFiles(Priorities.toLibtorrent(e.filePriorities));
		}
		if (e.firstLastPiecePriority) {
			applyFirstLastPiece(e);
		}
		if (e.stopCondition == StopCondition.METADATA_RECEIVED) {
			e.stopCondition = StopCondition.NONE;
			stop(List.of(e));
		}
		saveResumeData(e);
		persist(e);
		markDirty(id);
	}

	void onChecked(TorrentId id) {
		TorrentEntry e = this.entries.get(id);
		if (e == null || e.handle == null) {
			return;
		}
		if (this.stopAfterCheck.remove(id) && e.stopped) {
			e.handle.pause();
		}
		if (e.stopCondition == StopCondition.FILES_CHECKED) {
			e.stopCondition = StopCondition.NONE;
			stop(List.of(e));
		}
		saveResumeData(e);
		markDirty(id);
	}

	void onFinished(TorrentId id) {
		TorrentEntry e = this.entries.get(id);
		if (e != null && e.handle != null) {
			saveResumeData(e);
			this.session.postTorrentUpdates();
		}
	}

	void onFileRenamed(TorrentId id) {
		TorrentEntry e = this.entries.get(id);
		if (e == null || e.handle == null) {
			return;
		}
		TorrentInfo ti = e.handle.torrentFile();
		if (ti != null) {
			e.info = MetaInfos.of(ti);
		}
		saveResumeData(e);
		markDirty(id);
	}

	void onStorageMoved(TorrentId id, String path) {
		TorrentEntry e = this.entries.get(id);
		if (e == null) {
			return;
		}
		e.savePath = Path.of(path);
		saveResumeData(e);
		persist(e);
		markDirty(id);
		this.session.postTorrentUpdates();
	}

	void onTrackerReply(TorrentId id, String url, int peers) {
		if (this.entries.containsKey(id)) {
			this.trackerPeers.computeIfAbsent(id, (k) -> new HashMap<>()).put(url, peers);
		}
	}

	void onResumeData(TorrentId id, byte[] data) {
		if (this.entries.containsKey(id)) {
			this.writer.execute(() -> this.store.saveResumeData(id, data));
		}
	}

	/**
	 * Applies share-limit actions that are due (qBittorrent checks once a second too).
	 * @param published the latest snapshots by ID
	 */
	void enforceShareLimits(Map<TorrentId, Torrent> published) {
		Instant now = this.clock.instant();
		for (TorrentEntry e : List.copyOf(this.entries.values())) {
			Torrent t = published.get(e.id);
			if (t == null || e.handle == null) {
				continue;
			}
			ShareLimitPolicy.Effective limits = ShareLimitPolicy.effective(e.shareLimits, this.settings.shareLimits());
			ShareLimitAction action = ShareLimitPolicy.due(t, limits, ShareLimitPolicy.inactiveSeconds(e, now))
				.orElse(null);
			if (action == null) {
				continue;
			}
			log.info("torrent {} ({}) reached a share limit (ratio {}, seeding {} s): {}", e.id, t.name(),
					String.format("%.2f", t.ratio()), t.seedingSeconds(), action);
			switch (action) {
				case STOP -> stop(List.of(e));
				case REMOVE -> remove(List.of(e), false);
				case REMOVE_WITH_CONTENT -> remove(List.of(e), true);
				case ENABLE_SUPER_SEEDING -> setSuperSeeding(List.of(e), true);
				default -> {
				}
			}
		}
	}

	/**
	 * Asks libtorrent for the resume data of every torrent whose status changed since the
	 * last time.
	 */
	void saveChangedResumeData() {
		for (TorrentId id : List.copyOf(this.changedSinceSave)) {
			TorrentEntry e = this.entries.get(id);
			if (e != null && e.handle != null && e.status != null && e.status.queuePosition() != e.queuePosition) {
				e.queuePosition = e.status.queuePosition();
				persist(e);
			}
			if (e != null) {
				saveResumeData(e);
			}
		}
		this.changedSinceSave.clear();
	}

	/**
	 * Asks for every torrent's resume data (at shutdown) and records queue positions.
	 * @return how many SAVE_RESUME_DATA(_FAILED) alerts to wait for
	 */
	int saveAllResumeData() {
		int requested = 0;
		for (TorrentEntry e : this.entries.values()) {
			if (e.handle == null || !e.handle.isValid()) {
				continue;
			}
			if (e.status != null) {
				e.queuePosition = e.status.queuePosition();
			}
			persist(e);
			e.handle.saveResumeData(TorrentHandle.SAVE_INFO_DICT.or_(TorrentHandle.FLUSH_DISK_CACHE));
			requested++;
		}
		return requested;
	}

	// ---- helpers ----

	List<TorrentEntry> resolve(Collection<TorrentId> ids) {
		List<TorrentEntry> found = new ArrayList<>(ids.size());
		for (TorrentId id : new java.util.LinkedHashSet<>(ids)) {
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

	private void saveResumeData(TorrentEntry e) {
		TorrentHandle h = e.handle;
		if (h != null && h.isValid()) {
			h.saveResumeData(TorrentHandle.SAVE_INFO_DICT);
		}
	}

	private void persist(TorrentEntry e) {
		if (this.entries.get(e.id) != e) {
			return;
		}
		byte[] bytes = TorrentEntryFile.write(e);
		// the writer runs in order, so this lands before a later removal's delete
		this.writer.execute(() -> this.store.saveEntry(e.id, bytes));
	}

	private Path effectiveSavePath(TorrentEntry e) {
		if (!e.autoManagedSavePath || e.category.isEmpty()) {
			return this.settings.defaultSavePath();
		}
		Category category = this.categories.get(e.category);
		if (category != null && category.savePath() != null) {
			return category.savePath();
		}
		return this.settings.defaultSavePath().resolve(e.category);
	}

	private Path resolveSavePath(Path path) {
		return this.settings.defaultSavePath().resolve(path).toAbsolutePath().normalize();
	}

	private static void createDirectory(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new InvalidTorrentException("cannot create the folder " + dir + ": " + ex.getMessage(), ex);
		}
	}

	private static MetaInfo requireMetadata(TorrentEntry e) {
		MetaInfo info = e.info;
		if (info == null) {
			throw new InvalidTorrentException("the torrent's metadata is not known yet");
		}
		return info;
	}

	private static String normalizeRelative(String path) {
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

	private static List<FilePriority> fromLibtorrent(Priority[] priorities) {
		List<FilePriority> list = new ArrayList<>(priorities.length);
		for (Priority p : priorities) {
			list.add(Priorities.fromLibtorrent(p.swig()));
		}
		return List.copyOf(list);
	}

	private static int perTorrentLimit(long bytesPerSecond) {
		return (bytesPerSecond <= 0) ? -1 : (int) Math.min(Integer.MAX_VALUE, bytesPerSecond);
	}

	private static int limitOrUnlimited(int limit) {
		return (limit < 0) ? UNLIMITED : limit;
	}

}
