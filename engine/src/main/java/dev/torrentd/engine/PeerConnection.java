package dev.torrentd.engine;

/** The transport of a peer connection. */
public enum PeerConnection {

	/** BitTorrent over TCP. */
	BT,

	/** BitTorrent over uTP. */
	UTP,

	/** An HTTP web seed. */
	WEB

}
