package dev.torrentd.engine.libtorrent;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.LtStatus.LtState;
import org.jspecify.annotations.Nullable;

/**
 * Builds {@link Torrent} snapshots from a {@link TorrentEntry}: pure functions of the
 * entry, the settings and the time, following qBittorrent's {@code TorrentImpl} where a
 * value is derived.
 */
final class TorrentSnapshots {

	private TorrentSnapshots() {
	}

	static Torrent snapshot(TorrentEntry e, EngineSettings settings, Instant now) {
		LtStatus s = e.status;
		MetaInfo info = e.info;
		TorrentState state = state(e);
		boolean stopped = state == TorrentState.STOPPED;
		boolean complete = s != null && s.finished() && info != null;
		Path location = location(e);
		Path downloadPath = inDownloadPath(e, location) ? e.downloadPath : null;
		// the folder the content goes to once complete while it is still downloading
		// elsewhere, else where it is (during a move: the folder it is leaving)
		Path savePath = (downloadPath != null) ? e.savePath : location;
		List<String> files = (info != null) ? info.visiblePaths() : List.of();
		String rootFolder = rootFolder(files);
		long downloaded = (s != null) ? s.allTimeDownload() : 0;
		long uploaded = (s != null) ? s.allTimeUpload() : 0;
		double ratio = ratio(uploaded, downloaded, (s != null) ? s.totalDone() : 0);
		long downloadRate = (s == null || stopped) ? 0 : s.downloadRate();
		long uploadRate = (s == null || stopped) ? 0 : s.uploadRate();
		long wanted = (s != null) ? s.totalWanted() : 0;
		long wantedDone = (s != null) ? s.totalWantedDone() : 0;
		return new Torrent(e.id, hashV1(e, info), (info != null) ? info.infoHashV2() : "", name(e), state, complete,
				info != null, (info != null) ? info.totalSize() : 0, wanted, wantedDone,
				(s != null) ? s.totalDone() : 0, progress(s, state), downloadRate, uploadRate, downloaded, uploaded,
				(s != null) ? s.sessionDownload() : 0, (s != null) ? s.sessionUpload() : 0,
				(s != null) ? s.numSeeds() : 0, (s != null) ? Math.max(0, s.numPeers() - s.numSeeds()) : 0,
				swarmSeeds(s), swarmLeechers(s), ratio,
				eta(e, settings.shareLimits(), complete, stopped, wanted - wantedDone, downloadRate, uploadRate, ratio,
						downloaded, uploaded, now),
				savePath, contentPath(location, files, rootFolder),
				(rootFolder != null) ? location.resolve(rootFolder) : null, e.category, e.tags, e.addedAt,
				e.completedAt, e.lastActivityAt,
				(s != null && s.lastSeenCompleteSeconds() > 0) ? Instant.ofEpochSecond(s.lastSeenCompleteSeconds())
						: null,
				(s != null) ? s.activeMillis() / 1000 : 0, (s != null) ? s.finishedMillis() / 1000 : 0,
				(s != null) ? s.queuePosition() : e.queuePosition, e.forceStart && !stopped, e.autoManagedSavePath,
				e.sequentialDownload, e.firstLastPiecePriority, e.superSeeding, e.downloadLimit, e.uploadLimit,
				e.shareLimits, currentTracker(s, e.trackers), e.trackers,
				(s != null) ? Math.max(0, s.nextAnnounceMillis() / 1000) : 0, (info != null) ? info.isPrivate() : null,
				(info != null) ? info.comment() : "", (info != null) ? info.createdBy() : "",
				(info != null) ? info.createdAt() : null, (info != null) ? info.pieceCount() : 0,
				(info != null) ? info.pieceLength() : 0, (s != null) ? s.numPieces() : 0,
				(s != null && s.distributedCopies() >= 0) ? s.distributedCopies() : -1,
				(s != null) ? s.numConnections() : 0, (s != null) ? s.connectionsLimit() : -1,
				(s != null) ? s.wasted() : 0, magnetUri(hashV1(e, info), (info != null) ? info.infoHashV2() : "",
						name(e), e.id.hex(), e.trackers, e.webSeeds),
				e.webSeeds, errorMessage(e), downloadPath);
	}

	/**
	 * Where the data is now: libtorrent's save path, which changes when a move is done;
	 * before the first status, where torrentd put the torrent.
	 */
	static Path location(TorrentEntry e) {
		LtStatus s = e.status;
		return (s != null && !s.savePath().isEmpty()) ? Path.of(s.savePath()).toAbsolutePath().normalize() : e.location;
	}

	/**
	 * Whether the data is in the torrent's download path (not yet moved to its save
	 * path).
	 */
	static boolean inDownloadPath(TorrentEntry e, Path location) {
		return e.downloadPath != null && !e.downloadPath.equals(e.savePath) && e.downloadPath.equals(location);
	}

	/** State derivation in qBittorrent's order (TorrentImpl::updateState). */
	static TorrentState state(TorrentEntry e) {
		LtStatus s = e.status;
		if (s == null) {
			if (e.stopped) {
				return TorrentState.STOPPED;
			}
			return (e.info == null) ? TorrentState.FETCHING_METADATA : TorrentState.CHECKING_RESUME_DATA;
		}
		if (s.state() == LtState.CHECKING_RESUME_DATA) {
			return TorrentState.CHECKING_RESUME_DATA;
		}
		if (s.movingStorage()) {
			return TorrentState.MOVING;
		}
		if (!errorMessage(e).isEmpty()) {
			return TorrentState.ERROR;
		}
		boolean stopped = e.stopped || (s.paused() && !s.autoManaged());
		boolean queued = !stopped && s.paused();
		if (!s.hasMetadata()) {
			return stopped ? TorrentState.STOPPED : queued ? TorrentState.QUEUED : TorrentState.FETCHING_METADATA;
		}
		// a torrent waiting for its turn to be checked is checking, as in qBittorrent
		if (s.state() == LtState.CHECKING_FILES && !stopped) {
			return TorrentState.CHECKING;
		}
		if (stopped) {
			return TorrentState.STOPPED;
		}
		if (queued) {
			return TorrentState.QUEUED;
		}
		return s.finished() ? TorrentState.SEEDING : TorrentState.DOWNLOADING;
	}

	private static String errorMessage(TorrentEntry e) {
		LtStatus s = e.status;
		if (s == null) {
			return "";
		}
		return (s.error().isEmpty() && s.uploadMode()) ? "upload mode: the disk could not be written" : s.error();
	}

	static String name(TorrentEntry e) {
		if (e.name != null && !e.name.isEmpty()) {
			return e.name;
		}
		if (e.info != null) {
			return e.info.name();
		}
		return e.magnetName.isEmpty() ? e.id.hex() : e.magnetName;
	}

	private static String hashV1(TorrentEntry e, @Nullable MetaInfo info) {
		if (info != null) {
			return info.infoHashV1();
		}
		return e.infoHashV1;
	}

	/**
	 * qBittorrent's progress: the check's progress while checking, else wanted done /
	 * wanted.
	 */
	static double progress(@Nullable LtStatus s, TorrentState state) {
		if (s == null) {
			return 0;
		}
		if (state == TorrentState.CHECKING || state == TorrentState.CHECKING_RESUME_DATA) {
			return s.progress();
		}
		if (s.totalWanted() == 0) {
			return 0;
		}
		if (s.totalWantedDone() >= s.totalWanted()) {
			return 1;
		}
		return Math.min(1.0, (double) s.totalWantedDone() / s.totalWanted());
	}

	/**
	 * qBittorrent's ratio: uploaded / downloaded, with the verified bytes standing in for
	 * a seeder that lost its download counter; {@link Torrent#MAX_RATIO} when infinite.
	 */
	static double ratio(long uploaded, long downloaded, long totalDone) {
		long base = (downloaded < totalDone * 0.01) ? totalDone : downloaded;
		if (base == 0) {
			return (uploaded == 0) ? 0 : Torrent.MAX_RATIO;
		}
		return Math.min(Torrent.MAX_RATIO, (double) uploaded / base);
	}

	private static int swarmSeeds(@Nullable LtStatus s) {
		if (s == null) {
			return 0;
		}
		return (s.numComplete() >= 0) ? s.numComplete() : s.listSeeds();
	}

	private static int swarmLeechers(@Nullable LtStatus s) {
		if (s == null) {
			return 0;
		}
		return (s.numIncomplete() >= 0) ? s.numIncomplete() : Math.max(0, s.listPeers() - s.listSeeds());
	}

	/**
	 * Seconds until done: remaining / rate while downloading; while seeding, until the
	 * nearest share limit (as qBittorrent), else infinite.
	 */
	static long eta(TorrentEntry e, GlobalShareLimits global, boolean complete, boolean stopped, long remaining,
			long downloadRate, long uploadRate, double ratio, long downloaded, long uploaded, Instant now) {
		if (stopped) {
			return Torrent.ETA_INFINITE;
		}
		if (!complete) {
			return (downloadRate > 0) ? Math.min(Torrent.ETA_INFINITE, remaining / downloadRate) : Torrent.ETA_INFINITE;
		}
		ShareLimitPolicy.Effective limits = ShareLimitPolicy.effective(e.shareLimits, global);
		long eta = Torrent.ETA_INFINITE;
		if (limits.ratioLimit() >= 0 && uploadRate > 0) {
			long base = Math.max(downloaded, 1);
			long toUpload = (long) (limits.ratioLimit() * base) - uploaded;
			eta = Math.min(eta, Math.max(0, toUpload / uploadRate));
		}
		long seedingSeconds = (e.status != null) ? e.status.finishedMillis() / 1000 : 0;
		if (limits.seedingTimeLimitMinutes() >= 0) {
			eta = Math.min(eta, Math.max(0, limits.seedingTimeLimitMinutes() * 60 - seedingSeconds));
		}
		if (limits.inactiveSeedingTimeLimitMinutes() >= 0) {
			long inactive = ShareLimitPolicy.inactiveSeconds(e, now);
			eta = Math.min(eta, Math.max(0, limits.inactiveSeedingTimeLimitMinutes() * 60 - inactive));
		}
		return eta;
	}

	/**
	 * The common root folder of a torrent's files, or null if the files have none (a
	 * single file, or a torrent laid out without subfolder).
	 */
	static @Nullable String rootFolder(List<String> paths) {
		String root = null;
		for (String path : paths) {
			int slash = path.indexOf('/');
			if (slash <= 0) {
				return null;
			}
			String first = path.substring(0, slash);
			if (root == null) {
				root = first;
			}
			else if (!root.equals(first)) {
				return null;
			}
		}
		return root;
	}

	/**
	 * qBittorrent's content_path: the file of a single-file torrent, the root folder, or
	 * the save path.
	 */
	static Path contentPath(Path savePath, List<String> files, @Nullable String rootFolder) {
		if (files.size() == 1) {
			return savePath.resolve(files.get(0));
		}
		return (rootFolder != null) ? savePath.resolve(rootFolder) : savePath;
	}

	private static String currentTracker(@Nullable LtStatus s, List<String> trackers) {
		if (s != null && !s.currentTracker().isEmpty()) {
			return s.currentTracker();
		}
		return trackers.isEmpty() ? "" : trackers.get(0);
	}

	/**
	 * A magnet URI as qBittorrent builds it: xt (btih, btmh), dn unless it is the hash,
	 * every tr and ws.
	 */
	static String magnetUri(String hashV1, String hashV2, String name, String id, List<String> trackers,
			List<String> webSeeds) {
		StringBuilder uri = new StringBuilder("magnet:?");
		String sep = "";
		if (!hashV1.isEmpty()) {
			uri.append("xt=urn:btih:").append(hashV1);
			sep = "&";
		}
		if (!hashV2.isEmpty()) {
			uri.append(sep).append("xt=urn:btmh:1220").append(hashV2);
			sep = "&";
		}
		if (sep.isEmpty()) {
			uri.append("xt=urn:btih:").append(id);
		}
		if (!name.isEmpty() && !name.equalsIgnoreCase(id)) {
			uri.append("&dn=").append(encode(name));
		}
		for (String tracker : trackers) {
			uri.append("&tr=").append(encode(tracker));
		}
		for (String seed : webSeeds) {
			uri.append("&ws=").append(encode(seed));
		}
		return uri.toString();
	}

	/**
	 * Percent-encoding as libtorrent's make_magnet_uri writes it (lower-case hex, %20 for
	 * space).
	 */
	private static String encode(String text) {
		String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
		StringBuilder out = new StringBuilder(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '%' && i + 2 < encoded.length()) {
				out.append('%').append(encoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
				i += 2;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
