package dev.torrentd.app.security;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;

import dev.torrentd.app.engine.EngineProperties;
import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.PeerProtocols;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

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
		ServerCredentials stored = new ServerCredentials("bob", "changed", false);

		assertThat(CredentialsConfiguration.initial(new AuthProperties("admin", "configured", false), stored))
			.isEqualTo(stored);
		assertThat(CredentialsConfiguration.initial(new AuthProperties("admin", null, false), stored))
			.isEqualTo(stored);
	}

	@Test
	void aPasswordChangedAtRuntimeIsInForceAtTheNextStart() {
		EngineProperties engine = this.engine();
		AuthProperties configured = new AuthProperties("admin", "configured", false);
		ServerCredentials first = this.configuration.serverCredentials(configured, engine);
		assertThat(first).isEqualTo(new ServerCredentials("admin", "configured", false));

		this.configuration.accountStore(first, engine).replace("admin", "changed");

		ServerCredentials next = this.configuration.serverCredentials(configured, engine);
		assertThat(next).isEqualTo(new ServerCredentials("admin", "changed", false));
		assertThat(this.configuration.accountStore(next, engine).matches("admin", "changed")).isTrue();
		assertThat(this.dir.resolve("state").resolve("credentials.properties")).isRegularFile();
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
