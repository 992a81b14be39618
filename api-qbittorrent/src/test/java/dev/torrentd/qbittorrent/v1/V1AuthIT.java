package dev.torrentd.qbittorrent.v1;

import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API v1's login as qBittorrent 4.0.4: {@code /login} answers {@code Ok.} with a SID
 * cookie or {@code Fails.}, {@code /version/*} is public, everything else is 403
 * {@code Forbidden} without a session, and one SID opens API v1 and v2 alike.
 */
@SpringBootTest(classes = QbTestServer.class)
@AutoConfigureMockMvc
class V1AuthIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void queriesWithoutSessionAreForbidden() {
		assertThat(this.mvc.get().uri("/query/torrents")).hasStatus(403).bodyText().isEqualTo("Forbidden");
		assertThat(this.mvc.get().uri("/query/preferences")).hasStatus(403).bodyText().isEqualTo("Forbidden");
		assertThat(this.mvc.get().uri("/sync/maindata")).hasStatus(403).bodyText().isEqualTo("Forbidden");
		assertThat(this.mvc.get().uri("/query/nothingHere")).hasStatus(403).bodyText().isEqualTo("Forbidden");
	}

	@Test
	void commandsWithAStaleSessionAreForbiddenAndWithoutOneChallengedForDigest() {
		// a SID cookie makes /command/* API v1's: a stale one is 403 and Sonarr logs in
		// again
		assertThat(this.mvc.post().uri("/command/pauseAll").header("Cookie", "SID=stale")).hasStatus(403)
			.bodyText()
			.isEqualTo("Forbidden");
		// without one it is qBittorrent 3.1's, whose clients (curl --digest) need the
		// challenge
		assertThat(this.mvc.post().uri("/command/pauseAll")).hasStatus(401)
			.headers()
			.hasHeaderSatisfying("WWW-Authenticate",
					(values) -> assertThat(values.get(0)).startsWith("Digest realm=\"Web UI Access\""));
	}

	@Test
	void versionScopeIsPublicAsInQbittorrent4() {
		// qBittorrent 3.2–4.0.4's isPublicScope: "public" and "version"; Sonarr's V1
		// probe
		// takes any 2xx (or 403) as API v1
		assertThat(this.mvc.get().uri("/version/api")).hasStatusOk().bodyText().isEqualTo("17");
		assertThat(this.mvc.get().uri("/version/api_min")).hasStatusOk().bodyText().isEqualTo("15");
		assertThat(this.mvc.get().uri("/version/qbittorrent")).hasStatusOk().bodyText().isEqualTo("v4.0.4");
		assertThat(this.mvc.get().uri("/version/nothing")).hasStatus(404);
	}

	@Test
	void loginOkSetsSidThatOpensApiV1AndV2() {
		MvcTestResult login = login(QbTestServer.PASSWORD);

		assertThat(login).hasStatusOk().bodyText().isEqualTo("Ok.");
		String sid = sid(login);
		assertThat(this.mvc.get().uri("/query/torrents").header("Cookie", "SID=" + sid)).hasStatusOk()
			.bodyJson()
			.isEqualTo("[]");
		assertThat(this.mvc.get().uri("/api/v2/app/webapiVersion").header("Cookie", "SID=" + sid)).hasStatusOk();
		// a second login with a live session: Ok. and no new cookie
		MvcTestResult again = this.mvc.post()
			.uri("/login")
			.header("Cookie", "SID=" + sid)
			.param("username", "x")
			.param("password", "y")
			.exchange();
		assertThat(again).hasStatusOk().bodyText().isEqualTo("Ok.");
		assertThat(again.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void aSidFromApiV2LoginOpensApiV1() {
		MvcTestResult login = this.mvc.post()
			.uri("/api/v2/auth/login")
			.param("username", QbTestServer.USERNAME)
			.param("password", QbTestServer.PASSWORD)
			.exchange();
		assertThat(this.mvc.get().uri("/query/transferInfo").header("Cookie", "SID=" + sid(login))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.dl_info_speed")
			.isEqualTo(0);
	}

	@Test
	void aWrongPasswordFailsWithoutCookie() {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.param("username", QbTestServer.USERNAME)
			.param("password", "wrong")
			.with((request) -> {
				request.setRemoteAddr("192.0.2.77");
				return request;
			})
			.exchange();

		assertThat(login).hasStatusOk().bodyText().isEqualTo("Fails.");
		assertThat(login.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void basicCredentialsOpenNoV1Session() {
		// qBittorrent 4.0 ignored the Authorization header the *arrs always send
		assertThat(this.mvc.get().uri("/query/torrents").header("Authorization", "Basic YWRtaW46YWRtaW5hZG1pbg=="))
			.hasStatus(403);
	}

	@Test
	void logoutEndsTheSession() {
		String sid = sid(login(QbTestServer.PASSWORD));

		MvcTestResult logout = this.mvc.post().uri("/logout").header("Cookie", "SID=" + sid).exchange();

		assertThat(logout).hasStatusOk().bodyText().isEmpty();
		assertThat(logout.getResponse().getHeader("Set-Cookie")).startsWith("SID=;");
		assertThat(this.mvc.get().uri("/query/torrents").header("Cookie", "SID=" + sid)).hasStatus(403);
		// without a session, logout is a harmless 200 (public scope)
		assertThat(this.mvc.get().uri("/logout")).hasStatusOk();
	}

	@Test
	void anUnknownActionWithSessionIsNotFound() {
		String sid = sid(login(QbTestServer.PASSWORD));
		assertThat(this.mvc.get().uri("/query/nothingHere").header("Cookie", "SID=" + sid)).hasStatus(404)
			.bodyText()
			.isEqualTo("Not Found");
	}

	private MvcTestResult login(String password) {
		return this.mvc.post()
			.uri("/login")
			.param("username", QbTestServer.USERNAME)
			.param("password", password)
			.exchange();
	}

	private static String sid(MvcTestResult login) {
		String setCookie = login.getResponse().getHeader("Set-Cookie");
		assertThat(setCookie).startsWith("SID=");
		return setCookie.substring(4, setCookie.indexOf(';'));
	}

}
