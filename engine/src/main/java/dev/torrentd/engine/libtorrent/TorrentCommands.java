package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.torrentd.engine.Category;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.QueueMove;
import dev.torrentd.engine.StopCondition;
import org.jspecify.annotations.Nullable;
import org.libtorrent4j.AnnounceEntry;
import org.libtorrent4j.TorrentFlags;
import org.libtorrent4j.TorrentHandle;

/**
 * The commands that change torrents after they are added (queue, storage, files, flags,
 * limits, categories and tags, trackers, settings). Runs on the engine thread.
 */
final class TorrentCommands {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TorrentCommands.class);

	private final EngineState state;

	TorrentCommands(EngineState state) {
		this.state = state;
	}

	void moveInQueue(List<TorrentEntry> torrents, QueueMove move) {
		List<TorrentEntry> order = new ArrayList<>(torrents);
		if (move == QueueMove.TOP) {
			Collections.reverse(order);
		}
		for (TorrentEntry e : order) {
			TorrentHandle h = e.handle();
			switch (move) {
				case UP -> h.queuePositionUp();
				case DOWN -> h.queuePositionDown();
				case TOP -> h.queuePositionTop();
				case BOTTOM -> h.queuePositionBottom();
			}
			this.state.markDirty(e.id);
		}
		// a move shifts other torrents too: the new order is worked out here, so that a
		// list right after the move shows it (libtorrent's state update comes later)
		List<TorrentEntry> queue = this.state.entries.values()
			.stream()
			.filter((e) -> e.inSession() && queuePosition(e) >= 0)
			.sorted(java.util.Comparator.comparingInt(TorrentCommands::queuePosition))
			.toList();
		List<TorrentEntry> after = QueueOrder.apply(queue, order, move);
		for (int i = 0; i < after.size(); i++) {
			TorrentEntry e = after.get(i);
			if (queuePosition(e) != i) {
				LtStatus status = e.status;
				if (status != null) {
					e.status = status.withQueuePosition(i);
				}
				else {
					e.queuePosition = i;
				}
			}
		}
		this.state.session.postTorrentUpdates();
	}

	/**
	 * The position the snapshot shows: the last state update's, else the one at the add.
	 */
	private static int queuePosition(TorrentEntry e) {
		LtStatus status = e.status;
		return (status != null) ? status.queuePosition() : e.queuePosition;
	}

	void recheck(List<TorrentEntry> torrents) {
		for (TorrentEntry e : torrents) {
			TorrentHandle h = e.handle();
			if (e.stopped) {
				// libtorrent only checks a running torrent: as qBittorrent, start a
				// stopped one
				// for the check and stop it again when the files are checked
				e.stopCondition = StopCondition.FILES_CHECKED;
				this.state.start(List.of(e), false);
			}
			h.forceRecheck();
			this.state.markDirty(e.id);
		}
		this.state.session.postTorrentUpdates();
	}

	void reannounce(List<TorrentEntry> torrents) {
		for (TorrentEntry e : torrents) {
			e.handle().forceReannounce(0, -1, TorrentHandle.IGNORE_MIN_INTERVAL);
			if (this.state.settings.dht() && (e.info == null || !e.info.isPrivate())) {
				e.handle().forceDHTAnnounce();
			}
		}
	}

	void addPeers(List<TorrentEntry> torrents, Collection<java.net.InetSocketAddress> peers) {
		for (java.net.InetSocketAddress peer : peers) {
			if (peer.getAddress() == null || peer.getPort() <= 0 || peer.getPort() > 65535) {
				throw new IllegalArgumentException("not a peer address (IP and port): " + peer);
			}
		}
		for (TorrentEntry e : torrents) {
			for (java.net.InetSocketAddress peer : peers) {
				e.handle()
					.swig()
					.connect_peer(new org.libtorrent4j.TcpEndpoint(peer.getAddress().getHostAddress(), peer.getPort())
						.swig());
			}
		}
	}

	void setSavePath(List<TorrentEntry> torrents, Path savePath) {
		Path target = this.state.resolveSavePath(savePath);
		EngineState.createDirectory(target);
		for (TorrentEntry e : torrents) {
			e.autoManagedSavePath = false;
			this.state.move(e, target);
			this.state.persist(e);
			// move() publishes only when the path changes; the flag changed regardless
			this.state.markDirty(e.id);
		}
	}

	void setAutoManagedSavePath(List<TorrentEntry> torrents, boolean enabled) {
		for (TorrentEntry e : torrents) {
			e.autoManagedSavePath = enabled;
			// on: both paths follow the category; off: the torrent keeps them, as
			// qBittorrent
			this.state.followCategory(e);
			this.state.persist(e);
			this.state.markDirty(e.id);
		}
	}

	void rename(TorrentEntry e, String name) {
		if (name.isBlank()) {
			throw new IllegalArgumentException("a torrent's name cannot be blank");
		}
		e.name = name;
		this.state.persist(e);
		this.state.markDirty(e.id);
	}

	void renameFile(TorrentEntry e, String oldPath, String newPath) {
		MetaInfo info = EngineState.requireMetadata(e);
		String from = EngineState.normalizeRelative(oldPath);
		String to = EngineState.normalizeRelative(newPath);
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
		MetaInfo info = EngineState.requireMetadata(e);
		String from = EngineState.normalizeRelative(oldPath) + "/";
		String to = EngineState.normalizeRelative(newPath) + "/";
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

	void setFilePriorities(TorrentEntry e, Map<Integer, FilePriority> byVisibleIndex) {
		MetaInfo info = EngineState.requireMetadata(e);
		int[] visible = EngineState.visibleToNative(info);
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
		this.state.persist(e);
		if (e.firstLastPiecePriority) {
			this.state.applyFirstLastPiece(e);
		}
		this.state.saveResumeData(e);
		this.state.markDirty(e.id);
		this.state.session.postTorrentUpdates();
	}

	void setSequentialDownload(List<TorrentEntry> torrents, boolean enabled) {
		for (TorrentEntry e : torrents) {
			e.sequentialDownload = enabled;
			EngineState.setFlag(e, TorrentFlags.SEQUENTIAL_DOWNLOAD, enabled);
			this.state.saveResumeData(e);
			this.state.persist(e);
			this.state.markDirty(e.id);
		}
	}

	void setFirstLastPiecePriority(List<TorrentEntry> torrents, boolean enabled) {
		for (TorrentEntry e : torrents) {
			e.firstLastPiecePriority = enabled;
			if (e.info != null) {
				if (enabled) {
					this.state.applyFirstLastPiece(e);
				}
				else {
					// re-applying unchanged file priorities leaves the pieces as they
					// are:
					// every piece is set back to its file's priority
					e.handle().prioritizePieces(EngineState.piecePriorities(e.info, e.filePriorities, false));
				}
			}
			this.state.persist(e);
			this.state.markDirty(e.id);
		}
	}

	void setLimits(List<TorrentEntry> torrents, @Nullable Long download, @Nullable Long upload) {
		for (TorrentEntry e : torrents) {
			if (download != null) {
				e.downloadLimit = download;
				e.handle().setDownloadLimit(EngineState.perTorrentLimit(download));
			}
			if (upload != null) {
				e.uploadLimit = upload;
				e.handle().setUploadLimit(EngineState.perTorrentLimit(upload));
			}
			this.state.saveResumeData(e);
			this.state.persist(e);
			this.state.markDirty(e.id);
		}
	}

	void setShareLimits(List<TorrentEntry> torrents, dev.torrentd.engine.ShareLimits limits) {
		for (TorrentEntry e : torrents) {
			e.shareLimits = limits;
			this.state.persist(e);
			this.state.markDirty(e.id);
		}
	}

	void setCategory(List<TorrentEntry> torrents, String category) {
		Labels.requireCategoryName(category);
		this.state.labels.ensureCategory(category);
		for (TorrentEntry e : torrents) {
			e.category = category;
			this.state.followCategory(e);
			this.state.persist(e);
			this.state.markDirty(e.id);
		}
	}

	void saveCategory(Category category) {
		Labels.requireCategoryName(category.name());
		Category resolved = new Category(category.name(),
				(category.savePath() != null) ? this.state.resolveSavePath(category.savePath()) : null);
		this.state.labels.categories.put(resolved.name(), resolved);
		this.state.labels.saveCategories();
		for (TorrentEntry e : this.state.entries.values()) {
			if (e.autoManagedSavePath && e.category.equals(resolved.name())) {
				this.state.followCategory(e);
				this.state.persist(e);
			}
		}
	}

	void removeCategories(Collection<String> names) {
		boolean changed = false;
		for (String name : names) {
			changed |= this.state.labels.categories.remove(name) != null;
		}
		if (!changed) {
			return;
		}
		this.state.labels.saveCategories();
		for (TorrentEntry e : this.state.entries.values()) {
			if (names.contains(e.category)) {
				e.category = "";
				this.state.followCategory(e);
				this.state.persist(e);
				this.state.markDirty(e.id);
			}
		}
	}

	void addTags(List<TorrentEntry> torrents, Set<String> names) {
		names.forEach(Labels::requireTagName);
		this.state.labels.ensureTags(names);
		for (TorrentEntry e : torrents) {
			if (e.tags.addAll(names)) {
				this.state.persist(e);
				this.state.markDirty(e.id);
			}
		}
	}

	void removeTags(List<TorrentEntry> torrents, Set<String> names) {
		for (TorrentEntry e : torrents) {
			boolean changed;
			if (names.isEmpty()) {
				changed = !e.tags.isEmpty();
				e.tags.clear();
			}
			else {
				changed = e.tags.removeAll(names);
			}
			if (changed) {
				this.state.persist(e);
				this.state.markDirty(e.id);
			}
		}
	}

	void createTags(Set<String> names) {
		names.forEach(Labels::requireTagName);
		this.state.labels.ensureTags(names);
	}

	void deleteTags(Set<String> names) {
		if (names.isEmpty()) {
			return;
		}
		if (this.state.labels.tags.removeAll(names)) {
			this.state.labels.saveTags();
		}
		removeTags(new ArrayList<>(this.state.entries.values()), names);
	}

	void addTrackers(TorrentEntry e, List<String> urls) {
		TorrentHandle h = e.handle();
		Set<String> present = new HashSet<>(e.trackers);
		int tier = h.trackers().stream().mapToInt(AnnounceEntry::tier).max().orElse(-1) + 1;
		for (String url : urls) {
			if (present.add(url)) {
				h.addTracker(tracker(url, tier));
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
			next.add(tracker(t.url().equals(oldUrl) ? newUrl : t.url(), t.tier()));
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
				next.add(tracker(t.url(), t.tier()));
			}
		}
		h.replaceTrackers(next);
		refreshTrackers(e);
	}

	private static AnnounceEntry tracker(String url, int tier) {
		AnnounceEntry entry = new AnnounceEntry(url);
		entry.tier((short) tier);
		return entry;
	}

	private void refreshTrackers(TorrentEntry e) {
		e.trackers = new ArrayList<>(e.handle().trackers().stream().map(AnnounceEntry::url).toList());
		this.state.saveResumeData(e);
		this.state.markDirty(e.id);
	}

	void addWebSeeds(TorrentEntry e, List<String> urls) {
		urls.forEach(e.handle()::addUrlSeed);
		e.webSeeds = new ArrayList<>(e.handle().urlSeeds());
		this.state.saveResumeData(e);
		this.state.markDirty(e.id);
	}

	void removeWebSeeds(TorrentEntry e, Collection<String> urls) {
		urls.forEach(e.handle()::removeUrlSeed);
		e.webSeeds = new ArrayList<>(e.handle().urlSeeds());
		this.state.saveResumeData(e);
		this.state.markDirty(e.id);
	}

	void applySettings(EngineSettings next) {
		EngineSettings previous = this.state.settings;
		this.state.settings = next;
		this.state.session.applySettings(SessionSettings.pack(next));
		if (previous.rateLimitLocalPeers() != next.rateLimitLocalPeers()) {
			SessionSettings.applyPeerClassFilter(this.state.session.swig(), next.rateLimitLocalPeers());
		}
		if (!previous.bannedAddresses().equals(next.bannedAddresses())) {
			SessionSettings.applyIpFilter(this.state.session.swig(), next.bannedAddresses());
		}
		boolean pex = previous.pex() != next.pex();
		boolean connections = previous.maxConnectionsPerTorrent() != next.maxConnectionsPerTorrent();
		boolean uploads = previous.maxUploadsPerTorrent() != next.maxUploadsPerTorrent();
		boolean queueingOff = previous.queueingEnabled() && !next.queueingEnabled();
		if (!java.util.Objects.equals(previous.incompleteSavePath(), next.incompleteSavePath())) {
			// as qBittorrent: automatically managed torrents follow the incomplete folder
			// (an incomplete one moves into it, out of it when it is turned off); a
			// torrent
			// with a manual save path keeps the download path it was added with
			for (TorrentEntry e : this.state.entries.values()) {
				if (e.autoManagedSavePath && e.inSession()) {
					try {
						this.state.followCategory(e);
						this.state.persist(e);
					}
					catch (InvalidTorrentException ex) {
						// the settings apply regardless; this torrent stays where it is
						log.warn("torrent {} cannot follow the incomplete folder: {}", e.id, ex.getMessage());
					}
				}
			}
		}
		// snapshots read the global share limits (ETA) and the queue state: only then is
		// every torrent republished (a rate-limit toggle must not re-render 10,000
		// torrents)
		boolean republish = !previous.shareLimits().equals(next.shareLimits())
				|| previous.queueingEnabled() != next.queueingEnabled();
		if (!pex && !connections && !uploads && !queueingOff && !republish) {
			saveSettings(next);
			return;
		}
		for (TorrentEntry e : this.state.entries.values()) {
			TorrentHandle h = e.handle;
			if (h == null) {
				continue;
			}
			// per-torrent calls only for what changed: each is a call into libtorrent per
			// torrent
			if (pex) {
				EngineState.setFlag(e, TorrentFlags.DISABLE_PEX, !next.pex());
			}
			if (connections) {
				h.swig().set_max_connections(EngineState.limitOrUnlimited(next.maxConnectionsPerTorrent()));
			}
			if (uploads) {
				h.swig().set_max_uploads(EngineState.limitOrUnlimited(next.maxUploadsPerTorrent()));
			}
			if (queueingOff && !e.stopped) {
				h.resume();
			}
			this.state.markDirty(e.id);
		}
		saveSettings(next);
	}

	private void saveSettings(EngineSettings next) {
		Map<String, String> values = EngineSettingsFile.write(next, this.state.configured);
		this.state.writer.execute(() -> this.state.store.saveProperties("settings", values));
	}

}
