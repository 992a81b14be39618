package dev.torrentd.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TorrentIdTests {

	@Test
	void parseAcceptsEitherCaseAndPrintsLowerCase() {
		TorrentId id = TorrentId.parse("AE45ACBD6454D0DEDD1CA10E88F7CA724A25092E");

		assertThat(id.hex()).isEqualTo("ae45acbd6454d0dedd1ca10e88f7ca724a25092e");
		assertThat(id).hasToString("ae45acbd6454d0dedd1ca10e88f7ca724a25092e")
			.isEqualTo(TorrentId.parse("ae45acbd6454d0dedd1ca10e88f7ca724a25092e"));
	}

	@Test
	void parseRejectsAnythingButFortyHexDigits() {
		assertThatIllegalArgumentException().isThrownBy(() -> TorrentId.parse(""));
		assertThatIllegalArgumentException().isThrownBy(() -> TorrentId.parse("ae45acbd"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TorrentId.parse("ae45acbd6454d0dedd1ca10e88f7ca724a25092e00"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TorrentId.parse("ge45acbd6454d0dedd1ca10e88f7ca724a25092e"))
			.withMessageContaining("40 hex digits");
	}

	@Test
	void tryParseGivesNothingForInvalidText() {
		assertThat(TorrentId.tryParse("not a hash")).isEmpty();
		assertThat(TorrentId.tryParse("0123456789abcdef0123456789abcdef01234567")).isPresent();
	}

}
