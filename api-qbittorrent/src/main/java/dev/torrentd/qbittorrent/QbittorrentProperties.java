package dev.torrentd.qbittorrent;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code torrentd.qbittorrent.*}: the qBittorrent dialect's settings, with qBittorrent's
 * own defaults. The credentials are the shared {@code torrentd.auth.*}.
 *
 * @param profile {@code 5.1} (default) or {@code 4.6}, see {@link QbProfile}
 * @param maxAuthFailCount failed logins from one IP before it is banned; 0 disables the
 * ban (qBittorrent's {@code web_ui_max_auth_fail_count}, default 5)
 * @param banDuration how long a banned IP is refused (qBittorrent's
 * {@code web_ui_ban_duration}, default 3600 s)
 * @param sessionTimeout idle time after which a session ends; zero or negative: never
 * (qBittorrent's {@code web_ui_session_timeout}, default 3600 s)
 * @param csrfProtection refuse requests whose Origin or Referer names another host:port
 * than Host (qBittorrent's {@code web_ui_csrf_protection_enabled}, default on)
 * @param bypassLocalAuth loopback clients need no login (qBittorrent's
 * {@code bypass_local_auth}, default off)
 * @param bypassAuthSubnetWhitelist CIDR subnets whose clients need no login
 * (qBittorrent's {@code bypass_auth_subnet_whitelist}, empty by default: off)
 * @param legacy {@code legacy.enabled}: serve qBittorrent 3.2–4.0's API v1
 * ({@code /login}, {@code /version/*}, {@code /query/*}, {@code /sync/*},
 * {@code /command/*}); default on, off answers 404 on those paths
 * @param v2 {@code v2.enabled}: serve {@code /api/v2/*}; default on, off answers 404
 * there (with or without a session), so that Sonarr and Radarr fall back to API v1
 */
@ConfigurationProperties("torrentd.qbittorrent")
public record QbittorrentProperties(@DefaultValue("5.1") String profile, @DefaultValue("5") int maxAuthFailCount,
		@DefaultValue("3600s") Duration banDuration, @DefaultValue("3600s") Duration sessionTimeout,
		@DefaultValue("true") boolean csrfProtection, @DefaultValue("false") boolean bypassLocalAuth,
		@DefaultValue List<String> bypassAuthSubnetWhitelist, @DefaultValue Switch legacy, @DefaultValue Switch v2) {

	public QbittorrentProperties {
		QbProfile.of(profile);
		if (maxAuthFailCount < 0) {
			throw new IllegalArgumentException("torrentd.qbittorrent.max-auth-fail-count must be 0 or more");
		}
	}

	/**
	 * An API surface that can be switched off.
	 *
	 * @param enabled whether it is served (default true)
	 */
	public record Switch(@DefaultValue("true") boolean enabled) {
	}

	/**
	 * The configured profile.
	 * @return the profile
	 */
	public QbProfile qbProfile() {
		return QbProfile.of(this.profile);
	}

}
