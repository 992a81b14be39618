package dev.torrentd.utorrent.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.torrentd.utorrent.UtTestServer;
import dev.torrentd.utorrent.settings.GuiSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * µTorrent's guest account (read-only: list and get actions) and IP restriction list,
 * both switched on through {@code setsetting} as the WebUI's preferences do.
 */
@SpringBootTest(classes = UtTestServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GuiGuestAndRestrictionIT {

	private static final Pattern TOKEN = Pattern.compile(">([^<]+)<");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	GuiSettings settings;

	@AfterEach
	void reset() {
		this.settings.set(List.of(Map.entry("webui.restrict", ""), Map.entry("webui.enable_guest", "0")));
	}

	@Test
	void theGuestIsRefusedUntilEnabledThenMayOnlyListAndRead() throws Exception {
		String guest = basic("guest", "");
		assertThat(get("/gui/token.html", guest).statusCode()).isEqualTo(401);
		String admin = basic(UtTestServer.USERNAME, UtTestServer.PASSWORD);
		String adminToken = token(admin);
		assertThat(get("/gui/?token=" + adminToken + "&action=setsetting&s=webui.enable_guest&v=1", admin).body())
			.isEqualTo("{\"build\":30470}");
		String token = token(guest);
		assertThat(get("/gui/?token=" + token + "&list=1", guest).statusCode()).isEqualTo(200);
		assertThat(get("/gui/?token=" + token + "&action=getsettings", guest).statusCode()).isEqualTo(200);
		HttpResponse<String> stop = get("/gui/?token=" + token + "&action=stop&hash=" + "A".repeat(40), guest);
		assertThat(stop.statusCode()).isEqualTo(400);
		assertThat(stop.body()).isEqualTo("invalid request");
		assertThat(get("/gui/?token=" + token + "&action=setsetting&s=webui.enable_guest&v=0", guest).statusCode())
			.isEqualTo(400);
	}

	@Test
	void anActionInAPostBodyNeitherEscapesTheChecksNorChoosesAHandler() throws Exception {
		String admin = basic(UtTestServer.USERNAME, UtTestServer.PASSWORD);
		get("/gui/?token=" + token(admin) + "&action=setsetting&s=webui.enable_guest&v=1", admin);
		String guest = basic("guest", "");
		String token = token(guest);
		// the guest may not setsetting: putting the action in the body changes nothing
		HttpResponse<String> sneaky = post("/gui/?token=" + token + "&s=webui.username&v=guest&s=webui.password&v=x",
				guest, "action=setsetting");
		assertThat(sneaky.body()).isEqualTo("{\"build\":30470}");
		assertThat(this.settings.guestEnabled()).isTrue();
		assertThat(get("/gui/token.html", admin).statusCode()).isEqualTo(200);
		// nor does an admin request without a token reach an action through the body
		HttpResponse<String> noToken = post("/gui/", admin, "action=getversion&list=1");
		assertThat(noToken.body()).isEqualTo("{\"build\":30470}");
	}

	@Test
	void anAddressOutsideTheRestrictionListIsRefused() throws Exception {
		String admin = basic(UtTestServer.USERNAME, UtTestServer.PASSWORD);
		String token = token(admin);
		get("/gui/?token=" + token + "&action=setsetting&s=webui.restrict&v=127.0.0.1", admin);
		assertThat(get("/gui/?token=" + token + "&list=1", admin).statusCode()).isEqualTo(200);
		get("/gui/?token=" + token + "&action=setsetting&s=webui.restrict&v=10.1.2.0/24,192.168.0.1-192.168.0.9",
				admin);
		HttpResponse<String> refused = get("/gui/?token=" + token + "&list=1", admin);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(get("/gui/token.html", admin).statusCode()).isEqualTo(403);
	}

	private String token(String authorization) throws Exception {
		HttpResponse<String> response = get("/gui/token.html", authorization);
		Matcher matcher = TOKEN.matcher(response.body());
		assertThat(matcher.find()).as(response.body()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", authorization)
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String authorization, String form) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", authorization)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
