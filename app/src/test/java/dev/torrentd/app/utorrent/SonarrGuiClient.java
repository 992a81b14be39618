package dev.torrentd.app.utorrent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A µTorrent WebUI client that speaks as Sonarr's {@code UTorrentProxy} does (spec
 * arr-clients.md §1 and §6): {@code Authorization: Basic} on every request,
 * {@code Accept: application/json} (also on token.html), {@code Cache-Control: no-cache},
 * token.html read as XML (the token is the text of the first child of the first node),
 * every {@code Set-Cookie} of that answer reduced to {@code name=value} and replayed, the
 * token as the first query parameter, values RFC 3986-encoded, the .torrent upload as a
 * hand-built multipart body.
 */
public final class SonarrGuiClient {

	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	private final String username;

	private final String password;

	private @Nullable String token;

	private final List<String> cookies = new ArrayList<>();

	/**
	 * A client without a token yet.
	 * @param baseUrl {@code http://127.0.0.1:<port>}
	 * @param username the user name
	 * @param password the password (may be empty)
	 */
	public SonarrGuiClient(String baseUrl, String username, String password) {
		this.baseUrl = baseUrl;
		this.username = username;
		this.password = password;
	}

	/**
	 * {@code GET /gui/token.html}, no query.
	 * @return the raw answer
	 * @throws Exception on I/O errors
	 */
	public HttpResponse<String> tokenPage() throws Exception {
		return send(request("/gui/token.html").GET().build());
	}

	/**
	 * Sonarr's AuthenticateClient: token.html as XML, the token from
	 * {@code FirstChild.FirstChild.InnerText}, the cookies kept.
	 * @return the token
	 * @throws Exception on I/O or XML errors
	 */
	public String authenticate() throws Exception {
		HttpResponse<String> page = tokenPage();
		assertThat(page.statusCode()).as("token.html status; body %s", page.body()).isEqualTo(200);
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(page.body().getBytes(StandardCharsets.UTF_8)));
		Node first = document.getFirstChild();
		assertThat(first.getNodeType()).as("token.html's first node is an element: %s", page.body())
			.isEqualTo(Node.ELEMENT_NODE);
		assertThat(first.getNodeName()).isEqualTo("html");
		Node div = first.getFirstChild();
		assertThat(div).as("token.html's root has a first child: %s", page.body()).isNotNull();
		String text = div.getTextContent();
		assertThat(text).as("the token in %s", page.body()).isNotBlank();
		this.cookies.clear();
		for (String setCookie : page.headers().allValues("Set-Cookie")) {
			int end = setCookie.indexOf(';');
			this.cookies.add((end < 0) ? setCookie : setCookie.substring(0, end));
		}
		this.token = text;
		return text;
	}

	/**
	 * The cookies kept from token.html.
	 * @return {@code name=value} each
	 */
	public List<String> cookies() {
		return List.copyOf(this.cookies);
	}

	/**
	 * {@code GET /gui/?token=T&<query>}.
	 * @param query the parameters after the token, already encoded
	 * @return the raw answer
	 * @throws Exception on I/O errors
	 */
	public HttpResponse<String> get(String query) throws Exception {
		return send(request(gui(query)).GET().build());
	}

	/**
	 * {@code GET /gui/?token=T&<query>}, answered 200 with JSON whose first key is
	 * {@code build}.
	 * @param query the parameters after the token, already encoded
	 * @return the answer
	 * @throws Exception on I/O errors
	 */
	public JsonNode json(String query) throws Exception {
		HttpResponse<String> response = get(query);
		return json(response);
	}

	/**
	 * Sonarr's add-file: POST {@code /gui/?token=T&action=add-file&path=}, one part
	 * {@code torrent_file} with {@code filename="<title>.torrent"} as
	 * application/octet-stream.
	 * @param title the release title
	 * @param metainfo the .torrent
	 * @return the answer
	 * @throws Exception on I/O errors
	 */
	public JsonNode addFile(String title, byte[] metainfo) throws Exception {
		String boundary = "-----------------------------" + Long.toHexString(System.nanoTime());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"torrent_file\"; filename=\""
				+ title + ".torrent\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(metainfo);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = send(request(gui("action=add-file&path="))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
		return json(response);
	}

	/**
	 * Any path, with Sonarr's headers.
	 * @param pathAndQuery e.g. {@code /gui/?token=x&list=1}
	 * @return the raw answer
	 * @throws Exception on I/O errors
	 */
	public HttpResponse<String> getPath(String pathAndQuery) throws Exception {
		return send(request(pathAndQuery).GET().build());
	}

	/**
	 * An answer's JSON, after checking the status and that {@code build} comes first.
	 * @param response a {@code /gui/} answer
	 * @return its JSON
	 */
	public static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s status; body %s", response.uri(), response.body()).isEqualTo(200);
		assertThat(response.body()).as("%s: every µTorrent answer starts with build", response.uri())
			.startsWith("{\"build\":");
		return JSON.readTree(response.body());
	}

	/**
	 * .NET's Uri.EscapeDataString: only A-Z a-z 0-9 - . _ ~ stay as they are.
	 * @param value a query value
	 * @return it encoded
	 */
	public static String rfc3986(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

	private String gui(String query) {
		assertThat(this.token).as("authenticate() first").isNotNull();
		return "/gui/?token=" + rfc3986(this.token) + (query.isEmpty() ? "" : "&" + query);
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		String basic = Base64.getEncoder()
			.encodeToString((this.username + ":" + this.password).getBytes(StandardCharsets.ISO_8859_1));
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + pathAndQuery))
			.timeout(Duration.ofSeconds(30))
			.header("User-Agent", "Sonarr/4.0.15.2941 (ubuntu 24.04)")
			.header("Accept", "application/json")
			.header("Cache-Control", "no-cache")
			.header("Authorization", "Basic " + basic);
		if (!this.cookies.isEmpty()) {
			builder.header("Cookie", String.join("; ", this.cookies));
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
