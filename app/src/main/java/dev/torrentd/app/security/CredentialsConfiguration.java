package dev.torrentd.app.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Provides the {@link ServerCredentials}, generating a temporary password when none is
 * configured.
 */
@Configuration(proxyBeanMethods = false)
public class CredentialsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CredentialsConfiguration.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	@Bean
	ServerCredentials serverCredentials(AuthProperties properties) {
		if (properties.password() != null && !properties.password().isEmpty()) {
			return new ServerCredentials(properties.username(), properties.password(), false);
		}
		String password = randomPassword(new SecureRandom(), 9);
		log.warn("The WebUI administrator password was not set. A temporary password is provided for this session: "
				+ "username '{}', password '{}'. Set torrentd.auth.password (or TORRENTD_AUTH_PASSWORD) to keep one.",
				properties.username(), password);
		return new ServerCredentials(properties.username(), password, true);
	}

	/**
	 * The one user every dialect checks. The password is kept as given ({@code {noop}}):
	 * HTTP Digest (the legacy qBittorrent dialect) needs it in clear.
	 */
	@Bean
	AccountStore accountStore(ServerCredentials credentials) {
		return new AccountStore(credentials);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	static String randomPassword(SecureRandom random, int length) {
		StringBuilder password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
