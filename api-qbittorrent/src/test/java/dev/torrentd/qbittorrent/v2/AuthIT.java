package dev.torrentd.qbittorrent.v2;

import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = QbTestServer.class)
@AutoConfigureMockMvc
class AuthIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void webapiVersionWithoutSessionIsForbiddenSoSonarrDetectsApiV2() {
		assertThat(this.mvc.get().uri("/api/v2/app/webapiVersion")).hasStatus(403).bodyText().isEqualTo("Forbidden");
	}

	@Test
	void loginSetsSidCookieThatOpensTheApi() {
		var login = this.mvc.post()
			.uri("/api/v2/auth/login")
			.param("username", QbTestServer.USERNAME)
			.param("password", QbTestServer.PASSWORD)
			.exchange();
		assertThat(login).hasStatusOk().bodyText().isEqualTo("Ok.");
		String setCookie = login.getResponse().getHeader("Set-Cookie");
		// MockMvc re-serialises the cookie, so the attribute order is its own
		assertThat(setCookie).matches("SID=[A-Za-z0-9+/]{32};.*")
			.containsIgnoringCase("; path=/")
			.contains("; HttpOnly", "; SameSite=Strict")
			.doesNotContainIgnoringCase("expires");
		String sid = setCookie.substring(4, 36);

		assertThat(this.mvc.get().uri("/api/v2/app/version").header("Cookie", "SID=" + sid)).hasStatusOk()
			.bodyText()
			.isEqualTo("v5.1.4");
	}

}
