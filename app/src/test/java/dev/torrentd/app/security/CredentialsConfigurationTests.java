package dev.torrentd.app.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;

import dev.torrentd.app.engine.EngineProperties;
import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.qbittorrent.legacy.Ha1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsConfigurationTests {

	private final CredentialsConfiguration configuration = new CredentialsConfiguration();

	@TempDir
	Path dir;

	private EngineProperties engine() {
		return new EngineProperties(this.dir.resolve("state"), this.dir.resolve("downloads"), null,
				new EngineProperties.BitTorrent("0.0.0.0:6881", true, true, true, true, true, PeerProtocols.TCP_AND_UTP,
						EncryptionMode.PREFER, 500, 100, 20, 4),
				new EngineProperties.Engine(Duration.ofSeconds(60)));
	}

	@Test
	void aConfiguredPasswordIsUsedAsIs() {
		ServerCredentials credentials = CredentialsConfiguration
			.initial(new AuthProperties("admin", "adminadmin", false), null);

		assertThat(credentials).isEqualTo(new ServerCredentials("admin", "adminadmin", false));
		assertThat(credentials.toString()).doesNotContain("adminadmin");
	}

	@Test
	void withoutOneEachStartGetsADifferentTemporaryPassword() {
		ServerCredentials first = CredentialsConfiguration.initial(new AuthProperties("admin", null, false), null);
		ServerCredentials second = CredentialsConfiguration.initial(new AuthProperties("admin", "", false), null);

		assertThat(first.temporary()).isTrue();
		assertThat(second.temporary()).isTrue();
		assertThat(first.password()).isNotEqualTo(second.password()).matches("[A-Za-z2-9]{9}");
	}

	@Test
	void aBlankPasswordIsUsedWhenAllowed() {
		assertThat(CredentialsConfiguration.initial(new AuthProperties("admin", "", true), null))
			.isEqualTo(new ServerCredentials("admin", "", false));
		assertThat(CredentialsConfiguration.initial(new AuthProperties("admin", null, true), null))
			.as("unset is blank too: µTorrent Server's default user")
			.isEqualTo(new ServerCredentials("admin", "", false));
		assertThat(CredentialsConfiguration.initial(new AuthProperties("admin", "pw", true), null))
			.isEqualTo(new ServerCredentials("admin", "pw", false));
	}

	@Test
	void storedCredentialsWinOverTheConfiguredOnes() {
		ServerCredentials stored = new ServerCredentials("bob", "new-pw-4711", false);

		assertThat(CredentialsConfiguration.initial(new AuthProperties("admin", "configured", false), stored))
			.isEqualTo(stored);
		assertThat(CredentialsConfiguration.initial(new AuthProperties("admin", null, false), stored))
			.isEqualTo(stored);
	}

	@Test
	void aPasswordChangedAtRuntimeIsInForceAtTheNextStart() throws IOException {
		EngineProperties engine = this.engine();
		PasswordEncoder passwords = this.configuration.passwordEncoder();
		AuthProperties configured = new AuthProperties("admin", "configured", false);
		ServerCredentials first = this.configuration.serverCredentials(configured, engine, passwords);
		assertThat(first).isEqualTo(new ServerCredentials("admin", "configured", false));

		this.configuration.accountStore(first, engine, passwords).replace("admin", "new-pw-4711");

		ServerCredentials next = this.configuration.serverCredentials(configured, engine, passwords);
		assertThat(next.username()).isEqualTo("admin");
		assertThat(next.password()).as("only its hashes are stored").isNull();
		assertThat(next.ha1()).isEqualTo(Ha1.of("admin", "new-pw-4711"));
		AccountStore store = this.configuration.accountStore(next, engine, passwords);
		assertThat(store.matches("admin", "new-pw-4711")).isTrue();
		assertThat(store.matches("admin", "configured")).isFalse();
		Path file = this.dir.resolve("state").resolve("credentials.properties");
		assertThat(file).isRegularFile();
		assertThat(Files.readString(file)).doesNotContain("new-pw-4711");
	}

	@Test
	void aCredentialsFileInTheOldFormatIsMigratedAtStart() throws IOException {
		EngineProperties engine = this.engine();
		PasswordEncoder passwords = this.configuration.passwordEncoder();
		Path file = this.dir.resolve("state").resolve("credentials.properties");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "username=bob\npassword=in-clear-before\n");

		ServerCredentials credentials = this.configuration
			.serverCredentials(new AuthProperties("admin", "configured", false), engine, passwords);

		assertThat(credentials.username()).isEqualTo("bob");
		assertThat(Files.readString(file)).doesNotContain("in-clear-before").contains("password-hash=", "ha1=");
		assertThat(this.configuration.accountStore(credentials, engine, passwords).matches("bob", "in-clear-before"))
			.isTrue();
	}

	@Test
	void thePasswordEncoderIsBcryptBehindTheVerifiedPasswordCache() {
		PasswordEncoder passwords = this.configuration.passwordEncoder();

		assertThat(passwords).isInstanceOf(VerifiedPasswordCache.class);
		assertThat(passwords.encode("pw")).startsWith("{bcrypt}");
	}

	@Test
	void blankPasswordAllowedIsOffByDefaultAndBindsFromItsKey() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(AuthOnly.class);
		runner.run((context) -> assertThat(context.getBean(AuthProperties.class))
			.isEqualTo(new AuthProperties("admin", null, false)));
		runner.withPropertyValues("torrentd.auth.blank-password-allowed=true")
			.run((context) -> assertThat(context.getBean(AuthProperties.class).blankPasswordAllowed()).isTrue());
	}

	@Test
	void temporaryPasswordsAvoidLookAlikeCharacters() {
		String password = CredentialsConfiguration.randomPassword(new SecureRandom(), 2000);

		assertThat(password).doesNotContain("0", "O", "1", "l", "I");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AuthProperties.class)
	static class AuthOnly {

	}

}
