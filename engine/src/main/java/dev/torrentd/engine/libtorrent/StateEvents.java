package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.StopCondition;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import org.libtorrent4j.TorrentHandle;
import org.libtorrent4j.TorrentInfo;
import org.libtorrent4j.TorrentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the engine does when libtorrent reports something (status updates, metadata,
 * checks, completion, moves, renames, resume data), plus the periodic share-limit check
 * and resume-data saves. Runs on the engine thread.
 */
final class StateEvents {

	private static final Logger log = LoggerFactory.getLogger(StateEvents.class);

	private final EngineState state;

	StateEvents(EngineState state) {
		this.state = state;
	}

	void onStatuses(List<LtStatus> statuses) {
		Instant now = this.state.clock.instant();
		for (LtStatus s : statuses) {
			TorrentEntry e = this.state.lookup(s.key());
			if (e == null) {
				continue;
			}
			e.status = s;
			trackActivity(e, s, now);
			if (s.finished() && s.hasMetadata() && e.completedAt == null) {
				e.completedAt = now;
				this.state.persist(e);
			}
			this.state.changedSinceSave.add(e.id);
			this.state.markDirty(e.id);
		}
	}

	/**
	 * The last time a payload byte moved, from libtorrent's all-time counters (which,
	 * unlike the session counters, do not restart when the queue pauses a torrent). The
	 * first status after an add or a restart sets the baseline.
	 */
	private static void trackActivity(TorrentEntry e, LtStatus s, Instant now) {
		long payload = s.allTimeDownload() + s.allTimeUpload();
		if (e.lastPayloadTotal >= 0 && payload > e.lastPayloadTotal) {
			e.lastActivityAt = now;
			e.activityUnsaved = true;
		}
		e.lastPayloadTotal = payload;
	}

	void onMetadata(LtKey key) {
		TorrentEntry e = this.state.lookup(key);
		if (e == null) {
			return;
		}
		TorrentHandle h = e.handle();
		TorrentInfo ti = h.torrentFile();
		if (ti == null) {
			return;
		}
		MetaInfo info = MetaInfos.of(ti);
		e.info = info;
		TorrentId id = e.id;
		try {
			TorrentInfo withHashes = h.torrentFileWithHashes();
			byte[] bytes = ((withHashes != null) ? withHashes : ti).bencode();
			this.state.writer.execute(() -> this.state.store.saveMetainfo(id, bytes));
		}
		catch (RuntimeException ex) {
			log.warn("cannot write the metadata of {} as a .torrent ({}); it is kept in the resume data", id,
					ex.getMessage());
		}
		if (!e.contentLayoutApplied) {
			ContentLayouts.renames(info, e.contentLayout).forEach(h::renameFile);
			e.contentLayoutApplied = true;
		}
		List<FilePriority> pending = e.pendingFilePriorities;
		e.filePriorities = EngineState.nativePriorities(info, pending);
		e.pendingFilePriorities = List.of();
		if (!pending.isEmpty()) {
			h.prioritizeFiles(Priorities.toLibtorrent(e.filePriorities));
		}
		if (e.firstLastPiecePriority) {
			this.state.applyFirstLastPiece(e);
		}
		if (e.stopCondition == StopCondition.METADATA_RECEIVED) {
			e.stopCondition = StopCondition.NONE;
			this.state.stop(List.of(e));
		}
		this.state.saveResumeData(e);
		this.state.persist(e);
		this.state.markDirty(id);
	}

	void onChecked(LtKey key) {
		TorrentEntry e = this.state.lookup(key);
		if (e == null) {
			return;
		}
		if (e.firstLastPiecePriority) {
			// libtorrent applies the file priorities when the torrent is initialised,
			// which
			// resets piece priorities set right after the add
			this.state.applyFirstLastPiece(e);
		}
		if (e.stopCondition == StopCondition.FILES_CHECKED) {
			e.stopCondition = StopCondition.NONE;
			this.state.stop(List.of(e));
		}
		if (e.info != null && e.downloadPath != null) {
			// as qBittorrent's handleTorrentChecked: the check decides whether the data
			// belongs in the save path (complete: a recheck, or a restart after the
			// torrent finished while its move was pending) or in the download path. Only
			// then is libtorrent asked (a round trip per torrent, at every start)
			TorrentStatus status = e.handle().status(true);
			boolean finished = status.isFinished() || status.isSeeding();
			boolean before = e.finishedStatus;
			if (finished) {
				e.finishedStatus = true;
			}
			else if (status.totalWanted() > 0) {
				e.finishedStatus = false;
			}
			if (e.finishedStatus != before) {
				this.state.persist(e);
			}
			this.state.adjustLocation(e);
		}
		else {
			// without a download path the data belongs in the save path: finish a move
			// that a restart found undone
			this.state.adjustLocation(e);
		}
		this.state.saveResumeData(e);
		this.state.markDirty(e.id);
	}

	void onFinished(LtKey key) {
		TorrentEntry e = this.state.lookup(key);
		if (e != null) {
			if (!e.finishedStatus) {
				e.finishedStatus = true;
				// the flag matters only with a download path (no write burst for every
				// seed at a start; it is saved with the next write otherwise)
				if (e.downloadPath != null) {
					this.state.persist(e);
				}
			}
			removeLeftFolders(e);
			// an incomplete-folder download goes to its save path now
			this.state.adjustLocation(e);
			this.state.saveResumeData(e);
			this.state.session.postTorrentUpdates();
		}
	}

	/**
	 * Tries the folders renames left once more: a piece written to a file's old path
	 * before its rename can leave a folder that the rename's own cleanup found in use.
	 */
	private void removeLeftFolders(TorrentEntry e) {
		Path savePath = e.location;
		for (Path folder : List.copyOf(e.leftFolders)) {
			this.state.writer.execute(() -> EmptyFolders.removeUpTo(folder, savePath));
		}
		e.leftFolders.clear();
	}

	void onFileRenamed(LtKey key, int index) {
		TorrentEntry e = this.state.lookup(key);
		if (e == null) {
			return;
		}
		MetaInfo before = e.info;
		TorrentInfo ti = e.handle().torrentFile();
		if (ti != null) {
			e.info = MetaInfos.of(ti);
		}
		if (before != null && index >= 0 && index < before.files().size()) {
			// as qBittorrent: folders the file left (a dropped root folder, or pieces
			// written
			// before a magnet's layout was applied) are removed when empty
			Path savePath = e.location;
			Path oldFolder = savePath.resolve(before.files().get(index).path()).getParent();
			e.leftFolders.add(oldFolder);
			this.state.writer.execute(() -> EmptyFolders.removeUpTo(oldFolder, savePath));
		}
		this.state.saveResumeData(e);
		this.state.markDirty(e.id);
	}

	/**
	 * A move is done. The entry already holds where torrentd wants the data
	 * ({@link TorrentEntry#location}, the last move asked for); libtorrent's status now
	 * shows the new folder.
	 */
	void onStorageMoved(LtKey key, String path) {
		TorrentEntry e = this.state.lookup(key);
		if (e == null) {
			return;
		}
		log.debug("torrent {} is now in {}", e.id, path);
		this.state.saveResumeData(e);
		this.state.persist(e);
		this.state.markDirty(e.id);
		this.state.session.postTorrentUpdates();
	}

	/**
	 * A move failed: the data stays where libtorrent has it, so that the next event that
	 * decides the place (a check, completion, a restart, a new save path) tries again.
	 */
	void onStorageMoveFailed(LtKey key, String message) {
		TorrentEntry e = this.state.lookup(key);
		if (e == null) {
			return;
		}
		String current = e.handle().savePath();
		log.warn("torrent {} ({}) could not be moved to {} and stays in {}: {}", e.id, TorrentSnapshots.name(e),
				e.location, current, message);
		if (current != null && !current.isEmpty()) {
			e.location = Path.of(current).toAbsolutePath().normalize();
		}
		this.state.markDirty(e.id);
		this.state.session.postTorrentUpdates();
	}

	void onTrackerReply(LtKey key, String url, int peers) {
		TorrentEntry e = this.state.lookup(key);
		if (e != null) {
			this.state.trackerPeers.computeIfAbsent(e.id, (k) -> new HashMap<>()).put(url, peers);
		}
	}

	void onResumeData(LtKey key, byte[] data) {
		TorrentEntry e = this.state.lookup(key);
		if (e != null) {
			TorrentId id = e.id;
			this.state.writer.execute(() -> this.state.store.saveResumeData(id, data));
			this.state.resumeDataSaved(e);
		}
	}

	void onResumeDataFailed(LtKey key) {
		TorrentEntry e = this.state.lookup(key);
		if (e != null) {
			this.state.resumeDataSaved(e);
		}
	}

	/**
	 * Applies share-limit actions that are due (qBittorrent checks once a second too).
	 * @param published the latest snapshots by ID
	 * @return the torrents removed by a limit
	 */
	List<TorrentId> enforceShareLimits(Map<TorrentId, Torrent> published) {
		Instant now = this.state.clock.instant();
		List<TorrentId> removed = new ArrayList<>();
		for (TorrentEntry e : List.copyOf(this.state.entries.values())) {
			Torrent t = published.get(e.id);
			if (t == null || !e.inSession()) {
				continue;
			}
			ShareLimitPolicy.Effective limits = ShareLimitPolicy.effective(e.shareLimits,
					this.state.settings.shareLimits());
			ShareLimitAction action = ShareLimitPolicy.due(t, limits, ShareLimitPolicy.inactiveSeconds(e, now))
				.orElse(null);
			// the entry is newer than the snapshot: an action already taken is not taken
			// again
			if (action == null || (action == ShareLimitAction.STOP && e.stopped)
					|| (action == ShareLimitAction.ENABLE_SUPER_SEEDING && e.superSeeding)) {
				continue;
			}
			log.info("torrent {} ({}) reached a share limit (ratio {}, seeding {} s): {}", e.id, t.name(),
					String.format("%.2f", t.ratio()), t.seedingSeconds(), action);
			switch (action) {
				case STOP -> this.state.stop(List.of(e));
				case REMOVE, REMOVE_WITH_CONTENT -> {
					this.state.remove(List.of(e), action == ShareLimitAction.REMOVE_WITH_CONTENT);
					removed.add(e.id);
				}
				case ENABLE_SUPER_SEEDING -> this.state.setSuperSeeding(List.of(e), true);
				default -> {
				}
			}
		}
		return removed;
	}

	/**
	 * Asks libtorrent for the resume data of every torrent whose status changed since the
	 * last time, and saves queue positions and activity times that moved.
	 */
	void saveChangedResumeData() {
		for (TorrentId id : List.copyOf(this.state.changedSinceSave)) {
			TorrentEntry e = this.state.entries.get(id);
			if (e == null) {
				continue;
			}
			boolean queueMoved = e.status != null && e.status.queuePosition() != e.queuePosition;
			if (queueMoved || e.activityUnsaved) {
				if (e.status != null) {
					e.queuePosition = e.status.queuePosition();
				}
				e.activityUnsaved = false;
				this.state.persist(e);
			}
			this.state.saveResumeData(e);
		}
		this.state.changedSinceSave.clear();
	}

	/**
	 * Asks for every torrent's resume data (at shutdown) and records queue positions; the
	 * caller waits until {@link EngineState#pendingResumeData()} is zero.
	 */
	void saveAllResumeData() {
		for (TorrentEntry e : this.state.entries.values()) {
			if (!e.inSession() || !e.handle().isValid()) {
				continue;
			}
			if (e.status != null) {
				e.queuePosition = e.status.queuePosition();
			}
			e.activityUnsaved = false;
			this.state.persist(e);
			this.state.saveResumeData(e, TorrentHandle.SAVE_INFO_DICT.or_(TorrentHandle.FLUSH_DISK_CACHE));
		}
	}

}
