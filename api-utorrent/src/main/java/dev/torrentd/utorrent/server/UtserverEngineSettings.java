package dev.torrentd.utorrent.server;

import java.util.Optional;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.ShareLimits;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code utserver.conf} settings that have an engine equivalent but no Spring
 * property ({@link KnownSettings.Handling#ENGINE_FIRST_START}), laid over the engine's
 * settings. Only what the file sets changes; a value that cannot be read is skipped with
 * a warning.
 */
final class UtserverEngineSettings {

	private static final Logger log = LoggerFactory.getLogger(UtserverEngineSettings.class);

	private UtserverEngineSettings() {
	}

	/**
	 * The engine settings with the file's values: {@code max_ul_rate}/{@code max_dl_rate}
	 * KiB/s (-1 or 0 unlimited) → bytes/s (0 unlimited); {@code seed_ratio} percent (0
	 * none) → ratio limit; {@code seed_time} seconds (0 none) → seeding time limit in
	 * minutes, rounded up; {@code rate_limit_local_peers} boolean. (The engine settings
	 * with a {@code torrentd.bittorrent.*} property, {@code bind_port}, {@code dht}, ...,
	 * are mapped at launch instead, where explicit arguments win over the file.)
	 * @param conf the file
	 * @param current the engine's settings
	 * @return the settings to apply
	 */
	static EngineSettings apply(UtserverConf conf, EngineSettings current) {
		EngineSettings.Builder b = current.toBuilder();
		integer(conf, "max_ul_rate", Long.MIN_VALUE, Long.MAX_VALUE / 1024).ifPresent((k) -> b.uploadLimit(rate(k)));
		integer(conf, "max_dl_rate", Long.MIN_VALUE, Long.MAX_VALUE / 1024).ifPresent((k) -> b.downloadLimit(rate(k)));
		GlobalShareLimits limits = current.shareLimits();
		Optional<Long> ratio = integer(conf, "seed_ratio", Long.MIN_VALUE, Integer.MAX_VALUE);
		Optional<Long> seconds = integer(conf, "seed_time", Long.MIN_VALUE, Long.MAX_VALUE - 59);
		if (ratio.isPresent() || seconds.isPresent()) {
			double ratioLimit = ratio.map((p) -> (p > 0) ? p / 100.0 : ShareLimits.NO_LIMIT)
				.orElse(limits.ratioLimit());
			long minutes = seconds.map((s) -> (s > 0) ? (s + 59) / 60 : ShareLimits.NO_LIMIT)
				.orElse(limits.seedingTimeLimitMinutes());
			b.shareLimits(new GlobalShareLimits(ratioLimit, minutes, limits.inactiveSeedingTimeLimitMinutes(),
					limits.action()));
		}
		bool(conf, "rate_limit_local_peers").ifPresent(b::rateLimitLocalPeers);
		return b.build();
	}

	/** KiB/s as utserver writes it (-1 unlimited; 0 is unlimited in µTorrent too). */
	private static long rate(long kibPerSecond) {
		return (kibPerSecond > 0) ? kibPerSecond * 1024 : 0;
	}

	private static Optional<Long> integer(UtserverConf conf, String name, long min, long max) {
		String value = conf.value(name).orElse("");
		if (value.isEmpty()) {
			return Optional.empty();
		}
		try {
			long parsed = Long.parseLong(value);
			if (parsed < min || parsed > max) {
				log.warn("utserver.conf: {}: {} is out of range ({}..{}): ignored", name, value, min, max);
				return Optional.empty();
			}
			return Optional.of(parsed);
		}
		catch (NumberFormatException ex) {
			log.warn("utserver.conf: {}: \"{}\" is not an integer: ignored", name, value);
			return Optional.empty();
		}
	}

	private static Optional<Boolean> bool(UtserverConf conf, String name) {
		String value = conf.value(name).orElse("");
		if (value.isEmpty()) {
			return Optional.empty();
		}
		Boolean parsed = UtserverSettings.parseBoolean(value);
		if (parsed == null) {
			log.warn("utserver.conf: {}: \"{}\" is not a boolean (1, 0, true, false): ignored", name, value);
		}
		return Optional.ofNullable(parsed);
	}

}
