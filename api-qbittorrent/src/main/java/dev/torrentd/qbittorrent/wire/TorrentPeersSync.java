package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One web session's {@code sync/torrentPeers} state (spec §5.2), qBittorrent's generic
 * sync algorithm: the last answer and the last acknowledged one. A request that sends the
 * last answer's {@code rid} acknowledges it; a request whose {@code rid} is the
 * acknowledged one gets the changes since then; anything else a full update. qBittorrent
 * shares this state between the torrents of a session; here a request for another torrent
 * than the acknowledged answer's always gets a full update, so a client that switches
 * torrents without resetting {@code rid} is not told to drop the peers of the torrent it
 * left.
 * <p>
 * Thread-safe: concurrent requests of one session are served one after the other.
 */
public final class TorrentPeersSync {

	private record Answer(int rid, String hash, Map<String, Map<String, @Nullable Object>> peers, boolean showFlags) {
	}

	private int lastRid;

	private @Nullable Answer lastSent;

	private @Nullable Answer accepted;

	/**
	 * The answer to one {@code sync/torrentPeers} request.
	 * @param requestedRid the request's {@code rid} (0 when absent or not a number)
	 * @param hash the torrent's hash
	 * @param peers the current peer objects by {@code ip:port} ({@link PeerJson}); kept,
	 * must not be changed afterwards
	 * @param showFlags whether peer countries are shown ({@code show_flags})
	 * @return full: {@code {full_update: true, peers, rid, show_flags}}; partial:
	 * {@code rid} plus, when non-empty, {@code peers} (new peers whole, others only their
	 * changed fields), {@code peers_removed}, and {@code show_flags} if it changed; keys
	 * sorted
	 */
	public synchronized Map<String, Object> answer(int requestedRid, String hash,
			Map<String, Map<String, @Nullable Object>> peers, boolean showFlags) {
		if (requestedRid > 0 && this.lastSent != null && requestedRid == this.lastSent.rid()) {
			this.accepted = this.lastSent;
		}
		this.lastRid = SyncRid.next(this.lastRid);
		Answer now = new Answer(this.lastRid, hash, peers, showFlags);
		this.lastSent = now;
		Answer base = this.accepted;
		if (requestedRid > 0 && base != null && requestedRid == base.rid() && base.hash().equals(hash)) {
			return partial(base, now);
		}
		return full(now);
	}

	private static Map<String, Object> full(Answer now) {
		Map<String, Object> answer = new TreeMap<>();
		answer.put("full_update", true);
		answer.put("peers", new TreeMap<>(now.peers()));
		answer.put("rid", now.rid());
		answer.put("show_flags", now.showFlags());
		return answer;
	}

	private static Map<String, Object> partial(Answer base, Answer now) {
		Map<String, Object> answer = new TreeMap<>();
		answer.put("rid", now.rid());
		Map<String, Map<String, @Nullable Object>> changed = new TreeMap<>();
		now.peers().forEach((key, peer) -> {
			Map<String, @Nullable Object> previous = base.peers().get(key);
			Map<String, @Nullable Object> fields = MainDataSync.changedFields((previous != null) ? previous : Map.of(),
					peer);
			if (!fields.isEmpty()) {
				changed.put(key, fields);
			}
		});
		if (!changed.isEmpty()) {
			answer.put("peers", changed);
		}
		List<String> removed = new ArrayList<>();
		for (String key : base.peers().keySet()) {
			if (!now.peers().containsKey(key)) {
				removed.add(key);
			}
		}
		if (!removed.isEmpty()) {
			answer.put("peers_removed", removed);
		}
		if (base.showFlags() != now.showFlags()) {
			answer.put("show_flags", now.showFlags());
		}
		return answer;
	}

}
