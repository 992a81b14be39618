package dev.torrentd.utorrent.wire;

import java.util.List;
import java.util.Set;

import dev.torrentd.automation.UtorrentStatus;
import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PeerConnection;
import dev.torrentd.engine.PeerFlag;

/**
 * One row of {@code getpeers}: 22 columns in the reference WebUI's order (country, ip,
 * reverse DNS, uTP, port, client, flags, progress ‰, down B/s, up B/s, requests out/in,
 * waited s, uploaded, downloaded, hash errors, peer download B/s, max up, max down,
 * queued, inactive s, relevance ‰).
 *
 * <p>
 * torrentd has no GeoIP database or reverse lookups: the country is "" (unknown) and the
 * reverse DNS is the address itself. The engine does not count requests, hash errors or
 * idle time per peer, nor estimate a peer's own download rate: those columns are 0.
 * Uploaded and downloaded are 64-bit byte counts (real µTorrent wraps them at 32 bits;
 * utorrent-webui spec §2.9).
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
		return List.of("", peer.ip(), peer.ip(), (peer.connection() == PeerConnection.UTP) ? 1 : 0, peer.port(),
				peer.client(), flags(peer), UtorrentStatus.perMille(peer.progress()),
				WireNumbers.rate(peer.downloadRateBytesPerSecond()), WireNumbers.rate(peer.uploadRateBytesPerSecond()),
				0, 0, 0, peer.uploadedBytes(), peer.downloadedBytes(), 0, 0, 0, 0, 0, 0,
				UtorrentStatus.perMille(peer.relevance()));
	}

	/**
	 * The FLAGS column in µTorrent's letters (µTorrent's peer list legend, as
	 * libtorrent-webui builds it): first the choke state, then a space and where the peer
	 * came from and how it is connected; a group with no letter is left out.
	 * <ul>
	 * <li>{@code D} we download from the peer (we are interested, it does not choke us),
	 * {@code d} we want to but it chokes us, {@code K} it unchokes us though we are not
	 * interested;</li>
	 * <li>{@code U} we upload to the peer (it is interested, we do not choke it),
	 * {@code u} it wants to but we choke it, {@code ?} we unchoke it though it is not
	 * interested;</li>
	 * <li>{@code O} optimistic unchoke, {@code S} snubbed;</li>
	 * <li>{@code I} incoming connection, {@code H} found through DHT, {@code X} through
	 * peer exchange, {@code L} through local service discovery;</li>
	 * <li>{@code E} fully encrypted, {@code e} only the handshake encrypted, {@code P}
	 * uTP.</li>
	 * </ul>
	 * Found through a tracker and being a seed have no µTorrent letter.
	 * @param peer the peer
	 * @return e.g. {@code "UD IHEP"}, or "" when nothing is known
	 */
	static String flags(Peer peer) {
		Set<PeerFlag> f = peer.flags();
		StringBuilder state = new StringBuilder();
		// the engine's choke flags carry libtorrent's peer_info meaning: CHOKED = we
		// choke
		// the peer, REMOTE_CHOKED = the peer chokes us (as the qBittorrent dialect reads
		// them; PeerFlag's own doc has the two the other way round)
		boolean weChoke = f.contains(PeerFlag.CHOKED);
		boolean peerChokes = f.contains(PeerFlag.REMOTE_CHOKED);
		if (f.contains(PeerFlag.REMOTE_INTERESTED)) {
			state.append(weChoke ? 'u' : 'U');
		}
		else if (!weChoke) {
			state.append('?');
		}
		if (f.contains(PeerFlag.INTERESTED)) {
			state.append(peerChokes ? 'd' : 'D');
		}
		else if (!peerChokes) {
			state.append('K');
		}
		append(state, f, PeerFlag.OPTIMISTIC_UNCHOKE, 'O');
		append(state, f, PeerFlag.SNUBBED, 'S');
		StringBuilder origin = new StringBuilder();
		append(origin, f, PeerFlag.INCOMING, 'I');
		append(origin, f, PeerFlag.FROM_DHT, 'H');
		append(origin, f, PeerFlag.FROM_PEX, 'X');
		append(origin, f, PeerFlag.FROM_LSD, 'L');
		if (f.contains(PeerFlag.ENCRYPTED)) {
			origin.append('E');
		}
		else if (f.contains(PeerFlag.ENCRYPTED_HANDSHAKE)) {
			origin.append('e');
		}
		if (peer.connection() == PeerConnection.UTP) {
			origin.append('P');
		}
		if (state.isEmpty() || origin.isEmpty()) {
			return state.toString() + origin;
		}
		return state + " " + origin;
	}

	private static void append(StringBuilder letters, Set<PeerFlag> flags, PeerFlag flag, char letter) {
		if (flags.contains(flag)) {
			letters.append(letter);
		}
	}

}
