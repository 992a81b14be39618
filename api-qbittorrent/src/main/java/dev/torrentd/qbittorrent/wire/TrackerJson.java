package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PeerFlag;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.Tracker;

/**
 * The items of {@code torrents/trackers} (spec §4.5): three pseudo-trackers for the DHT,
 * PeX and LSD, then the real ones; also the {@code trackers} of {@code torrents/info}
 * with {@code includeTrackers}. Keys {@code msg, num_downloaded, num_leeches, num_peers,
 * num_seeds, status, tier, url}; counts -1 when unknown.
 */
public final class TrackerJson {

	private static final String PRIVATE_MESSAGE = "This torrent is private";

	private TrackerJson() {
	}

	/**
	 * The whole {@code torrents/trackers} list.
	 * @param torrent the torrent
	 * @param trackers its trackers
	 * @param peers its connected peers, counted by the source they came from
	 * @param settings which of DHT, PeX and LSD are on
	 * @return the pseudo-trackers, then the real ones
	 */
	public static List<Map<String, Object>> trackers(Torrent torrent, List<Tracker> trackers, List<Peer> peers,
			EngineSettings settings) {
		boolean isPrivate = Boolean.TRUE.equals(torrent.isPrivate());
		List<Map<String, Object>> list = new ArrayList<>();
		list.add(pseudo("** [DHT] **", settings.dht(), isPrivate, peers, PeerFlag.FROM_DHT));
		list.add(pseudo("** [PeX] **", settings.pex(), isPrivate, peers, PeerFlag.FROM_PEX));
		list.add(pseudo("** [LSD] **", settings.lsd(), isPrivate, peers, PeerFlag.FROM_LSD));
		trackers.forEach((tracker) -> list.add(tracker(tracker)));
		return list;
	}

	/**
	 * One real tracker; status 1 not contacted, 2 working, 3 updating, 4 not working.
	 * @param tracker the tracker
	 * @return the object, a new mutable map
	 */
	public static Map<String, Object> tracker(Tracker tracker) {
		int status = switch (tracker.status()) {
			case NOT_CONTACTED -> 1;
			case WORKING -> 2;
			case UPDATING -> 3;
			case NOT_WORKING -> 4;
		};
		return entry(tracker.url(), tracker.tier(), status, tracker.message(), tracker.peers(), tracker.seeds(),
				tracker.leechers(), tracker.downloaded());
	}

	private static Map<String, Object> pseudo(String url, boolean enabled, boolean isPrivate, List<Peer> peers,
			PeerFlag source) {
		int seeds = 0;
		int leechers = 0;
		for (Peer peer : peers) {
			if (peer.flags().contains(source)) {
				if (peer.flags().contains(PeerFlag.SEED)) {
					seeds++;
				}
				else {
					leechers++;
				}
			}
		}
		return entry(url, -1, (enabled && !isPrivate) ? 2 : 0, isPrivate ? PRIVATE_MESSAGE : "", 0, seeds, leechers, 0);
	}

	private static Map<String, Object> entry(String url, int tier, int status, String message, int peers, int seeds,
			int leechers, int downloaded) {
		Map<String, Object> json = new TreeMap<>();
		json.put("msg", message);
		json.put("num_downloaded", downloaded);
		json.put("num_leeches", leechers);
		json.put("num_peers", peers);
		json.put("num_seeds", seeds);
		json.put("status", status);
		json.put("tier", tier);
		json.put("url", url);
		return json;
	}

}
