package dev.torrentd.engine;

/**
 * Facts about one peer connection; qBittorrent's flag letters and µTorrent's flags derive
 * from them.
 */
public enum PeerFlag {

	/** We want pieces the peer has. */
	INTERESTED,

	/** We are choking the peer (libtorrent's {@code peer_info::choked}). */
	CHOKED,

	/** The peer wants pieces we have. */
	REMOTE_INTERESTED,

	/** The peer is choking us (libtorrent's {@code peer_info::remote_choked}). */
	REMOTE_CHOKED,

	/** The peer has optimistically been unchoked. */
	OPTIMISTIC_UNCHOKE,

	/** The peer has stopped sending. */
	SNUBBED,

	/** The peer connected to us. */
	INCOMING,

	/** Found through DHT. */
	FROM_DHT,

	/** Found through peer exchange. */
	FROM_PEX,

	/** Found through local service discovery. */
	FROM_LSD,

	/** Found through a tracker. */
	FROM_TRACKER,

	/** The connection is fully encrypted (RC4). */
	ENCRYPTED,

	/** Only the handshake is obfuscated. */
	ENCRYPTED_HANDSHAKE,

	/** The peer is a seed. */
	SEED

}
