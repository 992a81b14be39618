package dev.torrentd.engine;

/**
 * Session-wide transfer figures, refreshed once a second from libtorrent's session stats.
 *
 * @param downloadRateBytesPerSecond payload download rate
 * @param uploadRateBytesPerSecond payload upload rate
 * @param downloadedSessionBytes payload downloaded since start
 * @param uploadedSessionBytes payload uploaded since start
 * @param downloadedAllTimeBytes payload downloaded over the engine's whole life
 * (persisted)
 * @param uploadedAllTimeBytes payload uploaded over the engine's whole life (persisted)
 * @param wastedSessionBytes bytes discarded since start (failed hashes, redundant blocks)
 * @param downloadLimitBytesPerSecond global download limit, 0 for none
 * @param uploadLimitBytesPerSecond global upload limit, 0 for none
 * @param dhtNodes nodes in the DHT routing table
 * @param peerConnections open peer connections
 * @param connectionStatus reachability
 * @param listenPort the TCP port peers connect to, 0 while not listening
 * @param freeSpaceOnDiskBytes free space where the default save path is, -1 if unknown
 */
public record TransferStats(long downloadRateBytesPerSecond, long uploadRateBytesPerSecond, long downloadedSessionBytes,
		long uploadedSessionBytes, long downloadedAllTimeBytes, long uploadedAllTimeBytes, long wastedSessionBytes,
		long downloadLimitBytesPerSecond, long uploadLimitBytesPerSecond, long dhtNodes, long peerConnections,
		ConnectionStatus connectionStatus, int listenPort, long freeSpaceOnDiskBytes) {
}
