package dev.torrentd.qbittorrent.wire;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyncRidTests {

	@Test
	void absentOrNonNumericRidIsZero() {
		assertThat(SyncRid.parse(null)).isZero();
		assertThat(SyncRid.parse("")).isZero();
		assertThat(SyncRid.parse("abc")).isZero();
		assertThat(SyncRid.parse("1.5")).isZero();
		assertThat(SyncRid.parse("99999999999")).isZero();
	}

	@Test
	void numericRidIsParsed() {
		assertThat(SyncRid.parse("42")).isEqualTo(42);
		assertThat(SyncRid.parse(" 7 ")).isEqualTo(7);
		assertThat(SyncRid.parse("-3")).isEqualTo(-3);
	}

	@Test
	void nextRidCyclesThroughOneToOneMillion() {
		assertThat(SyncRid.next(0)).isEqualTo(1);
		assertThat(SyncRid.next(41)).isEqualTo(42);
		assertThat(SyncRid.next(999_999)).isEqualTo(1_000_000);
		assertThat(SyncRid.next(1_000_000)).isEqualTo(1);
	}

}
