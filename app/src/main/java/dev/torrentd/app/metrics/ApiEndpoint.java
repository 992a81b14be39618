package dev.torrentd.app.metrics;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Which dialect and endpoint a request is for: the {@code dialect} and {@code endpoint}
 * labels of {@code torrentd_http_requests}.
 *
 * @param dialect {@code qbittorrent} (Web API v2), {@code qbittorrent-v1} (API v1),
 * {@code qbittorrent-legacy} (Web UI API v3.1), {@code utorrent}, {@code actuator}, or
 * {@code other}
 * @param endpoint the API's own name of the call: {@code torrents/info},
 * {@code query/torrents}, {@code json/torrents}, µTorrent's {@code action=getsettings},
 * {@code list=1} or {@code token.html}, the actuator endpoint's name; {@code other} for
 * anything that does not look like one (so random paths add no series)
 */
public record ApiEndpoint(String dialect, String endpoint) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");

	private static final String OTHER = "other";

	/**
	 * The endpoint of a request, from its path and query string only: the body is never
	 * read (a filter that read a multipart body would parse it before the dialect does).
	 * @param path the request path without the context path, e.g.
	 * {@code /api/v2/torrents/info}
	 * @param query the query string, or null
	 * @return the dialect and endpoint
	 */
	public static ApiEndpoint of(String path, @Nullable String query) {
		String action = null;
		boolean list = false;
		if (query != null) {
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				String name = (eq < 0) ? pair : pair.substring(0, eq);
				if (name.equals("action") && action == null) {
					action = decode((eq < 0) ? "" : pair.substring(eq + 1));
				}
				list |= name.equals("list");
			}
		}
		return of(path, action, list);
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// a malformed %-escape: not a name
			return "";
		}
	}

	static ApiEndpoint of(String path, @Nullable String action, boolean list) {
		if (path.startsWith("/api/v2/")) {
			return new ApiEndpoint("qbittorrent", segments(path.substring("/api/v2/".length()), 2));
		}
		if (path.startsWith("/gui") || path.equals("/proxy")) {
			return new ApiEndpoint("utorrent", utorrent(path, action, list));
		}
		if (path.startsWith("/actuator")) {
			// health/liveness and health/readiness are health's groups
			return new ApiEndpoint("actuator", path.equals("/actuator") ? "index"
					: segments(path.substring("/actuator/".length()).split("/", 2)[0], 1));
		}
		if (path.startsWith("/json/")) {
			return new ApiEndpoint("qbittorrent-legacy", segments(path.substring(1), 2));
		}
		if (path.equals("/login") || path.equals("/logout")) {
			return new ApiEndpoint("qbittorrent-v1", path.substring(1));
		}
		if (path.startsWith("/query/") || path.startsWith("/version/") || path.startsWith("/command/")) {
			// the v3.1 Web UI API shares /command/* with API v1: the call is the same
			return new ApiEndpoint("qbittorrent-v1", segments(path.substring(1), 2));
		}
		return new ApiEndpoint(OTHER, OTHER);
	}

	private static String utorrent(String path, @Nullable String action, boolean list) {
		if (path.equals("/proxy")) {
			return "proxy";
		}
		if (path.equals("/gui/token.html")) {
			return "token.html";
		}
		if (action != null) {
			return NAME.matcher(action).matches() ? "action=" + action.toLowerCase(Locale.ROOT) : OTHER;
		}
		if (list) {
			return "list=1";
		}
		return (path.equals("/gui") || path.equals("/gui/")) ? "index" : OTHER;
	}

	/**
	 * The path's segments joined by '/', if there are exactly {@code count} and each
	 * looks like a name; else {@code other}.
	 */
	private static String segments(String rest, int count) {
		String[] parts = rest.split("/", -1);
		if (parts.length != count) {
			return OTHER;
		}
		for (String part : parts) {
			if (!NAME.matcher(part).matches()) {
				return OTHER;
			}
		}
		return String.join("/", parts);
	}

}
