package dev.torrentd.app.security;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsConfigurationTests {

	private final CredentialsConfiguration configuration = new CredentialsConfiguration();

	@Test
	void aConfiguredPasswordIsUsedAsIs() {
		ServerCredentials credentials = this.configuration.serverCredentials(new AuthProperties("admin", "adminadmin"));

		assertThat(credentials).isEqualTo(new ServerCredentials("admin", "adminadmin", false));
		assertThat(credentials.toString()).doesNotContain("adminadmin");
	}

	@Test
	void withoutOneEachStartGetsADifferentTemporaryPassword() {
		ServerCredentials first = this.configuration.serverCredentials(new AuthProperties("admin", null));
		ServerCredentials second = this.configuration.serverCredentials(new AuthProperties("admin", ""));

		assertThat(first.temporary()).isTrue();
		assertThat(second.temporary()).isTrue();
		assertThat(first.password()).isNotEqualTo(second.password()).matches("[A-Za-z2-9]{9}");
	}

	@Test
	void temporaryPasswordsAvoidLookAlikeCharacters() {
		String password = CredentialsConfiguration.randomPassword(new SecureRandom(), 2000);

		assertThat(password).doesNotContain("0", "O", "1", "l", "I");
	}

}
