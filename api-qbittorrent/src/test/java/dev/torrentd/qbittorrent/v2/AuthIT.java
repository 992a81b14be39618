package dev.torrentd.qbittorrent.v2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * qBittorrent's authentication as clients meet it: login/logout, the ban, the session
 * timeout, the CSRF check, Basic, the cookie forms clients send back, the local bypass,
 * and the 403/404/405 order. Each test that fails logins uses its own client address, so
 * that failures counted for the ban do not leak between tests.
 */
@SpringBootTest(classes = QbTestServer.class)
@AutoConfigureMockMvc
class AuthIT {

	private static final String BANNED = "Your IP address has been banned after too many failed authentication attempts.";

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

	@Test
	void aWrongPasswordFailsWithStatus200AndNoCookie() {
		MvcTestResult login = login("admin", "wrong", "192.0.2.10");

		assertThat(login).hasStatusOk().bodyText().isEqualTo("Fails.");
		assertThat(login.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void aWrongUserNameOrAMissingPasswordFails() {
		assertThat(login("nobody", QbTestServer.PASSWORD, "192.0.2.11")).hasStatusOk().bodyText().isEqualTo("Fails.");
		assertThat(this.mvc.post()
			.uri("/api/v2/auth/login")
			.param("username", QbTestServer.USERNAME)
			.with(from("192.0.2.11"))).hasStatusOk().bodyText().isEqualTo("Fails.");
	}

	@Test
	void afterLogoutTheOldCookieIsForbidden() {
		String sid = sid(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, "127.0.0.1"));

		MvcTestResult logout = this.mvc.post().uri("/api/v2/auth/logout").header("Cookie", "SID=" + sid).exchange();

		assertThat(logout).hasStatusOk().bodyText().isEmpty();
		assertThat(logout.getResponse().getHeader("Set-Cookie")).startsWith("SID=;").containsIgnoringCase("expires");
		assertThat(this.mvc.get().uri("/api/v2/app/version").header("Cookie", "SID=" + sid)).hasStatus(403)
			.bodyText()
			.isEqualTo("Forbidden");
	}

	@Test
	void aCrossSiteRefererOnLoginIsUnauthorized() {
		assertThat(this.mvc.post()
			.uri("/api/v2/auth/login")
			.header("Host", "127.0.0.1:8080")
			.header("Referer", "http://evil.example:1234/")
			.param("username", QbTestServer.USERNAME)
			.param("password", QbTestServer.PASSWORD)).hasStatus(401).bodyText().isEqualTo("Unauthorized");
	}

	@Test
	void aCrossSiteOriginOnLoginIsUnauthorizedAndSetsNoCookie() {
		MvcTestResult login = this.mvc.post()
			.uri("/api/v2/auth/login")
			.header("Host", "127.0.0.1:8080")
			.header("Origin", "http://evil.example")
			.param("username", QbTestServer.USERNAME)
			.param("password", QbTestServer.PASSWORD)
			.exchange();

		assertThat(login).hasStatus(401).bodyText().isEqualTo("Unauthorized");
		assertThat(login.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void aCrossSiteRequestWithAValidSessionIsUnauthorized() {
		String sid = loggedIn();

		assertThat(this.mvc.get()
			.uri("/api/v2/app/version")
			.header("Cookie", "SID=" + sid)
			.header("Host", "127.0.0.1:8080")
			.header("Origin", "http://127.0.0.1:9")).hasStatus(401).bodyText().isEqualTo("Unauthorized");
		assertThat(this.mvc.get()
			.uri("/api/v2/app/version")
			.header("Cookie", "SID=" + sid)
			.header("Host", "127.0.0.1:8080")
			.header("Referer", "http://localhost:8080/")).hasStatus(401).bodyText().isEqualTo("Unauthorized");
	}

	@Test
	void aSameSiteRefererPasses() {
		assertThat(this.mvc.get()
			.uri("/api/v2/app/version")
			.header("Cookie", "SID=" + loggedIn())
			.header("Host", "127.0.0.1:8080")
			.header("Referer", "http://127.0.0.1:8080/index.html")).hasStatusOk().bodyText().isEqualTo("v5.1.4");
	}

	@Test
	void xForwardedHostIsTheSiteBehindAProxy() {
		assertThat(this.mvc.get()
			.uri("/api/v2/app/version")
			.header("Cookie", "SID=" + loggedIn())
			.header("Host", "127.0.0.1:8080")
			.header("X-Forwarded-Host", "torrents.example.org:443")
			.header("Origin", "https://torrents.example.org:443")).hasStatusOk().bodyText().isEqualTo("v5.1.4");
	}

	@Test
	void anUnknownEndpointIsForbiddenWithoutSessionAndNotFoundWithOne() {
		assertThat(this.mvc.get().uri("/api/v2/nosuch/action")).hasStatus(403).bodyText().isEqualTo("Forbidden");
		assertThat(this.mvc.get().uri("/api/v2/nosuch/action").header("Cookie", "SID=" + loggedIn())).hasStatus(404)
			.bodyText()
			.isEqualTo("Not Found");
		assertThat(this.mvc.post().uri("/api/v2/app/nosuchaction").header("Cookie", "SID=" + loggedIn())).hasStatus(404)
			.bodyText()
			.isEqualTo("Not Found");
	}

	@Test
	void getOnLogoutIsMethodNotAllowed() {
		String sid = loggedIn();

		assertThat(this.mvc.get().uri("/api/v2/auth/logout").header("Cookie", "SID=" + sid)).hasStatus(405)
			.bodyText()
			.isEqualTo("Method Not Allowed");
		assertThat(this.mvc.get().uri("/api/v2/app/version").header("Cookie", "SID=" + sid))
			.as("the session survives the refused logout")
			.hasStatusOk();
	}

	@Test
	void getOnLoginIsMethodNotAllowedAndLogsNobodyIn() {
		MvcTestResult login = this.mvc.get()
			.uri("/api/v2/auth/login?username={u}&password={p}", QbTestServer.USERNAME, QbTestServer.PASSWORD)
			.exchange();

		assertThat(login).hasStatus(405).bodyText().isEqualTo("Method Not Allowed");
		assertThat(login.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void validBasicCredentialsAuthenticate() {
		assertThat(this.mvc.get()
			.uri("/api/v2/app/version")
			.header("Authorization", basic(QbTestServer.USERNAME, QbTestServer.PASSWORD))).hasStatusOk()
			.bodyText()
			.isEqualTo("v5.1.4");
	}

	@Test
	void invalidBasicCredentialsAloneAreForbidden() {
		assertThat(this.mvc.get()
			.uri("/api/v2/app/version")
			.header("Authorization", basic(QbTestServer.USERNAME, "wrong"))).hasStatus(403)
			.bodyText()
			.isEqualTo("Forbidden");
	}

	@Test
	void invalidBasicCredentialsBesideAValidCookieAreIgnored() {
		String sid = loggedIn();
		for (String header : List.of("Basic Og==", basic("admin", "wrong"))) {
			assertThat(this.mvc.get()
				.uri("/api/v2/app/version")
				.header("Cookie", "SID=" + sid)
				.header("Authorization", header)).hasStatusOk().bodyText().isEqualTo("v5.1.4");
		}
	}

	@Test
	void theWholeSetCookieLineSentBackAsCookieAuthenticatesAsFloodAndCrossSeedSendIt() {
		String sid = loggedIn();

		assertThat(this.mvc.get()
			.uri("/api/v2/app/version")
			.header("Cookie", "SID=" + sid + "; HttpOnly; path=/; SameSite=Strict")).hasStatusOk()
			.bodyText()
			.isEqualTo("v5.1.4");
	}

	@Test
	void aSessionLogsInAgainWithoutANewCookie() {
		MvcTestResult again = this.mvc.post()
			.uri("/api/v2/auth/login")
			.header("Cookie", "SID=" + loggedIn())
			.param("username", QbTestServer.USERNAME)
			.param("password", QbTestServer.PASSWORD)
			.exchange();

		assertThat(again).hasStatusOk().bodyText().isEqualTo("Ok.");
		assertThat(again.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void withoutBypassALoopbackClientStillNeedsASession() {
		assertThat(this.mvc.get().uri("/api/v2/app/version").with(from("127.0.0.1"))).hasStatus(403);
	}

	String loggedIn() {
		return sid(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, "127.0.0.1"));
	}

	@Test
	void aStaleSidBeforeTheLiveOneIsSkippedAsBrowsersSendTheCookiesOfEveryPort() {
		String sid = sid(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, "192.0.2.40"));

		assertThat(this.mvc.get().uri("/api/v2/app/version").header("Cookie", "SID=stale-other-app; SID=" + sid))
			.hasStatusOk()
			.bodyText()
			.isEqualTo("v5.1.4");
	}

	MvcTestResult login(String username, String password, String remoteAddress) {
		return login(this.mvc, username, password, remoteAddress);
	}

	static MvcTestResult login(MockMvcTester mvc, String username, String password, String remoteAddress) {
		return mvc.post()
			.uri("/api/v2/auth/login")
			.param("username", username)
			.param("password", password)
			.with(from(remoteAddress))
			.exchange();
	}

	static String sid(MvcTestResult login) {
		assertThat(login).hasStatusOk().bodyText().isEqualTo("Ok.");
		String setCookie = login.getResponse().getHeader("Set-Cookie");
		assertThat(setCookie).startsWith("SID=");
		return setCookie.substring(4, setCookie.indexOf(';'));
	}

	static RequestPostProcessor from(String remoteAddress) {
		return (request) -> {
			request.setRemoteAddr(remoteAddress);
			return request;
		};
	}

	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A ban after two failures and a two-second session timeout, so that both show within
	 * a test.
	 */
	@Nested
	@TestPropertySource(
			properties = { "torrentd.qbittorrent.max-auth-fail-count=2", "torrentd.qbittorrent.session-timeout=2s" })
	class WithStrictLimits {

		// each nested class has its own application context, hence its own MockMvcTester
		@Autowired
		MockMvcTester mvc;

		MvcTestResult login(String username, String password, String remoteAddress) {
			return AuthIT.login(this.mvc, username, password, remoteAddress);
		}

		@Test
		void theFailureThatReachesTheMaximumBansTheIpEvenForTheRightPassword() {
			String ip = "192.0.2.20";
			assertThat(login("admin", "wrong", ip)).hasStatusOk().bodyText().isEqualTo("Fails.");
			assertThat(login("admin", "wrong", ip)).hasStatusOk().bodyText().isEqualTo("Fails.");

			MvcTestResult banned = login(QbTestServer.USERNAME, QbTestServer.PASSWORD, ip);

			assertThat(banned).hasStatus(403).bodyText().isEqualTo(BANNED);
			assertThat(banned.getResponse().getContentType()).startsWith("text/plain");
			assertThat(banned.getResponse().getHeader("Set-Cookie")).isNull();
			assertThat(login("admin", "wrong", ip)).hasStatus(403).bodyText().isEqualTo(BANNED);
		}

		@Test
		void wrongBasicCredentialsCountTowardTheBanAndABannedIpGetsNothingFromBasic() {
			String ip = "192.0.2.30";
			for (int i = 0; i < 2; i++) {
				assertThat(this.mvc.get()
					.uri("/api/v2/app/version")
					.header("Authorization", basic("admin", "guess" + i))
					.with(from(ip))).hasStatus(403);
			}

			assertThat(this.mvc.get()
				.uri("/api/v2/app/version")
				.header("Authorization", basic(QbTestServer.USERNAME, QbTestServer.PASSWORD))
				.with(from(ip))).hasStatus(403);
			assertThat(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, ip)).hasStatus(403)
				.bodyText()
				.isEqualTo(BANNED);
		}

		@Test
		void emptyBasicCredentialsAsTheArrsSendThemDoNotCountTowardTheBan() {
			String ip = "192.0.2.31";
			for (int i = 0; i < 3; i++) {
				this.mvc.get()
					.uri("/api/v2/app/version")
					.header("Authorization", "Basic Og==")
					.with(from(ip))
					.exchange();
			}

			assertThat(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, ip)).hasStatusOk()
				.bodyText()
				.isEqualTo("Ok.");
		}

		@Test
		void aBanIsPerIp() {
			login("admin", "wrong", "192.0.2.21");
			login("admin", "wrong", "192.0.2.21");

			assertThat(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, "192.0.2.22")).hasStatusOk()
				.bodyText()
				.isEqualTo("Ok.");
		}

		@Test
		void aSuccessfulLoginResetsTheFailureCount() {
			String ip = "192.0.2.23";
			login("admin", "wrong", ip);
			sid(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, ip));

			assertThat(login("admin", "wrong", ip)).hasStatusOk().bodyText().isEqualTo("Fails.");
			assertThat(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, ip)).hasStatusOk()
				.bodyText()
				.isEqualTo("Ok.");
		}

		@Test
		void aBannedIpWithALiveSessionIsStillOkOnLoginAsQbittorrentChecksTheSessionFirst() {
			String ip = "192.0.2.25";
			String sid = sid(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, ip));
			login("admin", "wrong", ip);
			login("admin", "wrong", ip);

			assertThat(this.mvc.post()
				.uri("/api/v2/auth/login")
				.header("Cookie", "SID=" + sid)
				.param("username", QbTestServer.USERNAME)
				.param("password", QbTestServer.PASSWORD)
				.with(from(ip))).hasStatusOk().bodyText().isEqualTo("Ok.");
			assertThat(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, ip)).hasStatus(403)
				.bodyText()
				.isEqualTo(BANNED);
		}

		@Test
		void aSessionIdleLongerThanTheTimeoutIsForbidden() throws InterruptedException {
			String sid = sid(login(QbTestServer.USERNAME, QbTestServer.PASSWORD, "192.0.2.24"));
			assertThat(this.mvc.get().uri("/api/v2/app/version").header("Cookie", "SID=" + sid)).hasStatusOk();

			Thread.sleep(2500);

			assertThat(this.mvc.get().uri("/api/v2/app/version").header("Cookie", "SID=" + sid)).hasStatus(403)
				.bodyText()
				.isEqualTo("Forbidden");
		}

	}

	/**
	 * qBittorrent's {@code bypass_local_auth}: loopback clients get a session without
	 * logging in.
	 */
	@Nested
	@TestPropertySource(properties = "torrentd.qbittorrent.bypass-local-auth=true")
	class WithLocalAuthBypass {

		// each nested class has its own application context, hence its own MockMvcTester
		@Autowired
		MockMvcTester mvc;

		@Test
		void aLoopbackClientWithoutCookieIsLetInAndGivenASession() {
			MvcTestResult version = this.mvc.get().uri("/api/v2/app/version").with(from("127.0.0.1")).exchange();

			assertThat(version).hasStatusOk().bodyText().isEqualTo("v5.1.4");
			assertThat(version.getResponse().getHeader("Set-Cookie")).matches("SID=[A-Za-z0-9+/]{32};.*");
		}

		@Test
		void anIpv6LoopbackClientIsLetIn() {
			assertThat(this.mvc.get().uri("/api/v2/app/version").with(from("0:0:0:0:0:0:0:1"))).hasStatusOk();
		}

		@Test
		void aRemoteClientStillNeedsASession() {
			assertThat(this.mvc.get().uri("/api/v2/app/version").with(from("192.0.2.30"))).hasStatus(403)
				.bodyText()
				.isEqualTo("Forbidden");
		}

	}

}
