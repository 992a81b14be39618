package dev.torrentd.qbittorrent.v2;

import java.util.Map;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.AltSpeedLimits;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.auth.QbSession;
import dev.torrentd.qbittorrent.error.QbApiException;
import dev.torrentd.qbittorrent.wire.MainData;
import dev.torrentd.qbittorrent.wire.MainDataSync;
import dev.torrentd.qbittorrent.wire.PeerJson;
import dev.torrentd.qbittorrent.wire.QbValues;
import dev.torrentd.qbittorrent.wire.SerializedTorrents;
import dev.torrentd.qbittorrent.wire.SyncRid;
import dev.torrentd.qbittorrent.wire.TorrentPeersSync;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/sync}: the incremental {@code maindata} and {@code torrentPeers} feeds
 * of qBittorrent's {@code SyncController}, with their state kept per web session.
 */
@RestController
@RequestMapping("/api/v2/sync")
class SyncController {

	private final TorrentEngine engine;

	private final SerializedTorrents serialized;

	private final AltSpeedLimits altSpeedLimits;

	SyncController(TorrentEngine engine, QbProfile profile, AltSpeedLimits altSpeedLimits) {
		this.engine = engine;
		this.serialized = new SerializedTorrents(profile);
		this.altSpeedLimits = altSpeedLimits;
	}

	/**
	 * Torrents, categories, tags, trackers and server state: a full update for
	 * {@code rid} 0/unknown, else what changed since the answer with that {@code rid}
	 * (spec §5.1).
	 */
	@RequestMapping(path = "/maindata", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> maindata(@AuthenticationPrincipal QbSession session,
			@RequestParam(required = false) @Nullable String rid) {
		MainDataSync sync = session.attribute(MainDataSync.class, MainDataSync::new);
		// the snapshot is taken under the session's lock: two concurrent requests of one
		// session must not apply an older snapshot after a newer one
		synchronized (sync) {
			return sync.answer(SyncRid.parse(rid),
					MainData.of(this.engine, this.serialized, this.altSpeedLimits.enabled()));
		}
	}

	/**
	 * One torrent's peers by {@code ip:port}, full or changed since {@code rid} (spec
	 * §5.2); 404 {@code Not Found} for a missing, malformed or unknown {@code hash}.
	 */
	@RequestMapping(path = "/torrentPeers", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> torrentPeers(@AuthenticationPrincipal QbSession session,
			@RequestParam(required = false) @Nullable String hash,
			@RequestParam(required = false) @Nullable String rid) {
		Torrent torrent = this.engine
			.get(QbValues.id((hash != null) ? hash : "").orElseThrow(QbApiException::notFound));
		var peers = PeerJson.peers(this.engine.peers(torrent.id()), torrent.hasMetadata());
		// countries are not resolved, so show_flags is false as qBittorrent's default
		return session.attribute(TorrentPeersSync.class, TorrentPeersSync::new)
			.answer(SyncRid.parse(rid), torrent.id().hex(), peers, false);
	}

}
