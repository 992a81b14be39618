package dev.torrentd.utorrent.settings;

import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.engine.ShareLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingValuesTests {

	@Test
	void booleansAreOneZeroOrTrueFalseInAnyCase() {
		assertThat(SettingValues.parseBoolean("1")).isTrue();
		assertThat(SettingValues.parseBoolean("0")).isFalse();
		assertThat(SettingValues.parseBoolean("TRUE")).isTrue();
		assertThat(SettingValues.parseBoolean(" False ")).isFalse();
		assertThat(SettingValues.parseBoolean("yes")).isNull();
		assertThat(SettingValues.parseBoolean("2")).isNull();
		assertThat(SettingValues.parseBoolean("")).isNull();
	}

	@Test
	void integersAreReadLeniently() {
		assertThat(SettingValues.parseInteger("42")).isEqualTo(42L);
		assertThat(SettingValues.parseInteger(" +42 ")).isEqualTo(42L);
		assertThat(SettingValues.parseInteger("-1")).isEqualTo(-1L);
		assertThat(SettingValues.parseInteger("10.7")).isEqualTo(10L);
		assertThat(SettingValues.parseInteger("1e3")).isEqualTo(1000L);
		assertThat(SettingValues.parseInteger("abc")).isNull();
		assertThat(SettingValues.parseInteger("")).isNull();
		assertThat(SettingValues.parseInteger("+")).isNull();
		assertThat(SettingValues.parseInteger("NaN")).isNull();
	}

	@Test
	void integersBeyondThirtyTwoBitsAreClamped() {
		assertThat(SettingValues.toInt(1L << 40)).isEqualTo(Integer.MAX_VALUE);
		assertThat(SettingValues.toInt(-(1L << 40))).isEqualTo(Integer.MIN_VALUE);
	}

	@Test
	void rateLimitsAreKibibytesWithZeroForNone() {
		assertThat(SettingValues.toKibibytes(0)).isZero();
		assertThat(SettingValues.toKibibytes(10 * 1024)).isEqualTo(10);
		assertThat(SettingValues.toKibibytes(500)).as("a limit below 1 KiB/s is not 'unlimited'").isEqualTo(1);
		assertThat(SettingValues.toBytesPerSecond(10)).isEqualTo(10 * 1024);
		assertThat(SettingValues.toBytesPerSecond(0)).isZero();
		assertThat(SettingValues.toBytesPerSecond(-1)).as("the manual's -1 is 'unlimited'").isZero();
		assertThat(SettingValues.toBytesPerSecond(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
	}

	@Test
	void connectionLimitsBelowOneAreNone() {
		assertThat(SettingValues.toPositiveLimit(0)).isEqualTo(-1);
		assertThat(SettingValues.toPositiveLimit(-5)).isEqualTo(-1);
		assertThat(SettingValues.toPositiveLimit(50)).isEqualTo(50);
		assertThat(SettingValues.toLimit(0)).isZero();
		assertThat(SettingValues.toLimit(-3)).isEqualTo(-1);
	}

	@Test
	void seedRatioIsPerMilleAndSeedTimeSecondsWithZeroForNone() {
		assertThat(SettingValues.toPerMille(1.5)).isEqualTo(1500);
		assertThat(SettingValues.toPerMille(ShareLimits.NO_LIMIT)).isZero();
		assertThat(SettingValues.toRatio(2000)).isEqualTo(2.0);
		assertThat(SettingValues.toRatio(0)).isEqualTo(ShareLimits.NO_LIMIT);
		assertThat(SettingValues.toSeconds(90)).isEqualTo(5400);
		assertThat(SettingValues.toSeconds(ShareLimits.NO_LIMIT)).isZero();
		assertThat(SettingValues.toMinutes(5400)).isEqualTo(90);
		assertThat(SettingValues.toMinutes(30)).as("part of a minute is a minute, not 'none'").isEqualTo(1);
		assertThat(SettingValues.toMinutes(0)).isEqualTo(ShareLimits.NO_LIMIT);
	}

	@Test
	void encryptionModeIsDisabledEnabledForced() {
		assertThat(SettingValues.encryptionMode(EncryptionMode.DISABLE)).isZero();
		assertThat(SettingValues.encryptionMode(EncryptionMode.PREFER)).isEqualTo(1);
		assertThat(SettingValues.encryptionMode(EncryptionMode.REQUIRE)).isEqualTo(2);
		for (EncryptionMode mode : EncryptionMode.values()) {
			assertThat(SettingValues.encryptionMode(SettingValues.encryptionMode(mode))).isEqualTo(mode);
		}
		assertThat(SettingValues.encryptionMode(3)).isNull();
	}

	@Test
	void transportDispositionUsesMicroTorrentsBits() {
		assertThat(SettingValues.transportDisposition(PeerProtocols.TCP)).isEqualTo(1 | 4);
		assertThat(SettingValues.transportDisposition(PeerProtocols.UTP)).isEqualTo(2 | 8);
		assertThat(SettingValues.transportDisposition(PeerProtocols.TCP_AND_UTP)).isEqualTo(15);
		for (PeerProtocols protocols : PeerProtocols.values()) {
			assertThat(SettingValues.protocols(SettingValues.transportDisposition(protocols))).isEqualTo(protocols);
		}
		assertThat(SettingValues.protocols(31)).as("µTorrent 3.5's default, with the new-header bit")
			.isEqualTo(PeerProtocols.TCP_AND_UTP);
		assertThat(SettingValues.protocols(4)).as("incoming TCP only").isEqualTo(PeerProtocols.TCP);
		assertThat(SettingValues.protocols(16)).isNull();
		assertThat(SettingValues.protocols(0)).isNull();
	}

	@Test
	void everyListenInterfaceGetsTheNewPort() {
		assertThat(SettingValues.withPort("0.0.0.0:6881,[::]:6881", 7000)).isEqualTo("0.0.0.0:7000,[::]:7000");
		assertThat(SettingValues.withPort("127.0.0.1:0", 51413)).isEqualTo("127.0.0.1:51413");
		assertThat(SettingValues.withPort("eth0:6881, 0.0.0.0:6882s", 7000)).isEqualTo("eth0:7000,0.0.0.0:7000s");
		assertThat(SettingValues.withPort("", 7000)).isEqualTo("0.0.0.0:7000,[::]:7000");
	}

	@Test
	void theFirstListenPortIsTheConfiguredOne() {
		assertThat(SettingValues.firstPort("0.0.0.0:6881,[::]:6882")).isEqualTo(6881);
		assertThat(SettingValues.firstPort("[::]:6889s")).isEqualTo(6889);
		assertThat(SettingValues.firstPort("127.0.0.1:0")).isZero();
		assertThat(SettingValues.firstPort("garbage")).isZero();
	}

}
