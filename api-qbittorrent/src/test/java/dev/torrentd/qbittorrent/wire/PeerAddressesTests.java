package dev.torrentd.qbittorrent.wire;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeerAddressesTests {

	@Test
	void readsIpv4AndBracketedIpv6AndSkipsTheRest() {
		assertThat(PeerAddresses.parse("127.0.0.1:6881|[::1]:51413|notapeer|host.example:1|1.2.3.4:0|300.1.1.1:5"))
			.containsExactly(new InetSocketAddress("127.0.0.1", 6881), new InetSocketAddress("::1", 51413));
	}

	@Test
	void aPeerWithoutPortIsInvalid() {
		assertThat(PeerAddresses.parse("notapeer")).isEmpty();
		assertThat(PeerAddresses.parse("10.0.0.1")).isEmpty();
	}

}
