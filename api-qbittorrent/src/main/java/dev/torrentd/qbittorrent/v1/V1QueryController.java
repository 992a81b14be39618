package dev.torrentd.qbittorrent.v1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.qbittorrent.AltSpeedLimits;
import dev.torrentd.qbittorrent.QbPreferencesService;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.auth.QbSession;
import dev.torrentd.qbittorrent.error.QbApiException;
import dev.torrentd.qbittorrent.wire.MainData;
import dev.torrentd.qbittorrent.wire.MainDataSync;
import dev.torrentd.qbittorrent.wire.PeerJson;
import dev.torrentd.qbittorrent.wire.PieceHashes;
import dev.torrentd.qbittorrent.wire.QbValues;
import dev.torrentd.qbittorrent.wire.SerializedTorrents;
import dev.torrentd.qbittorrent.wire.SyncRid;
import dev.torrentd.qbittorrent.wire.TorrentFilter;
import dev.torrentd.qbittorrent.wire.TorrentPeersSync;
import dev.torrentd.qbittorrent.wire.TransferJson;
import dev.torrentd.qbittorrent.wire.V1Json;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API v1's reads, {@code /query/*} and {@code /sync/*}, as qBittorrent 4.0.4's
 * {@code WebApplication}: JSON, GET or POST, the torrent's hash in the path. For a hash
 * that names no torrent 4.0.4 answered 200 with an empty body, and so does this.
 */
@RestController
@ConditionalOnProperty(name = "torrentd.qbittorrent.legacy.enabled", havingValue = "true", matchIfMissing = true)
class V1QueryController {

	private final TorrentEngine engine;

	private final QbPreferencesService preferences;

	private final AltSpeedLimits altSpeedLimits;

	private final SerializedTorrents serialized;

	V1QueryController(TorrentEngine engine, QbPreferencesService preferences, AltSpeedLimits altSpeedLimits) {
		this.engine = engine;
		this.preferences = preferences;
		this.altSpeedLimits = altSpeedLimits;
		// 4.x state names (pausedUP, pausedDL) whatever API v2's profile
		this.serialized = new SerializedTorrents(QbProfile.of("4.6"));
	}

	/**
	 * {@code [torrent object]} of 4.0.4's keys ({@link V1Json#torrent}), filtered by
	 * {@code filter} and {@code category} ("" uncategorised; {@code label}, the 3.x name,
	 * when {@code category} is absent), sorted by {@code sort} (ignored when it names no
	 * key, as 4.0.4), {@code reverse}, then {@code offset} (negative: from the end) and
	 * {@code limit}.
	 */
	@RequestMapping(path = "/query/torrents", method = { RequestMethod.GET, RequestMethod.POST })
	List<Map<String, Object>> torrents(@RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String label,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String reverse,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String offset) {
		GlobalShareLimits global = this.engine.settings().shareLimits();
		TorrentFilter selection = TorrentFilter.of(filter, (category != null) ? category : label, null, null, null,
				null, null, null, null);
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Torrent torrent : this.engine.torrents()) {
			if (selection.matches(torrent)) {
				objects.add(V1Json.torrent(torrent, global));
			}
		}
		boolean sortable = sort != null && !objects.isEmpty() && objects.get(0).containsKey(sort);
		return TorrentFilter.of(null, null, null, null, null, sortable ? sort : null, reverse, limit, offset)
			.page(objects);
	}

	@RequestMapping(path = "/query/propertiesGeneral/{hash}", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<?> propertiesGeneral(@PathVariable String hash) {
		return ofTorrent(hash, V1Json::properties);
	}

	@RequestMapping(path = "/query/propertiesTrackers/{hash}", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<?> propertiesTrackers(@PathVariable String hash) {
		return ofTorrent(hash, (torrent) -> this.engine.trackers(torrent.id()).stream().map(V1Json::tracker).toList());
	}

	@RequestMapping(path = "/query/propertiesWebSeeds/{hash}", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<?> propertiesWebSeeds(@PathVariable String hash) {
		return ofTorrent(hash, V1Json::webSeeds);
	}

	/** The files; {@code []} before metadata. */
	@RequestMapping(path = "/query/propertiesFiles/{hash}", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<?> propertiesFiles(@PathVariable String hash) {
		return ofTorrent(hash, (torrent) -> {
			List<Map<String, Object>> files = new ArrayList<>();
			for (TorrentFile file : this.engine.files(torrent.id())) {
				files.add(V1Json.file(file, torrent));
			}
			return files;
		});
	}

	/** {@code ["sha1 hex"]} per piece. */
	@RequestMapping(path = "/query/getPieceHashes/{hash}", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<?> pieceHashes(@PathVariable String hash) {
		return ofTorrent(hash, (torrent) -> this.engine.metainfo(torrent.id()).map(PieceHashes::of).orElse(List.of()));
	}

	/** {@code [0|1|2]} per piece: missing, downloading, have. */
	@RequestMapping(path = "/query/getPieceStates/{hash}", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<?> pieceStates(@PathVariable String hash) {
		return ofTorrent(hash,
				(torrent) -> this.engine.pieceStates(torrent.id()).stream().map((state) -> switch (state) {
					case MISSING -> 0;
					case DOWNLOADING -> 1;
					case HAVE -> 2;
				}).toList());
	}

	/** The API v2 {@code transfer/info} object (its keys are 4.0.4's). */
	@RequestMapping(path = "/query/transferInfo", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> transferInfo() {
		return TransferJson.info(this.engine.transferStats(), this.engine.settings(), this.altSpeedLimits.enabled());
	}

	/** The API v2 preferences object (a superset of 4.0.4's). */
	@RequestMapping(path = "/query/preferences", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> preferences() {
		return this.preferences.preferences();
	}

	/** API v2's {@code sync/maindata}, with its own state per session. */
	@RequestMapping(path = "/sync/maindata", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> maindata(@AuthenticationPrincipal QbSession session,
			@RequestParam(required = false) @Nullable String rid) {
		MainDataSync sync = session.attribute(V1MainData.class, () -> new V1MainData(new MainDataSync())).sync();
		synchronized (sync) {
			return sync.answer(SyncRid.parse(rid),
					MainData.of(this.engine, this.serialized, this.altSpeedLimits.enabled()));
		}
	}

	/** API v2's {@code sync/torrentPeers}; 404 for an unknown {@code hash}. */
	@RequestMapping(path = "/sync/torrent_peers", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> torrentPeers(@AuthenticationPrincipal QbSession session,
			@RequestParam(required = false) @Nullable String hash,
			@RequestParam(required = false) @Nullable String rid) {
		Torrent torrent = QbValues.id((hash != null) ? hash : "")
			.flatMap(this.engine::find)
			.orElseThrow(QbApiException::notFound);
		var peers = PeerJson.peers(this.engine.peers(torrent.id()), torrent.hasMetadata());
		return session.attribute(V1Peers.class, () -> new V1Peers(new TorrentPeersSync()))
			.sync()
			.answer(SyncRid.parse(rid), torrent.id().hex(), peers, false);
	}

	private ResponseEntity<?> ofTorrent(String hash, Function<Torrent, Object> json) {
		Optional<Torrent> torrent = QbValues.id(hash).flatMap(this.engine::find);
		if (torrent.isEmpty()) {
			// qBittorrent 4.0.4: "Invalid torrent" in its log, an empty 200 on the wire
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("");
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.apply(torrent.get()));
	}

	/** API v1's maindata state, kept apart from API v2's in a session both use. */
	record V1MainData(MainDataSync sync) {
	}

	/** API v1's torrent_peers state, kept apart from API v2's. */
	record V1Peers(TorrentPeersSync sync) {
	}

}
