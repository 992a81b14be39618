package dev.torrentd.engine;

/** Reachability of the engine, as qBittorrent's {@code connection_status}. */
public enum ConnectionStatus {

	/**
	 * Listening, and a peer from outside the local network has connected to us
	 * (libtorrent's {@code net.has_incoming_connections}; LAN and loopback peers do not
	 * count).
	 */
	CONNECTED,

	/** Listening, but no peer from outside the local network has connected to us yet. */
	FIREWALLED,

	/** Not listening on any interface. */
	DISCONNECTED

}
