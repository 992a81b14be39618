package dev.torrentd.app.security;

import java.nio.file.Path;
import java.security.SecureRandom;

import dev.torrentd.app.engine.EngineProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Provides the {@link ServerCredentials}: those stored in
 * {@code <state-dir>/credentials.properties} by a change at runtime, else the configured
 * {@code torrentd.auth.*}, else a temporary password generated for this run.
 */
@Configuration(proxyBeanMethods = false)
public class CredentialsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(CredentialsConfiguration.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	@Bean
	ServerCredentials serverCredentials(AuthProperties properties, EngineProperties engine,
			PasswordEncoder passwordEncoder) {
		Path file = credentialsFile(engine);
		ServerCredentials stored = AccountStore.load(file, passwordEncoder);
		if (stored != null) {
			log.info("Using the credentials stored in {} (they win over torrentd.auth.*; delete the file to use those)",
					file);
		}
		return initial(properties, stored);
	}

	/**
	 * The credentials to start with.
	 * @param properties the configured ones
	 * @param stored those a previous run stored, or null
	 * @return the stored ones; else the configured ones; else, for a missing or empty
	 * password, the empty password when {@code blank-password-allowed}, or a temporary
	 * one (logged)
	 */
	static ServerCredentials initial(AuthProperties properties, @Nullable ServerCredentials stored) {
		if (stored != null) {
			return stored;
		}
		String configured = properties.password();
		if (configured != null && !configured.isEmpty()) {
			return new ServerCredentials(properties.username(), configured, false);
		}
		if (properties.blankPasswordAllowed()) {
			log.warn("The WebUI administrator '{}' has a blank password (torrentd.auth.blank-password-allowed).",
					properties.username());
			return new ServerCredentials(properties.username(), "", false);
		}
		String password = randomPassword(new SecureRandom(), 9);
		log.warn("The WebUI administrator password was not set. A temporary password is provided for this session: "
				+ "username '{}', password '{}'. Set torrentd.auth.password (or TORRENTD_AUTH_PASSWORD) to keep one.",
				properties.username(), password);
		return new ServerCredentials(properties.username(), password, true);
	}

	/**
	 * The one user every dialect checks. Changes are stored in
	 * {@code <state-dir>/credentials.properties} as the password's hash and HTTP Digest's
	 * HA1, never the password.
	 */
	@Bean
	AccountStore accountStore(ServerCredentials credentials, EngineProperties engine, PasswordEncoder passwordEncoder) {
		return new AccountStore(credentials, credentialsFile(engine), passwordEncoder);
	}

	/**
	 * Spring Security's delegating encoder (bcrypt for new hashes), behind a cache of the
	 * passwords it verified: both the qBittorrent dialect (through
	 * {@link AccountStore#loadUserByUsername}) and {@link AccountStore#matches} check
	 * with it, and HTTP Basic sends the password with every request.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new VerifiedPasswordCache(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	static Path credentialsFile(EngineProperties engine) {
		return engine.stateDir().resolve(AccountStore.FILE_NAME);
	}

	static String randomPassword(SecureRandom random, int length) {
		StringBuilder password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
