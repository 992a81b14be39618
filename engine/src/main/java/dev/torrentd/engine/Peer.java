package dev.torrentd.engine;

import java.util.Set;

/**
 * One connected peer of a torrent, as qBittorrent's {@code sync/torrentPeers} and
 * µTorrent's {@code getpeers} need it.
 *
 * @param ip the address, without port or brackets
 * @param port the peer's port
 * @param client client name from the handshake (e.g. "libtorrent/2.0.6.0"), "" if unknown
 * @param peerIdPrefix the first 8 bytes of the peer ID if printable ASCII, "" otherwise
 * @param progress the peer's progress in [0, 1]
 * @param downloadRateBytesPerSecond payload rate from this peer
 * @param uploadRateBytesPerSecond payload rate to this peer
 * @param downloadedBytes payload downloaded from this peer
 * @param uploadedBytes payload uploaded to this peer
 * @param connection transport
 * @param flags what is known of the connection
 * @param relevance fraction of the peer's pieces we lack, in [0, 1]
 */
public record Peer(String ip, int port, String client, String peerIdPrefix, double progress,
		long downloadRateBytesPerSecond, long uploadRateBytesPerSecond, long downloadedBytes, long uploadedBytes,
		PeerConnection connection, Set<PeerFlag> flags, double relevance) {

	public Peer {
		flags = Set.copyOf(flags);
	}

}
