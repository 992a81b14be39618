package dev.torrentd.utorrent.wire;

import java.util.List;

import dev.torrentd.engine.Peer;

/**
 * One row of {@code getpeers}: 22 columns in the reference WebUI's order (country, ip,
 * reverse DNS, uTP, port, client, flags, progress ‰, down B/s, up B/s, requests out/in,
 * waited s, uploaded, downloaded, hash errors, peer download B/s, max up, max down,
 * queued, inactive s, relevance ‰).
 */
public final class PeerRow {

	private PeerRow() {
	}

	/**
	 * The row of a peer.
	 * @param peer the engine's peer
	 * @return 22 values
	 */
	public static List<Object> of(Peer peer) {
		throw new UnsupportedOperationException("TODO");
	}

}
