package dev.torrentd.engine;

/** Transports peers may use, as qBittorrent's {@code bittorrent_protocol} 0/1/2. */
public enum PeerProtocols {

	TCP_AND_UTP, TCP, UTP

}
