package dev.torrentd.app;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dev.torrentd.app.utorrent.SonarrGuiClient.rfc3986;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A qBittorrent Web API v2 client as the WebUI uses it: login for the SID cookie, then
 * GETs and form POSTs carrying it.
 */
public final class QbWebClient {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	private @Nullable String sid;

	/**
	 * A client of one server.
	 * @param baseUrl e.g. {@code http://127.0.0.1:8080}
	 */
	public QbWebClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * Logs in and keeps the SID cookie.
	 * @param username the user
	 * @param password the password
	 * @return this client
	 */
	public QbWebClient login(String username, String password) throws Exception {
		HttpResponse<String> login = post("/api/v2/auth/login",
				"username=" + rfc3986(username) + "&password=" + rfc3986(password));
		assertThat(login.body()).isEqualTo("Ok.");
		String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
		this.sid = setCookie.substring(0, (setCookie.indexOf(';') < 0) ? setCookie.length() : setCookie.indexOf(';'));
		return this;
	}

	/**
	 * A GET that must answer 200 with JSON.
	 * @param pathAndQuery e.g. {@code /api/v2/torrents/info}
	 * @return the parsed body
	 */
	public JsonNode json(String pathAndQuery) throws Exception {
		HttpResponse<String> response = this.http.send(request(pathAndQuery).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s: %s", pathAndQuery, response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	/**
	 * A form POST.
	 * @param path e.g. {@code /api/v2/rss/addFeed}
	 * @param form the already encoded form body
	 * @return the response
	 */
	public HttpResponse<String> post(String path, String form) throws Exception {
		return this.http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A form POST that must answer 200.
	 * @param path e.g. {@code /api/v2/rss/addFeed}
	 * @param form the already encoded form body
	 * @return the body
	 */
	public String postOk(String path, String form) throws Exception {
		HttpResponse<String> response = post(path, form);
		assertThat(response.statusCode()).as("%s %s: %s", path, form, response.body()).isEqualTo(200);
		return response.body();
	}

	/**
	 * {@code torrents/add} with one .torrent file, as the WebUI uploads it.
	 * @param fileName the part's file name
	 * @param metainfo the .torrent bytes
	 * @param fields more text fields, name then value
	 * @return the response
	 */
	public HttpResponse<String> addTorrentFile(String fileName, byte[] metainfo, String... fields) throws Exception {
		String boundary = "----torrentd" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int i = 0; i < fields.length; i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrents\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/x-bittorrent\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(metainfo);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http
			.send(request("/api/v2/torrents/add").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The session cookie, for requests made without this client.
	 * @return {@code SID=…} after {@link #login}, else ""
	 */
	public String cookie() {
		return (this.sid != null) ? this.sid : "";
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + pathAndQuery))
			.timeout(Duration.ofSeconds(30));
		if (this.sid != null) {
			builder.header("Cookie", this.sid);
		}
		return builder;
	}

}
