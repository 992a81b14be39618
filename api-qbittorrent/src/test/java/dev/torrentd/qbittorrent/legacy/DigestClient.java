package dev.torrentd.qbittorrent.legacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An RFC 2617 Digest client (MD5, qop=auth) written from the RFC, as Python's
 * {@code HTTPDigestAuth} behaves: it asks without credentials, answers the challenge.
 */
final class DigestClient {

	private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String username;

	private final String password;

	private final AtomicInteger nc = new AtomicInteger();

	DigestClient(int port, String username, String password) {
		this.base = "http://127.0.0.1:" + port;
		this.username = username;
		this.password = password;
	}

	/** A request without credentials. */
	HttpResponse<String> anonymous(String method, String path) throws Exception {
		return send(method, path, null, null);
	}

	/** The challenge answered: GET, or POST with a form body (null for none). */
	HttpResponse<String> send(String method, String path, String form) throws Exception {
		Map<String, String> challenge = challenge(send(method, path, null, form));
		return send(method, path, authorization(challenge, method, path, this.password), form);
	}

	HttpResponse<String> send(String method, String path, String authorization, String form) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method,
					(form != null) ? HttpRequest.BodyPublishers.ofString(form) : HttpRequest.BodyPublishers.noBody());
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static Map<String, String> challenge(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(401);
		String header = response.headers().firstValue("WWW-Authenticate").orElseThrow();
		assertThat(header).startsWith("Digest ");
		Map<String, String> params = new LinkedHashMap<>();
		Matcher matcher = PARAM.matcher(header);
		while (matcher.find()) {
			params.put(matcher.group(1), matcher.group(2));
		}
		return params;
	}

	String authorization(Map<String, String> challenge, String method, String uri, String password) throws Exception {
		String nc = String.format("%08x", this.nc.incrementAndGet());
		String cnonce = "0a4f113b";
		String ha1 = md5(this.username + ":" + challenge.get("realm") + ":" + password);
		String ha2 = md5(method + ":" + uri);
		String response = md5(ha1 + ":" + challenge.get("nonce") + ":" + nc + ":" + cnonce + ":auth:" + ha2);
		return "Digest username=\"" + this.username + "\", realm=\"" + challenge.get("realm") + "\", nonce=\""
				+ challenge.get("nonce") + "\", uri=\"" + uri + "\", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce
				+ "\", response=\"" + response + "\", opaque=\"" + challenge.get("opaque") + "\"";
	}

	private static String md5(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

}
