package dev.torrentd.qbittorrent.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PeerConnection;
import dev.torrentd.engine.PeerFlag;
import org.jspecify.annotations.Nullable;

/**
 * The peer object of {@code sync/torrentPeers} (spec §4.6), as qBittorrent's
 * {@code SyncController::torrentPeersAction} and {@code PeerInfo} build it.
 */
public final class PeerJson {

	/** qBittorrent's name of the uTP transport ({@code C_UTP}, with a Greek mu). */
	static final String UTP = "\u03bcTP";

	private PeerJson() {
	}

	/**
	 * The {@code peers} object: peers by {@link #key}, in the engine's order; peers
	 * without an IP are skipped (as qBittorrent).
	 * @param peers the engine's peers of one torrent
	 * @param hasMetadata whether the torrent has metadata (only then is {@code files}
	 * present)
	 * @return the objects, a new map
	 */
	public static Map<String, Map<String, @Nullable Object>> peers(List<Peer> peers, boolean hasMetadata) {
		Map<String, Map<String, @Nullable Object>> objects = new LinkedHashMap<>();
		for (Peer peer : peers) {
			if (!peer.ip().isEmpty()) {
				objects.put(key(peer), peer(peer, hasMetadata));
			}
		}
		return objects;
	}

	/**
	 * A peer's key: {@code ip:port}, {@code [ip]:port} for IPv6.
	 * @param peer the peer
	 * @return the key
	 */
	public static String key(Peer peer) {
		return (peer.ip().indexOf(':') >= 0) ? "[" + peer.ip() + "]:" + peer.port() : peer.ip() + ":" + peer.port();
	}

	/**
	 * One peer object, keys sorted: {@code client}, {@code connection} ({@code BT},
	 * {@code μTP} or {@code Web}), {@code dl_speed}, {@code downloaded}, {@code files},
	 * {@code flags}, {@code flags_desc}, {@code ip}, {@code peer_id_client},
	 * {@code port}, {@code progress} (0…1), {@code relevance} (0…1), {@code up_speed},
	 * {@code uploaded}; speeds in B/s of payload, totals in bytes. {@code files} names
	 * the files of the piece being downloaded from the peer; the engine does not report
	 * that piece, so it is "" (as qBittorrent's for a peer we download nothing from).
	 * @param peer the engine's peer
	 * @param hasMetadata whether the torrent has metadata ({@code files} only then)
	 * @return the object, a new mutable map
	 */
	public static Map<String, @Nullable Object> peer(Peer peer, boolean hasMetadata) {
		Map<String, @Nullable Object> json = new TreeMap<>();
		json.put("client", peer.client());
		json.put("connection", connection(peer.connection()));
		json.put("dl_speed", peer.downloadRateBytesPerSecond());
		json.put("downloaded", peer.downloadedBytes());
		if (hasMetadata) {
			json.put("files", "");
		}
		Flags flags = flags(peer.flags(), peer.connection());
		json.put("flags", flags.letters());
		json.put("flags_desc", flags.description());
		json.put("ip", peer.ip());
		json.put("peer_id_client", peer.peerIdPrefix());
		json.put("port", peer.port());
		json.put("progress", peer.progress());
		json.put("relevance", peer.relevance());
		json.put("up_speed", peer.uploadRateBytesPerSecond());
		json.put("uploaded", peer.uploadedBytes());
		return json;
	}

	static String connection(PeerConnection connection) {
		return switch (connection) {
			case BT -> "BT";
			case UTP -> UTP;
			case WEB -> "Web";
		};
	}

	/**
	 * qBittorrent's flag letters and their explanations
	 * ({@code PeerInfo::determineFlags}, same order and wording). The engine's flags
	 * follow libtorrent's {@code peer_info}: {@link PeerFlag#CHOKED} is libtorrent's
	 * {@code choked} (we choke the peer), {@link PeerFlag#REMOTE_CHOKED} its
	 * {@code remote_choked} (the peer chokes us).
	 * @param flags the engine's flags
	 * @param connection the transport ({@code P} for uTP)
	 * @return letters separated by spaces, and lines "X = explanation"
	 */
	static Flags flags(Set<PeerFlag> flags, PeerConnection connection) {
		Flags out = new Flags();
		boolean interesting = flags.contains(PeerFlag.INTERESTED);
		boolean choking = flags.contains(PeerFlag.CHOKED);
		boolean remoteInterested = flags.contains(PeerFlag.REMOTE_INTERESTED);
		boolean remoteChoking = flags.contains(PeerFlag.REMOTE_CHOKED);
		if (interesting) {
			if (remoteChoking) {
				out.add('d', "Interested (local) and choked (peer)");
			}
			else {
				out.add('D', "Interested (local) and unchoked (peer)");
			}
		}
		if (remoteInterested) {
			if (choking) {
				out.add('u', "Interested (peer) and choked (local)");
			}
			else {
				out.add('U', "Interested (peer) and unchoked (local)");
			}
		}
		if (!remoteChoking && !interesting) {
			out.add('K', "Not interested (local) and unchoked (peer)");
		}
		if (!choking && !remoteInterested) {
			out.add('?', "Not interested (peer) and unchoked (local)");
		}
		out.addIf(flags.contains(PeerFlag.OPTIMISTIC_UNCHOKE), 'O', "Optimistic unchoke");
		out.addIf(flags.contains(PeerFlag.SNUBBED), 'S', "Peer snubbed");
		out.addIf(flags.contains(PeerFlag.INCOMING), 'I', "Incoming connection");
		out.addIf(flags.contains(PeerFlag.FROM_DHT), 'H', "Peer from DHT");
		out.addIf(flags.contains(PeerFlag.FROM_PEX), 'X', "Peer from PEX");
		out.addIf(flags.contains(PeerFlag.FROM_LSD), 'L', "Peer from LSD");
		out.addIf(flags.contains(PeerFlag.ENCRYPTED), 'E', "Encrypted traffic");
		out.addIf(flags.contains(PeerFlag.ENCRYPTED_HANDSHAKE), 'e', "Encrypted handshake");
		out.addIf(connection == PeerConnection.UTP, 'P', UTP);
		// 'h' (NAT hole punching) is not reported by the engine
		return out;
	}

	/** Flag letters and their explanation lines, built in qBittorrent's order. */
	static final class Flags {

		private final StringBuilder letters = new StringBuilder();

		private final StringBuilder description = new StringBuilder();

		void add(char letter, String explanation) {
			if (!this.letters.isEmpty()) {
				this.letters.append(' ');
				this.description.append('\n');
			}
			this.letters.append(letter);
			this.description.append(letter).append(" = ").append(explanation);
		}

		void addIf(boolean condition, char letter, String explanation) {
			if (condition) {
				add(letter, explanation);
			}
		}

		String letters() {
			return this.letters.toString();
		}

		String description() {
			return this.description.toString();
		}

	}

}
