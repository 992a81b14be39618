package dev.torrentd.engine.libtorrent;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PeerConnection;
import dev.torrentd.engine.PeerFlag;
import dev.torrentd.engine.PieceState;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.Tracker;
import dev.torrentd.engine.TrackerStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.libtorrent4j.AnnounceEndpoint;
import org.libtorrent4j.AnnounceEntry;
import org.libtorrent4j.PartialPieceInfo;
import org.libtorrent4j.TorrentHandle;
import org.libtorrent4j.Vectors;
import org.libtorrent4j.swig.announce_infohash;
import org.libtorrent4j.swig.bitfield;
import org.libtorrent4j.swig.peer_flags_t;
import org.libtorrent4j.swig.peer_info;
import org.libtorrent4j.swig.peer_info_vector;
import org.libtorrent4j.swig.peer_source_flags_t;

/**
 * Keeps snapshots of the per-torrent details (file progress, trackers, peers, piece
 * states) of the torrents that clients are looking at. libtorrent 2.0.6's Java binding
 * has no alert-based {@code post_peer_info}/{@code post_file_progress}, so these need
 * synchronous handle calls; they are made here, on this class's own thread, once a second
 * for each torrent read in the last {@link #WATCH_TIME}, never on a request thread. The
 * first read of a torrent waits (bounded) for its first refresh.
 */
final class DetailRefresher implements AutoCloseable {

	/** The details of one torrent at one time. */
	record Details(Instant at, List<TorrentFile> files, List<Tracker> trackers, List<Peer> peers,
			List<PieceState> pieces) {
	}

	static final Duration WATCH_TIME = Duration.ofSeconds(30);

	private static final Duration MAX_AGE = Duration.ofMillis(1500);

	private static final Duration FIRST_READ_WAIT = Duration.ofSeconds(3);

	private static final Logger log = LoggerFactory.getLogger(DetailRefresher.class);

	private final Function<TorrentId, Optional<DetailSource>> sources;

	private final InstantSource clock;

	private final Map<TorrentId, Instant> watched = new ConcurrentHashMap<>();

	private final Map<TorrentId, Details> cache = new ConcurrentHashMap<>();

	private final Map<TorrentId, CompletableFuture<Details>> waiting = new ConcurrentHashMap<>();

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread t = new Thread(r, "torrentd-details");
		t.setDaemon(true);
		return t;
	});

	DetailRefresher(Function<TorrentId, Optional<DetailSource>> sources, InstantSource clock) {
		this.sources = sources;
		this.clock = clock;
		this.thread.scheduleWithFixedDelay(this::refreshWatched, 1, 1, TimeUnit.SECONDS);
	}

	/**
	 * The latest details of a torrent, refreshed first when older than 1.5 s.
	 * @param id the torrent
	 * @return its details (empty lists when libtorrent could not be read in time)
	 */
	Details get(TorrentId id) {
		Instant now = this.clock.instant();
		this.watched.put(id, now);
		Details cached = this.cache.get(id);
		if (cached != null && Duration.between(cached.at(), now).compareTo(MAX_AGE) <= 0) {
			return cached;
		}
		CompletableFuture<Details> next = this.waiting.computeIfAbsent(id, (k) -> {
			CompletableFuture<Details> f = new CompletableFuture<>();
			this.thread.execute(() -> refresh(k));
			return f;
		});
		try {
			return next.get(FIRST_READ_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | java.util.concurrent.ExecutionException ex) {
			return (cached != null) ? cached : withoutLibtorrent(id, now);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return (cached != null) ? cached : withoutLibtorrent(id, now);
		}
	}

	/**
	 * Forgets a torrent's cached details, so that the next read gets fresh ones.
	 * @param id the torrent
	 */
	void invalidate(TorrentId id) {
		this.cache.remove(id);
	}

	/** Drops a removed torrent's details. */
	void forget(TorrentId id) {
		this.watched.remove(id);
		this.cache.remove(id);
	}

	private void refreshWatched() {
		Instant cutoff = this.clock.instant().minus(WATCH_TIME);
		Set<TorrentId> ids = new HashSet<>(this.watched.keySet());
		for (TorrentId id : ids) {
			Instant last = this.watched.get(id);
			if (last == null || last.isBefore(cutoff) || this.sources.apply(id).isEmpty()) {
				this.watched.remove(id);
				this.cache.remove(id);
			}
			else {
				refresh(id);
			}
		}
	}

	private void refresh(TorrentId id) {
		Details details;
		try {
			details = this.sources.apply(id).map(this::read).orElseGet(() -> empty(this.clock.instant()));
			this.cache.put(id, details);
		}
		catch (RuntimeException ex) {
			// a handle whose torrent was just removed throws "invalid torrent handle
			// used"
			log.debug("cannot read details of {}: {}", id, ex.getMessage());
			details = this.cache.getOrDefault(id, empty(this.clock.instant()));
		}
		CompletableFuture<Details> waiter = this.waiting.remove(id);
		if (waiter != null) {
			waiter.complete(details);
		}
	}

	private Details read(DetailSource source) {
		TorrentHandle h = source.handle();
		if (!h.isValid()) {
			return empty(this.clock.instant());
		}
		MetaInfo info = source.info();
		List<TorrentFile> files = List.of();
		List<PieceState> pieces = List.of();
		bitfield have = null;
		if (info != null) {
			have = h.swig().status(TorrentHandle.QUERY_PIECES).get_pieces();
			pieces = pieceStates(have, info.pieceCount(), h.getDownloadQueue());
			files = files(info, source.priorities(), h.fileProgress(TorrentHandle.PIECE_GRANULARITY),
					h.pieceAvailability());
		}
		return new Details(this.clock.instant(), files, trackers(h.trackers(), source.trackerPeers()),
				peers(h, have, (info != null) ? info.pieceCount() : 0), pieces);
	}

	/**
	 * What is known without asking libtorrent, when it did not answer in time: the file
	 * list from the metadata (progress unknown, so 0) rather than no files at all, which
	 * clients such as Sonarr would read as an empty torrent.
	 */
	private Details withoutLibtorrent(TorrentId id, Instant now) {
		MetaInfo info = this.sources.apply(id).map(DetailSource::info).orElse(null);
		if (info == null) {
			return empty(now);
		}
		List<FilePriority> priorities = this.sources.apply(id).map(DetailSource::priorities).orElse(List.of());
		return new Details(now, files(info, priorities, new long[0], new int[0]), List.of(), List.of(), List.of());
	}

	private static Details empty(Instant at) {
		return new Details(at, List.of(), List.of(), List.of(), List.of());
	}

	static List<PieceState> pieceStates(bitfield have, int pieceCount, List<PartialPieceInfo> downloading) {
		PieceState[] states = new PieceState[pieceCount];
		for (int i = 0; i < pieceCount; i++) {
			states[i] = (i < have.size() && have.get_bit(i)) ? PieceState.HAVE : PieceState.MISSING;
		}
		for (PartialPieceInfo partial : downloading) {
			int index = partial.pieceIndex();
			if (index >= 0 && index < pieceCount && states[index] == PieceState.MISSING) {
				states[index] = PieceState.DOWNLOADING;
			}
		}
		return List.of(states);
	}

	/** Files without BEP 47 pad files, indexed as the dialects see them. */
	private static List<TorrentFile> files(MetaInfo info, List<FilePriority> priorities, long[] progress,
			int[] availability) {
		List<TorrentFile> files = new ArrayList<>();
		int visible = 0;
		for (int i = 0; i < info.files().size(); i++) {
			MetaInfo.FileEntry file = info.files().get(i);
			if (file.padFile()) {
				continue;
			}
			FilePriority priority = (i < priorities.size()) ? priorities.get(i) : FilePriority.NORMAL;
			long done = (i < progress.length) ? Math.min(progress[i], file.size()) : 0;
			files.add(new TorrentFile(visible++, file.path(), file.size(), done, priority, file.firstPiece(),
					file.lastPiece(), fileAvailability(availability, file)));
		}
		return files;
	}

	private static double fileAvailability(int[] availability, MetaInfo.FileEntry file) {
		if (availability.length == 0) {
			return -1;
		}
		int available = 0;
		int count = 0;
		for (int p = file.firstPiece(); p <= file.lastPiece() && p < availability.length; p++) {
			count++;
			if (availability[p] > 0) {
				available++;
			}
		}
		return (count == 0) ? 0 : (double) available / count;
	}

	private static List<Tracker> trackers(List<AnnounceEntry> entries, Map<String, Integer> trackerPeers) {
		List<Tracker> trackers = new ArrayList<>(entries.size());
		for (AnnounceEntry entry : entries) {
			boolean updating = false;
			boolean working = false;
			boolean failed = false;
			String message = "";
			int seeds = -1;
			int leechers = -1;
			int downloaded = -1;
			for (AnnounceEndpoint endpoint : entry.endpoints()) {
				announce_infohash ih = endpoint.swig().get_infohash_v1();
				updating |= ih.getUpdating();
				working |= ih.getFails() == 0 && ih.getStart_sent();
				failed |= ih.getFails() > 0;
				if (message.isEmpty() && ih.getMessage() != null && !ih.getMessage().isEmpty()) {
					message = ih.getMessage();
				}
				if (message.isEmpty() && ih.getLast_error().value() != 0) {
					message = ih.getLast_error().message();
				}
				seeds = Math.max(seeds, ih.getScrape_complete());
				leechers = Math.max(leechers, ih.getScrape_incomplete());
				downloaded = Math.max(downloaded, ih.getScrape_downloaded());
			}
			TrackerStatus status = updating ? TrackerStatus.UPDATING : working ? TrackerStatus.WORKING
					: failed ? TrackerStatus.NOT_WORKING : TrackerStatus.NOT_CONTACTED;
			trackers.add(new Tracker(entry.url(), entry.tier(), status, message,
					trackerPeers.getOrDefault(entry.url(), (status == TrackerStatus.WORKING) ? 0 : -1), seeds, leechers,
					downloaded, 0));
		}
		return trackers;
	}

	private static List<Peer> peers(TorrentHandle h, @org.jspecify.annotations.Nullable bitfield have, int pieceCount) {
		peer_info_vector vector = new peer_info_vector();
		h.swig().get_peer_info(vector);
		List<Peer> peers = new ArrayList<>(vector.size());
		for (int i = 0; i < vector.size(); i++) {
			peer_info p = vector.get(i);
			peer_flags_t f = p.getFlags();
			if (has(f, peer_info.connecting) || has(f, peer_info.handshake)) {
				continue;
			}
			EnumSet<PeerFlag> flags = EnumSet.noneOf(PeerFlag.class);
			flag(flags, f, peer_info.interesting, PeerFlag.INTERESTED);
			flag(flags, f, peer_info.choked, PeerFlag.CHOKED);
			flag(flags, f, peer_info.remote_interested, PeerFlag.REMOTE_INTERESTED);
			flag(flags, f, peer_info.remote_choked, PeerFlag.REMOTE_CHOKED);
			flag(flags, f, peer_info.optimistic_unchoke, PeerFlag.OPTIMISTIC_UNCHOKE);
			flag(flags, f, peer_info.snubbed, PeerFlag.SNUBBED);
			flag(flags, f, peer_info.seed, PeerFlag.SEED);
			flag(flags, f, peer_info.rc4_encrypted, PeerFlag.ENCRYPTED);
			flag(flags, f, peer_info.plaintext_encrypted, PeerFlag.ENCRYPTED_HANDSHAKE);
			if (!has(f, peer_info.local_connection) && !has(f, peer_info.outgoing_connection)) {
				flags.add(PeerFlag.INCOMING);
			}
			peer_source_flags_t source = p.getSource();
			source(flags, source, peer_info.dht, PeerFlag.FROM_DHT);
			source(flags, source, peer_info.pex, PeerFlag.FROM_PEX);
			source(flags, source, peer_info.lsd, PeerFlag.FROM_LSD);
			source(flags, source, peer_info.tracker, PeerFlag.FROM_TRACKER);
			PeerConnection connection = has(f, peer_info.utp_socket) ? PeerConnection.UTP
					: p.getConnection_type().eq(peer_info.standard_bittorrent) ? PeerConnection.BT : PeerConnection.WEB;
			String client = Vectors.byte_vector2utf8(p.get_client());
			peers.add(new Peer(p.getIp().address().to_string(), p.getIp().port(), printable(client),
					peerIdPrefix(Vectors.byte_vector2bytes(p.getPid().to_bytes())), p.getProgress(),
					p.getPayload_down_speed(), p.getPayload_up_speed(), p.getTotal_download(), p.getTotal_upload(),
					connection, flags, relevance(have, p.get_pieces(), pieceCount)));
		}
		return peers;
	}

	/**
	 * qBittorrent's relevance: the share of the peer's pieces that we lack, among the
	 * pieces we lack.
	 */
	private static double relevance(@org.jspecify.annotations.Nullable bitfield have, bitfield theirs, int pieceCount) {
		if (have == null || pieceCount == 0 || theirs.size() == 0) {
			return 0;
		}
		int missing = 0;
		int theyHave = 0;
		for (int i = 0; i < pieceCount; i++) {
			if (i >= have.size() || !have.get_bit(i)) {
				missing++;
				if (i < theirs.size() && theirs.get_bit(i)) {
					theyHave++;
				}
			}
		}
		return (missing == 0) ? 0 : (double) theyHave / missing;
	}

	private static String peerIdPrefix(byte[] pid) {
		if (pid.length < 8) {
			return "";
		}
		for (int i = 0; i < 8; i++) {
			if (pid[i] < 0x20 || pid[i] > 0x7e) {
				return "";
			}
		}
		return new String(pid, 0, 8, java.nio.charset.StandardCharsets.US_ASCII);
	}

	private static String printable(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().filter((c) -> !Character.isISOControl(c)).forEach(out::appendCodePoint);
		return out.toString();
	}

	private static boolean has(peer_flags_t flags, peer_flags_t flag) {
		return flags.and_(flag).non_zero();
	}

	private static void flag(Set<PeerFlag> flags, peer_flags_t all, peer_flags_t flag, PeerFlag value) {
		if (has(all, flag)) {
			flags.add(value);
		}
	}

	private static void source(Set<PeerFlag> flags, peer_source_flags_t all, peer_source_flags_t flag, PeerFlag value) {
		if (all.and_(flag).non_zero()) {
			flags.add(value);
		}
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
		try {
			this.thread.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
