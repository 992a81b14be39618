package dev.torrentd.utorrent.wire;

import java.util.EnumSet;
import java.util.Set;

import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PeerConnection;
import dev.torrentd.engine.PeerFlag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeerRowTests {

	/** We download from it and upload to it: both sides interested, nobody choking. */
	private static final Set<PeerFlag> TRADING = EnumSet.of(PeerFlag.INTERESTED, PeerFlag.REMOTE_INTERESTED);

	@Test
	void peerFillsTwentyTwoColumnsInTheReferenceWebUisOrder() {
		Peer peer = new Peer("203.0.113.7", 51413, "Transmission 4.0.5", "-TR4050-", 0.3456, 120_000, 8_000,
				5_000_000_000L, 1_000_000L, PeerConnection.BT, EnumSet.of(PeerFlag.INTERESTED, PeerFlag.FROM_DHT),
				0.25);
		assertThat(PeerRow.of(peer)).containsExactly("", "203.0.113.7", "203.0.113.7", 0, 51413, "Transmission 4.0.5",
				"?D H", 345, 120_000, 8_000, 0, 0, 0, 1_000_000L, 5_000_000_000L, 0, 0, 0, 0, 0, 0, 250);
	}

	@Test
	void utpConnectionIsMarkedInColumnThreeAndByP() {
		Peer peer = peer(PeerConnection.UTP, TRADING);
		assertThat(PeerRow.of(peer).get(3)).isEqualTo(1);
		assertThat(PeerRow.of(peer).get(6)).isEqualTo("UD P");
		assertThat(PeerRow.of(peer(PeerConnection.WEB, TRADING)).get(3)).isEqualTo(0);
	}

	@Test
	void chokeStateReadsAsMicroTorrentsLetters() {
		// the engine's CHOKED is libtorrent's "we choke the peer", REMOTE_CHOKED "it
		// chokes us"
		assertThat(flags(TRADING)).isEqualTo("UD");
		assertThat(flags(
				EnumSet.of(PeerFlag.INTERESTED, PeerFlag.REMOTE_CHOKED, PeerFlag.REMOTE_INTERESTED, PeerFlag.CHOKED)))
			.isEqualTo("ud");
		assertThat(flags(EnumSet.of(PeerFlag.REMOTE_INTERESTED, PeerFlag.REMOTE_CHOKED))).isEqualTo("U");
		assertThat(flags(EnumSet.of(PeerFlag.INTERESTED, PeerFlag.CHOKED))).isEqualTo("D");
		assertThat(flags(EnumSet.of(PeerFlag.CHOKED))).isEqualTo("K");
		assertThat(flags(EnumSet.of(PeerFlag.REMOTE_CHOKED))).isEqualTo("?");
		assertThat(flags(EnumSet.of(PeerFlag.CHOKED, PeerFlag.REMOTE_CHOKED))).isEmpty();
	}

	@Test
	void optimisticUnchokeAndSnubbedFollowTheChokeState() {
		Set<PeerFlag> flags = EnumSet.of(PeerFlag.REMOTE_INTERESTED, PeerFlag.OPTIMISTIC_UNCHOKE, PeerFlag.SNUBBED,
				PeerFlag.INTERESTED, PeerFlag.REMOTE_CHOKED);
		assertThat(flags(flags)).isEqualTo("UdOS");
	}

	@Test
	void originAndEncryptionFollowASpace() {
		Set<PeerFlag> flags = EnumSet.copyOf(TRADING);
		flags.addAll(EnumSet.of(PeerFlag.INCOMING, PeerFlag.FROM_DHT, PeerFlag.FROM_PEX, PeerFlag.FROM_LSD,
				PeerFlag.ENCRYPTED));
		assertThat(PeerRow.of(peer(PeerConnection.UTP, flags)).get(6)).isEqualTo("UD IHXLEP");
	}

	@Test
	void handshakeOnlyEncryptionIsLowerCaseE() {
		Set<PeerFlag> flags = EnumSet.copyOf(TRADING);
		flags.add(PeerFlag.ENCRYPTED_HANDSHAKE);
		assertThat(flags(flags)).isEqualTo("UD e");
		flags.add(PeerFlag.ENCRYPTED);
		assertThat(flags(flags)).isEqualTo("UD E");
	}

	@Test
	void trackerAndSeedHaveNoLetter() {
		Set<PeerFlag> flags = EnumSet.of(PeerFlag.CHOKED, PeerFlag.REMOTE_CHOKED, PeerFlag.FROM_TRACKER, PeerFlag.SEED);
		assertThat(flags(flags)).isEmpty();
	}

	@Test
	void progressAndRelevanceArePerMilleRoundedDown() {
		Peer seed = new Peer("10.0.0.2", 6881, "", "", 1.0, 0, 0, 0, 0, PeerConnection.BT, TRADING, 0.9999);
		assertThat(PeerRow.of(seed).get(7)).isEqualTo(1000);
		assertThat(PeerRow.of(seed).get(21)).isEqualTo(999);
		Peer fresh = new Peer("10.0.0.3", 6881, "", "", 0, 0, 0, 0, 0, PeerConnection.BT, TRADING, 0);
		assertThat(PeerRow.of(fresh).get(7)).isEqualTo(0);
		assertThat(PeerRow.of(fresh).get(21)).isEqualTo(0);
	}

	@Test
	void ipv6AddressIsItsOwnReverseDns() {
		Peer peer = new Peer("2001:db8::7", 6881, "qBittorrent/4.6.7", "-qB4670-", 0.5, 0, 0, 0, 0, PeerConnection.BT,
				TRADING, 0.5);
		assertThat(PeerRow.of(peer).subList(0, 3)).containsExactly("", "2001:db8::7", "2001:db8::7");
	}

	@Test
	void ratesBeyondAnIntAreCapped() {
		Peer peer = new Peer("10.0.0.4", 6881, "", "", 0.5, 4_000_000_000L, 3_000_000_000L, 0, 0, PeerConnection.BT,
				TRADING, 0.5);
		assertThat(PeerRow.of(peer).subList(8, 10)).containsExactly(Integer.MAX_VALUE, Integer.MAX_VALUE);
	}

	private static String flags(Set<PeerFlag> flags) {
		return (String) PeerRow.of(peer(PeerConnection.BT, flags)).get(6);
	}

	private static Peer peer(PeerConnection connection, Set<PeerFlag> flags) {
		return new Peer("192.0.2.1", 6881, "libtorrent/2.0.11.0", "-LT20B0-", 0.5, 1000, 2000, 3000, 4000, connection,
				flags, 0.5);
	}

}
