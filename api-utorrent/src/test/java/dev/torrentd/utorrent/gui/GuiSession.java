package dev.torrentd.utorrent.gui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.torrentd.utorrent.UtTestServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A µTorrent WebUI session against the test server, as the WebUI opens one: HTTP Basic
 * with the test account on every request, and the CSRF token from
 * {@code /gui/token.html}.
 */
final class GuiSession {

	private static final Pattern TOKEN = Pattern.compile(">([^<]+)<");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final String token;

	/**
	 * Opens a session: fetches a token.
	 * @param port the server's port on 127.0.0.1
	 */
	GuiSession(int port) throws Exception {
		this.port = port;
		Matcher matcher = TOKEN.matcher(send(request("/gui/token.html").GET()).body());
		assertThat(matcher.find()).as("a token in token.html").isTrue();
		this.token = matcher.group(1);
	}

	String token() {
		return this.token;
	}

	/** {@code /gui/?token=…&query}, expected to answer 200 with JSON. */
	JsonNode api(String query) throws Exception {
		HttpResponse<String> response = send(request("/gui/?token=" + this.token + "&" + query).GET());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/** A request to a path, with the account's Basic credentials. */
	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(
						(UtTestServer.USERNAME + ":" + UtTestServer.PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
