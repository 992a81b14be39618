package dev.torrentd.qbittorrent.wire;

import dev.torrentd.engine.EngineVersions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BuildInfoJsonTests {

	@Test
	void boostIsDottedWithThreeParts() {
		assertThat(BuildInfoJson.boost("1_78")).isEqualTo("1.78.0");
		assertThat(BuildInfoJson.boost("1_86_1")).isEqualTo("1.86.1");
		assertThat(BuildInfoJson.boost("1.74.0")).isEqualTo("1.74.0");
	}

	@Test
	void opensslIsTheBareVersion() {
		assertThat(BuildInfoJson.openssl("OpenSSL 1.1.1m  14 Dec 2021")).isEqualTo("1.1.1m");
		assertThat(BuildInfoJson.openssl("OpenSSL 3.0.19 27 Jan 2026")).isEqualTo("3.0.19");
		assertThat(BuildInfoJson.openssl("3.0.2")).isEqualTo("3.0.2");
	}

	@Test
	void platformNamesAreQbittorrents() {
		assertThat(BuildInfoJson.platform("Linux")).isEqualTo("linux");
		assertThat(BuildInfoJson.platform("Mac OS X")).isEqualTo("macos");
		assertThat(BuildInfoJson.platform("Windows 11")).isEqualTo("windows");
		assertThat(BuildInfoJson.platform("FreeBSD")).isEqualTo("unknown");
	}

	@Test
	void buildInfoKeysAreSortedAndVersionsFormatted() {
		var info = BuildInfoJson.buildInfo(
				new EngineVersions("0.1.0", "2.0.11.0", "1_78", "OpenSSL 1.1.1m  14 Dec 2021"), "6.7.3", "1.3.1");
		assertThat(info.keySet()).containsExactly("bitness", "boost", "libtorrent", "openssl", "platform", "qt",
				"zlib");
		assertThat(info).containsEntry("boost", "1.78.0")
			.containsEntry("openssl", "1.1.1m")
			.containsEntry("libtorrent", "2.0.11.0");
	}

}
