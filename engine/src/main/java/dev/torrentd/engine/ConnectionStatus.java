package dev.torrentd.engine;

/** Reachability of the engine, as qBittorrent's {@code connection_status}. */
public enum ConnectionStatus {

	/** Listening, and a peer has connected to us. */
	CONNECTED,

	/** Listening, but no peer has connected to us yet. */
	FIREWALLED,

	/** Not listening on any interface. */
	DISCONNECTED

}
