package dev.torrentd.app.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code torrentd.auth.*}: the initial credentials of every dialect. Once they are
 * changed at runtime (µTorrent's {@code setsetting webui.username/webui.password}), the
 * stored ones in {@code <state-dir>/credentials.properties} win, as µTorrent Server's
 * {@code admin_name}/{@code admin_password} and qBittorrent's configured password are
 * initial values only.
 *
 * @param username the user name (default {@code admin})
 * @param password the password; there is no default: without one, a temporary password is
 * generated at each start and printed in the log, as qBittorrent 4.6.1+ does
 * @param blankPasswordAllowed take a missing or empty password as the empty password
 * instead of generating a temporary one (µTorrent Server's default user is {@code admin}
 * with a blank password); default false
 */
@ConfigurationProperties("torrentd.auth")
public record AuthProperties(@DefaultValue("admin") String username, @Nullable String password,
		@DefaultValue("false") boolean blankPasswordAllowed) {
}
