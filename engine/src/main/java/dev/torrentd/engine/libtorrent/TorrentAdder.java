package dev.torrentd.engine.libtorrent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.StopCondition;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import org.jspecify.annotations.Nullable;
import org.libtorrent4j.AddTorrentParams;
import org.libtorrent4j.AnnounceEntry;
import org.libtorrent4j.ErrorCode;
import org.libtorrent4j.SessionHandle;
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
 * Puts torrents into the session: new ones from a source and options, and stored ones at
 * start-up. A new torrent is persisted before libtorrent sees it, so that a
 * {@code kill -9} right after an add loses nothing.
 */
final class TorrentAdder {

	private static final Logger log = LoggerFactory.getLogger(TorrentAdder.class);

	private final EngineState state;

	TorrentAdder(EngineState state) {
		this.state = state;
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
		List<TorrentEntry> byAdded = new ArrayList<>(this.state.entries.values());
		byAdded.sort(Comparator.comparing((TorrentEntry e) -> e.addedAt));
		this.state.entries.clear();
		byAdded.forEach((e) -> this.state.entries.put(e.id, e));
		byAdded.forEach((e) -> this.state.markDirty(e.id));
		log.info("restored {} of {} torrents from {}", this.state.entries.size(), stored.size(),
				this.state.store.root());
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
		boolean resumeHasMetadata = params != null && params.getTorrentInfo() != null;
		if (!resumeHasMetadata && s.metainfo() != null) {
			// resume data saved before the metadata (or none): the layout's renames and
			// the
			// file priorities are not in it, so they are applied again from what torrentd
			// kept
			TorrentInfo ti = Sources.metainfo(s.metainfo()).info();
			if (e.contentLayoutApplied) {
				applyLayout(ti, e.contentLayout);
			}
			if (params == null) {
				params = new AddTorrentParams();
			}
			params.setTorrentInfo(ti);
			if (e.filePriorities.size() == ti.numFiles()) {
				params.filePriorities(Priorities.toLibtorrent(e.filePriorities));
			}
		}
		if (params == null && s.magnet() != null) {
			Sources.Parsed parsed = Sources.magnet(s.magnet());
			params = parsed.params();
			e.infoHashV1 = parsed.infoHashV1();
		}
		if (params == null) {
			throw new IllegalStateException("nothing to restore from");
		}
		// the resume data knows where libtorrent kept the data; the entry keeps where it
		// belongs (they differ while incomplete in the download path, or after a move
		// cut short)
		if (params.getSavePath() == null || params.getSavePath().isEmpty()) {
			TorrentInfo ti = params.getTorrentInfo();
			e.location = e.finishedStatus ? e.savePath : StorageLocations.initial(e.savePath, e.downloadPath,
					(ti != null) ? MetaInfos.of(ti).visiblePaths() : List.of(), Files::exists);
			params.setSavePath(e.location.toString());
		}
		else {
			e.location = Path.of(params.getSavePath()).toAbsolutePath().normalize();
		}
		configure(params, e, params.getFlags().and_(TorrentFlags.SEED_MODE).non_zero());
		if (e.infoHashV1.isEmpty() && params.getInfoHashes().hasV1()) {
			e.infoHashV1 = params.getInfoHashes().getV1().toHex();
		}
		addToSession(e, params);
		if (e.downloadPath == null || e.finishedStatus) {
			// where the data belongs does not depend on the check: finish a move that a
			// crash cut short (a completed torrent still in its download path, or split
			// between both folders) before libtorrent looks for the files. Otherwise the
			// check decides (StateEvents.onChecked).
			this.state.adjustLocation(e);
		}
	}

	AddResult add(TorrentSource source, AddOptions o) {
		Sources.Parsed parsed = Sources.parse(source);
		TorrentEntry existing = existing(parsed);
		if (existing != null) {
			return new AddResult(existing.id, true);
		}
		Labels.requireCategoryName(o.category());
		o.tags().forEach(Labels::requireTagName);
		TorrentEntry e = new TorrentEntry(parsed.id(), this.state.settings.defaultSavePath(),
				this.state.clock.instant());
		e.infoHashV1 = parsed.infoHashV1();
		e.category = o.category();
		e.tags.addAll(o.tags());
		e.name = (o.name() != null && !o.name().isBlank()) ? o.name() : null;
		e.autoManagedSavePath = (o.savePath() == null) && ((o.autoManagedSavePath() != null) ? o.autoManagedSavePath()
				: this.state.settings.autoManagedSavePath());
		e.savePath = (o.savePath() != null) ? this.state.resolveSavePath(o.savePath())
				: this.state.effectiveSavePath(e);
		e.downloadPath = StorageLocations.downloadPath(this.state.settings.incompleteSavePath(), e.autoManagedSavePath,
				e.category, e.savePath);
		e.contentLayout = (o.contentLayout() != null) ? o.contentLayout() : this.state.settings.contentLayout();
		e.forceStart = o.forceStart();
		e.stopped = !o.forceStart() && ((o.stopped() != null) ? o.stopped() : this.state.settings.addStopped());
		e.sequentialDownload = o.sequentialDownload();
		e.firstLastPiecePriority = o.firstLastPiecePriority();
		e.downloadLimit = o.downloadLimitBytesPerSecond();
		e.uploadLimit = o.uploadLimitBytesPerSecond();
		e.shareLimits = o.shareLimits();
		e.stopCondition = o.stopCondition();
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
			MetaInfo original = applyLayout(ti, e.contentLayout);
			e.contentLayoutApplied = true;
			// the params hold a copy of the torrent info: give them the renamed one
			params.setTorrentInfo(ti);
			e.filePriorities = EngineState.nativePriorities(original, o.filePriorities());
			params.filePriorities(Priorities.toLibtorrent(e.filePriorities));
			if (e.firstLastPiecePriority) {
				// in the params, so that no block is requested before the ends are
				// preferred; applied again when the torrent is checked
				params.piecePriorities(EngineState.piecePriorities(original, e.filePriorities, true));
			}
		}
		// content already in the save path (to seed it, or downloaded before) stays there
		e.location = o.skipChecking() ? e.savePath : StorageLocations.initial(e.savePath, e.downloadPath,
				(ti != null) ? MetaInfos.of(ti).visiblePaths() : List.of(), Files::exists);
		params.setSavePath(e.location.toString());
		configure(params, e, o.skipChecking());

		EngineState.createDirectory(e.location);
		this.state.labels.ensureCategory(e.category);
		this.state.labels.ensureTags(e.tags);
		persistNew(e, parsed);
		try {
			addToSession(e, params);
		}
		catch (RuntimeException ex) {
			this.state.writer.execute(() -> this.state.store.deleteTorrent(e.id));
			throw ex;
		}
		if (o.addToTopOfQueue()) {
			e.handle().queuePositionTop();
		}
		// listed with its queue position before its first state update (@ctrl/utorrent
		// reads it right after the add)
		e.queuePosition = e.handle().queuePosition();
		this.state.markDirty(e.id);
		return new AddResult(e.id, false);
	}

	/**
	 * The torrent already in the engine under either of the new one's hashes: a hybrid
	 * torrent is known by its truncated v2 hash when added from a .torrent, by its v1
	 * hash when added from a v1 magnet.
	 */
	private @Nullable TorrentEntry existing(Sources.Parsed parsed) {
		TorrentEntry e = this.state.entries.get(parsed.id());
		if (e != null || parsed.infoHashV1().isEmpty()) {
			return e;
		}
		e = this.state.entries.get(TorrentId.parse(parsed.infoHashV1()));
		if (e != null) {
			return e;
		}
		for (TorrentEntry other : this.state.entries.values()) {
			if (other.infoHashV1.equals(parsed.infoHashV1())) {
				return other;
			}
		}
		return null;
	}

	/**
	 * Persists a new torrent before the session sees it, so that a kill -9 right after
	 * the add loses nothing. The writes go through the writer, behind any pending delete
	 * of a torrent with the same hash that was just removed.
	 */
	private void persistNew(TorrentEntry e, Sources.Parsed parsed) {
		byte[] entry = TorrentEntryFile.write(e);
		try {
			this.state.writer.executeAndWait(() -> {
				if (parsed.metainfo() != null) {
					this.state.store.saveMetainfo(e.id, parsed.metainfo());
				}
				else {
					this.state.store.saveMagnet(e.id, parsed.magnet());
				}
				this.state.store.saveEntry(e.id, entry);
			});
		}
		catch (java.io.UncheckedIOException ex) {
			throw new InvalidTorrentException(
					"cannot save the torrent in the state directory: " + ex.getCause().getMessage(), ex);
		}
	}

	private void addToSession(TorrentEntry e, AddTorrentParams params) {
		ErrorCode ec = new ErrorCode(new error_code());
		// the session is started after this object is made, so its handle is taken here
		TorrentHandle handle = new SessionHandle(this.state.session.swig()).addTorrent(params, ec);
		if (ec.isError() || handle == null || !handle.isValid()) {
			throw new InvalidTorrentException("libtorrent refused the torrent: " + ec.getMessage());
		}
		e.handle = handle;
		e.handleId = handle.swig().id();
		this.state.entries.put(e.id, e);
		TorrentInfo ti = handle.torrentFile();
		if (ti != null) {
			e.info = MetaInfos.of(ti);
			e.filePriorities = EngineState.fromLibtorrent(handle.filePriorities());
			if (e.firstLastPiecePriority) {
				this.state.applyFirstLastPiece(e);
			}
		}
		e.trackers = new ArrayList<>(handle.trackers().stream().map(AnnounceEntry::url).toList());
		e.webSeeds = new ArrayList<>(handle.urlSeeds());
	}

	/** What torrentd decides for every torrent it puts in the session: flags, limits. */
	private void configure(AddTorrentParams params, TorrentEntry e, boolean seedMode) {
		params.setFlags(flags(params.getFlags(), e, seedMode));
		params.setDownloadLimit(EngineState.perTorrentLimit(e.downloadLimit));
		params.setUploadLimit(EngineState.perTorrentLimit(e.uploadLimit));
		params.setMaxConnections(EngineState.limitOrUnlimited(this.state.settings.maxConnectionsPerTorrent()));
		params.setMaxUploads(EngineState.limitOrUnlimited(this.state.settings.maxUploadsPerTorrent()));
	}

	private torrent_flags_t flags(torrent_flags_t base, TorrentEntry e, boolean seedMode) {
		torrent_flags_t flags = base.and_(TorrentFlags.AUTO_MANAGED.or_(TorrentFlags.PAUSED)
			.or_(TorrentFlags.SEQUENTIAL_DOWNLOAD)
			.or_(TorrentFlags.SUPER_SEEDING)
			.or_(TorrentFlags.DISABLE_PEX)
			.or_(TorrentFlags.SEED_MODE)
			.or_(TorrentFlags.UPLOAD_MODE)
			.inv());
		// a duplicate that torrentd's own check missed must fail, not merge into another
		// entry's handle
		flags = flags.or_(TorrentFlags.UPDATE_SUBSCRIBE)
			.or_(TorrentFlags.NEED_SAVE_RESUME)
			.or_(TorrentFlags.DUPLICATE_IS_ERROR);
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
		if (!this.state.settings.pex()) {
			flags = flags.or_(TorrentFlags.DISABLE_PEX);
		}
		if (seedMode) {
			flags = flags.or_(TorrentFlags.SEED_MODE);
		}
		return flags;
	}

	/**
	 * Renames a torrent info's files into a layout.
	 * @return the metadata as it was before the renames
	 */
	private static MetaInfo applyLayout(TorrentInfo ti, ContentLayout layout) {
		MetaInfo original = MetaInfos.of(ti);
		ContentLayouts.renames(original, layout).forEach(ti::renameFile);
		return original;
	}

}
