package dev.torrentd.utorrent.gui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.torrentd.utorrent.UtTestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every µTorrent client checks before anything else: the Basic challenge with realm
 * {@code uTorrent}, the exact token.html markup with its GUID cookie, and 400
 * {@code invalid request} for a missing or wrong token and for an unknown action.
 */
@SpringBootTest(classes = UtTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuiAuthIT {

	private static final Pattern TOKEN = Pattern.compile(">([^<]+)<");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private String basic;

	@BeforeEach
	void credentials() {
		this.basic = basic(UtTestServer.USERNAME, UtTestServer.PASSWORD);
	}

	@Test
	void withoutCredentialsEveryPathIsChallengedWithRealmUtorrent() throws Exception {
		for (String path : List.of("/gui/token.html", "/gui/?list=1", "/gui/", "/proxy?id=x&file=0")) {
			HttpResponse<String> response = get(path, null, null);
			assertThat(response.statusCode()).as(path).isEqualTo(401);
			assertThat(response.headers().allValues("WWW-Authenticate")).as(path)
				.containsExactly("Basic realm=\"uTorrent\"");
		}
	}

	@Test
	void aWrongPasswordIsChallengedToo() throws Exception {
		HttpResponse<String> response = get("/gui/token.html", basic("admin", "wrong"), null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"uTorrent\"");
	}

	@Test
	void tokenHtmlIsExactlyUtorrentsMarkupWithOneGuidCookie() throws Exception {
		HttpResponse<String> response = get("/gui/token.html?t=1700000000000", this.basic, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.matches("<html><div id='token' style='display:none;'>[A-Za-z0-9_-]{64}</div></html>");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(response.headers().allValues("Set-Cookie")).singleElement()
			.satisfies((c) -> assertThat(c).matches("GUID=[A-Za-z0-9]{20}; path=/"));
	}

	@Test
	void postingToTokenHtmlWorksAsOrganizrDoes() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/gui/token.html"))
			.header("Authorization", this.basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("a=b"))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(TOKEN.matcher(response.body()).find()).isTrue();
	}

	@Test
	void theSameGuidGetsTheSameToken() throws Exception {
		HttpResponse<String> first = get("/gui/token.html", this.basic, null);
		String cookie = first.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		HttpResponse<String> again = get("/gui/token.html", this.basic, cookie);
		assertThat(token(again)).isEqualTo(token(first));
	}

	@Test
	void missingOrWrongTokensAre400InvalidRequest() throws Exception {
		for (String path : List.of("/gui/?list=1", "/gui/?token=nope&list=1", "/gui/?action=getsettings")) {
			HttpResponse<String> response = get(path, this.basic, null);
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).isEqualTo("invalid request");
		}
	}

	@Test
	void theTokenMayComeAnywhereAndWithoutTheCookie() throws Exception {
		String token = token(get("/gui/token.html", this.basic, null));
		HttpResponse<String> last = get("/gui/?action=getversion&t=1&token=" + token, this.basic, null);
		assertThat(last.statusCode()).isEqualTo(200);
		assertThat(last.body()).startsWith("{\"build\":30470,\"version\":{");
		assertThat(last.body()).contains("\"product_code\":\"server\"");
	}

	@Test
	void aValidTokenAloneAnswersTheBuildAsCouchPotatoReadsIt() throws Exception {
		String token = token(get("/gui/token.html", this.basic, null));
		HttpResponse<String> response = get("/gui/?token=" + token + "&", this.basic, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"build\":30470}");
	}

	@Test
	void anUnknownActionIs400InvalidRequest() throws Exception {
		String token = token(get("/gui/token.html", this.basic, null));
		HttpResponse<String> response = get("/gui/?token=" + token + "&action=configremote", this.basic, null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("invalid request");
	}

	@Test
	void logoutEndsTheSessionAndGetSessionsListsTheLiveOnes() throws Exception {
		String token = token(get("/gui/token.html", this.basic, null));
		HttpResponse<String> sessions = get("/gui/?token=" + token + "&action=get-sessions", this.basic, null);
		assertThat(sessions.body()).startsWith("{\"build\":30470,\"sessions\":[{\"guid\":");
		assertThat(get("/gui/?token=" + token + "&action=logout", this.basic, null).body())
			.isEqualTo("{\"build\":30470}");
		assertThat(get("/gui/?token=" + token + "&action=getversion", this.basic, null).statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> get(String path, String authorization, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String token(HttpResponse<String> response) {
		Matcher matcher = TOKEN.matcher(response.body());
		assertThat(matcher.find()).as(response.body()).isTrue();
		return matcher.group(1);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
