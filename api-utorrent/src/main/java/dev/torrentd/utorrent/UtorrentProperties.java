package dev.torrentd.utorrent;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code torrentd.utorrent.*}: the µTorrent dialect's configuration.
 *
 * @param enabled whether {@code /gui/} and {@code /proxy} are served
 * @param configFile a µTorrent Server {@code utserver.conf} to read (and re-read on
 * SIGHUP or {@code rcf.utmr}); null for none. Its settings are described in
 * docs/utserver-migration.md.
 * @param build the build number every JSON answer starts with (Sonarr and Radarr refuse
 * builds below 25406)
 * @param sessionTimeout how long a {@code token.html} session (GUID cookie and token)
 * lives unused; µTorrent's tokens last at least 30 minutes
 */
@ConfigurationProperties("torrentd.utorrent")
public record UtorrentProperties(@DefaultValue("true") boolean enabled, @Nullable Path configFile,
		@DefaultValue("30470") int build, @DefaultValue("1h") Duration sessionTimeout) {

	public UtorrentProperties {
		if (build < 25407) {
			throw new IllegalArgumentException("torrentd.utorrent.build must be a µTorrent 3.x build (>= 25407)");
		}
	}

}
