package dev.torrentd.utorrent.auth;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuiAccessTests {

	@Test
	void anEmptyRestrictionListLetsEveryoneIn() {
		assertThat(GuiAccess.allowed("203.0.113.9", List.of())).isTrue();
	}

	@Test
	void addressesRangesAndCidrBlocksAreMatched() {
		List<String> list = List.of("192.168.1.10", "10.0.0.1-10.0.0.20", "172.16.0.0/12", "::1");
		assertThat(GuiAccess.allowed("192.168.1.10", list)).isTrue();
		assertThat(GuiAccess.allowed("10.0.0.15", list)).isTrue();
		assertThat(GuiAccess.allowed("10.0.0.21", list)).isFalse();
		assertThat(GuiAccess.allowed("172.20.1.1", list)).isTrue();
		assertThat(GuiAccess.allowed("0:0:0:0:0:0:0:1", list)).isTrue();
		assertThat(GuiAccess.allowed("192.168.1.11", list)).isFalse();
	}

	@Test
	void hostNamesAndGarbageNeverMatchAndNeverResolve() {
		assertThat(GuiAccess.allowed("10.0.0.1", List.of("example.com", "bad-entry", "1.2.3.4-x"))).isFalse();
		assertThat(GuiAccess.isLoopback("localhost.example")).isFalse();
	}

	@Test
	void loopbackIsBothFamilies() {
		assertThat(GuiAccess.isLoopback("127.0.0.1")).isTrue();
		assertThat(GuiAccess.isLoopback("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(GuiAccess.isLoopback("192.168.1.2")).isFalse();
	}

}
