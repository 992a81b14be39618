package dev.torrentd.utorrent.server;

import java.nio.file.Path;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UtserverEngineSettingsTests {

	private final EngineSettings defaults = EngineSettings.defaults(Path.of("/downloads"));

	private EngineSettings apply(String conf) {
		return UtserverEngineSettings.apply(UtserverConf.parse(conf), this.defaults);
	}

	@Test
	void aFileWithoutEngineSettingsChangesNothing() {
		assertThat(apply("dir_request: /req\nlogmask: 8\n")).isEqualTo(this.defaults);
	}

	@Test
	void ratesAreKibibytesPerSecondAndMinusOneIsUnlimited() {
		EngineSettings limited = apply("max_ul_rate: 100\nmax_dl_rate: 2048\n");
		assertThat(limited.uploadLimitBytesPerSecond()).isEqualTo(100 * 1024);
		assertThat(limited.downloadLimitBytesPerSecond()).isEqualTo(2048 * 1024);

		EngineSettings unlimited = UtserverEngineSettings.apply(UtserverConf.parse("max_ul_rate: -1\nmax_dl_rate: 0\n"),
				limited);
		assertThat(unlimited.uploadLimitBytesPerSecond()).isZero();
		assertThat(unlimited.downloadLimitBytesPerSecond()).isZero();
	}

	@Test
	void seedRatioIsPercentAndSeedTimeSecondsRoundedUpToMinutes() {
		GlobalShareLimits limits = apply("seed_ratio: 150\nseed_time: 3601\n").shareLimits();

		assertThat(limits.ratioLimit()).isEqualTo(1.5);
		assertThat(limits.seedingTimeLimitMinutes()).isEqualTo(61);
		assertThat(limits.inactiveSeedingTimeLimitMinutes()).isEqualTo(ShareLimits.NO_LIMIT);
		assertThat(limits.action()).isEqualTo(ShareLimitAction.STOP);
	}

	@Test
	void zeroSeedRatioOrTimeIsNoLimit() {
		EngineSettings limited = apply("seed_ratio: 200\nseed_time: 60\n");

		GlobalShareLimits limits = UtserverEngineSettings
			.apply(UtserverConf.parse("seed_ratio: 0\nseed_time: 0\n"), limited)
			.shareLimits();

		assertThat(limits.ratioLimit()).isEqualTo(ShareLimits.NO_LIMIT);
		assertThat(limits.seedingTimeLimitMinutes()).isEqualTo(ShareLimits.NO_LIMIT);
	}

	@Test
	void onlyTheShareLimitTheFileSetsChanges() {
		EngineSettings limited = apply("seed_ratio: 200\nseed_time: 120\n");

		GlobalShareLimits limits = UtserverEngineSettings.apply(UtserverConf.parse("seed_ratio: 50\n"), limited)
			.shareLimits();

		assertThat(limits.ratioLimit()).isEqualTo(0.5);
		assertThat(limits.seedingTimeLimitMinutes()).isEqualTo(2);
	}

	@Test
	void rateLimitLocalPeersIsABoolean() {
		assertThat(apply("rate_limit_local_peers: 0\n").rateLimitLocalPeers()).isFalse();
		assertThat(apply("rate_limit_local_peers: maybe\n").rateLimitLocalPeers()).isTrue();
	}

	@Test
	void theSettingsWithASpringPropertyAreLeftToTheLaunch() {
		assertThat(apply("bind_port: 45678\ndht: 0\npex: 0\nlsd: 0\nupnp: 0\nnatpmp: 0\nconns_per_torrent: 5\n"
				+ "max_total_connections: 10\n"))
			.isEqualTo(this.defaults);
	}

	@Test
	void settingsWithoutAnEngineEquivalentChangeNothing() {
		assertThat(apply("sequential_download: 1\nmax_ul_rate_seed: 10\nprealloc_space: 1\nbind_ip: 10.0.0.1\n"))
			.isEqualTo(this.defaults);
	}

}
