package dev.torrentd.qbittorrent.wire;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Rfc2822Tests {

	@Test
	void writesQtsRfc2822FormWithoutWeekdayInUtc() {
		assertThat(Rfc2822.format(Instant.parse("2026-11-02T09:05:07Z"))).isEqualTo("02 Nov 2026 09:05:07 +0000");
	}

	@Test
	void anUnknownDateIsEmptyText() {
		assertThat(Rfc2822.format(null)).isEmpty();
	}

	@Test
	void readsWithOrWithoutWeekdaySecondsAndWithAnyOffset() {
		Instant expected = Instant.parse("2026-11-22T09:00:00Z");
		assertThat(Rfc2822.parse("22 Nov 2026 09:00:00 +0000")).isEqualTo(expected);
		assertThat(Rfc2822.parse("Sun, 22 Nov 2026 10:00:00 +0100")).isEqualTo(expected);
		assertThat(Rfc2822.parse("Sun, 22 Nov 2026 09:00:00 GMT")).isEqualTo(expected);
		assertThat(Rfc2822.parse("22 Nov 2026 09:00 +0000")).isEqualTo(expected);
	}

	@Test
	void textThatIsNoDateIsUnknown() {
		assertThat(Rfc2822.parse("")).isNull();
		assertThat(Rfc2822.parse("yesterday")).isNull();
		assertThat(Rfc2822.parse("2026-11-22T09:00:00Z")).isNull();
	}

	@Test
	void whatItWritesItReads() {
		Instant now = Instant.parse("2024-02-29T23:59:59Z");
		assertThat(Rfc2822.parse(Rfc2822.format(now))).isEqualTo(now);
	}

}
