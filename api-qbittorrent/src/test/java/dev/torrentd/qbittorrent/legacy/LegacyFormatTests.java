package dev.torrentd.qbittorrent.legacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyFormatTests {

	@Test
	void sizesHaveNoDecimalsInBytesAndOneAbove() {
		assertThat(LegacyFormat.size(0)).isEqualTo("0 B");
		assertThat(LegacyFormat.size(1023)).isEqualTo("1023 B");
		assertThat(LegacyFormat.size(1024)).isEqualTo("1.0 KiB");
		assertThat(LegacyFormat.size(73_819_750)).isEqualTo("70.4 MiB");
		assertThat(LegacyFormat.size(1_932_735_283L)).isEqualTo("1.8 GiB");
		assertThat(LegacyFormat.size(-1)).isEqualTo("Unknown");
	}

	@Test
	void speedsAndLimits() {
		assertThat(LegacyFormat.speed(0)).isEqualTo("0 B/s");
		assertThat(LegacyFormat.speed(214_937)).isEqualTo("209.9 KiB/s");
		assertThat(LegacyFormat.limit(0)).isEqualTo("∞");
		assertThat(LegacyFormat.limit(1024)).isEqualTo("1.0 KiB/s");
	}

	@Test
	void etasAsQbittorrent31WroteThem() {
		assertThat(LegacyFormat.duration(0)).isEqualTo("0");
		assertThat(LegacyFormat.duration(59)).isEqualTo("< 1m");
		assertThat(LegacyFormat.duration(61)).isEqualTo("1m");
		assertThat(LegacyFormat.duration(3 * 3600 + 5 * 60)).isEqualTo("3h 5m");
		assertThat(LegacyFormat.duration(53 * 86400 + 3600)).isEqualTo("53d 1h");
		assertThat(LegacyFormat.duration(100L * 86400)).isEqualTo("∞");
		assertThat(LegacyFormat.duration(-1)).isEqualTo("∞");
		assertThat(LegacyFormat.duration(8_640_000)).isEqualTo("∞");
	}

	@Test
	void ratiosHaveOneDecimalAndInfinityAbove100() {
		assertThat(LegacyFormat.ratio(0.15)).isEqualTo("0.1");
		assertThat(LegacyFormat.ratio(2)).isEqualTo("2.0");
		assertThat(LegacyFormat.ratio(100.5)).isEqualTo("∞");
		assertThat(LegacyFormat.ratio(Double.NaN)).isEqualTo("∞");
	}

}
