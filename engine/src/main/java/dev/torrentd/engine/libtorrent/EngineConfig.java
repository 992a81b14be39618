package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

import dev.torrentd.engine.EngineSettings;

/**
 * How to start a {@link LibtorrentEngine}.
 *
 * @param stateDir where torrents, resume data, categories, tags and settings are kept
 * @param settings the configured settings (settings changed at runtime and stored in the
 * state directory are laid over them)
 * @param resumeDataInterval how often resume data of changed torrents is saved, so that a
 * {@code kill -9} loses at most this much progress
 * @param remoteTimeout time limit for fetching a .torrent from an http(s) link
 * @param remoteMaxBytes size limit of such a .torrent (qBittorrent's default: 100 MiB)
 * @param clock the clock for added/completed times and share limits
 */
public record EngineConfig(Path stateDir, EngineSettings settings, Duration resumeDataInterval, Duration remoteTimeout,
		long remoteMaxBytes, InstantSource clock) {

	/**
	 * A configuration with the default intervals and limits.
	 * @param stateDir the state directory
	 * @param settings the settings
	 * @return the configuration
	 */
	public static EngineConfig of(Path stateDir, EngineSettings settings) {
		return new EngineConfig(stateDir, settings, Duration.ofSeconds(60), Duration.ofSeconds(30), 100L * 1024 * 1024,
				InstantSource.system());
	}

	public EngineConfig withResumeDataInterval(Duration interval) {
		return new EngineConfig(this.stateDir, this.settings, interval, this.remoteTimeout, this.remoteMaxBytes,
				this.clock);
	}

	public EngineConfig withRemoteLimits(Duration timeout, long maxBytes) {
		return new EngineConfig(this.stateDir, this.settings, this.resumeDataInterval, timeout, maxBytes, this.clock);
	}

}
