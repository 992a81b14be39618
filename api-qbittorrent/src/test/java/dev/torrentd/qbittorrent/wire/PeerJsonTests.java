package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.torrentd.engine.Peer;
import dev.torrentd.engine.PeerConnection;
import dev.torrentd.engine.PeerFlag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeerJsonTests {

	@Test
	void peerObjectHasEveryFieldSorted() {
		Peer peer = new Peer("1.2.3.4", 39432, "qBittorrent/4.5.4", "-qB4540-", 1.0, 311786, 12, 3201438, 99,
				PeerConnection.UTP, EnumSet.of(PeerFlag.INTERESTED, PeerFlag.REMOTE_CHOKED, PeerFlag.CHOKED), 1.0);

		Map<String, Object> json = PeerJson.peer(peer, true);

		assertThat(new ArrayList<>(json.keySet())).containsExactly("client", "connection", "dl_speed", "downloaded",
				"files", "flags", "flags_desc", "ip", "peer_id_client", "port", "progress", "relevance", "up_speed",
				"uploaded");
		assertThat(json).containsEntry("client", "qBittorrent/4.5.4")
			.containsEntry("connection", "\u03bcTP")
			.containsEntry("dl_speed", 311786L)
			.containsEntry("downloaded", 3201438L)
			.containsEntry("files", "")
			.containsEntry("flags", "d P")
			.containsEntry("flags_desc", "d = Interested (local) and choked (peer)\nP = \u03bcTP")
			.containsEntry("ip", "1.2.3.4")
			.containsEntry("peer_id_client", "-qB4540-")
			.containsEntry("port", 39432)
			.containsEntry("progress", 1.0)
			.containsEntry("relevance", 1.0)
			.containsEntry("up_speed", 12L)
			.containsEntry("uploaded", 99L);
	}

	@Test
	void filesIsAbsentWithoutMetadata() {
		assertThat(PeerJson.peer(peer("1.2.3.4", Set.of()), false)).doesNotContainKey("files");
	}

	@Test
	void ipv6PeersAreKeyedWithBrackets() {
		assertThat(PeerJson.key(peer("1.2.3.4", Set.of()))).isEqualTo("1.2.3.4:6881");
		assertThat(PeerJson.key(peer("2001:db8::1", Set.of()))).isEqualTo("[2001:db8::1]:6881");
	}

	@Test
	void peersWithoutAnIpAreSkipped() {
		Map<String, Map<String, Object>> peers = PeerJson.peers(List.of(peer("", Set.of()), peer("::1", Set.of())),
				true);

		assertThat(peers).containsOnlyKeys("[::1]:6881");
	}

	@Test
	void connectionNamesAreQbittorrents() {
		assertThat(PeerJson.connection(PeerConnection.BT)).isEqualTo("BT");
		assertThat(PeerJson.connection(PeerConnection.UTP)).isEqualTo("μTP");
		assertThat(PeerJson.connection(PeerConnection.WEB)).isEqualTo("Web");
	}

	@Test
	void downloadingFromAnUnchokingPeerIsCapitalD() {
		// we are interested and the peer does not choke us; we choke it and it is not
		// interested
		assertThat(flags(EnumSet.of(PeerFlag.INTERESTED, PeerFlag.CHOKED))).isEqualTo("D");
	}

	@Test
	void uploadFlagsFollowOurChoke() {
		assertThat(flags(EnumSet.of(PeerFlag.REMOTE_INTERESTED, PeerFlag.CHOKED, PeerFlag.REMOTE_CHOKED)))
			.isEqualTo("u");
		assertThat(flags(EnumSet.of(PeerFlag.REMOTE_INTERESTED, PeerFlag.REMOTE_CHOKED))).isEqualTo("U");
	}

	@Test
	void unchokedButUninterestedSidesAreKAndQuestionMark() {
		assertThat(flags(EnumSet.noneOf(PeerFlag.class))).isEqualTo("K ?");
		assertThat(flags(EnumSet.of(PeerFlag.CHOKED, PeerFlag.REMOTE_CHOKED))).isEmpty();
	}

	@Test
	void everyOtherFlagInQbittorrentsOrder() {
		Set<PeerFlag> all = EnumSet.of(PeerFlag.CHOKED, PeerFlag.REMOTE_CHOKED, PeerFlag.OPTIMISTIC_UNCHOKE,
				PeerFlag.SNUBBED, PeerFlag.INCOMING, PeerFlag.FROM_DHT, PeerFlag.FROM_PEX, PeerFlag.FROM_LSD,
				PeerFlag.ENCRYPTED, PeerFlag.ENCRYPTED_HANDSHAKE, PeerFlag.FROM_TRACKER, PeerFlag.SEED);

		PeerJson.Flags flags = PeerJson.flags(all, PeerConnection.UTP);

		assertThat(flags.letters()).isEqualTo("O S I H X L E e P");
		assertThat(flags.description()).isEqualTo("""
				O = Optimistic unchoke
				S = Peer snubbed
				I = Incoming connection
				H = Peer from DHT
				X = Peer from PEX
				L = Peer from LSD
				E = Encrypted traffic
				e = Encrypted handshake
				P = \u03bcTP""");
	}

	private static String flags(Set<PeerFlag> flags) {
		return PeerJson.flags(flags, PeerConnection.BT).letters();
	}

	private static Peer peer(String ip, Set<PeerFlag> flags) {
		return new Peer(ip, 6881, "", "", 0, 0, 0, 0, 0, PeerConnection.BT, flags, 0);
	}

}
