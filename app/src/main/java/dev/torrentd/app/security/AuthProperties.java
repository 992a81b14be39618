package dev.torrentd.app.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code torrentd.auth.*}: the credentials of every dialect.
 *
 * @param username the user name (default {@code admin})
 * @param password the password; there is no default: without one, a temporary password is
 * generated at each start and printed in the log, as qBittorrent 4.6.1+ does
 */
@ConfigurationProperties("torrentd.auth")
public record AuthProperties(@DefaultValue("admin") String username, @Nullable String password) {
}
