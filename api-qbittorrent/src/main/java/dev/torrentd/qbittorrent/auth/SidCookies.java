package dev.torrentd.qbittorrent.auth;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Reads and writes the {@code SID} cookie the way qBittorrent 4.x–5.1 does: a
 * browser-session cookie {@code SID=<id>; HttpOnly; SameSite=Strict; path=/}, read
 * leniently (Flood and cross-seed send back the whole Set-Cookie line as their Cookie
 * header).
 */
public final class SidCookies {

	/**
	 * The cookie name (qBittorrent up to 5.1; @ctrl/qbittorrent looks for exactly this).
	 */
	public static final String NAME = "SID";

	private SidCookies() {
	}

	/**
	 * Every SID value the client sent, in order. A browser sends the cookies of every
	 * port of a host, so another qBittorrent's {@code SID} may come first; qBittorrent
	 * keeps the last one, torrentd tries them all.
	 * @param request the request
	 * @return the values, empty when there is none
	 */
	public static List<String> read(HttpServletRequest request) {
		List<String> values = new ArrayList<>();
		var headers = request.getHeaders(HttpHeaders.COOKIE);
		while (headers != null && headers.hasMoreElements()) {
			values.addAll(valuesIn(headers.nextElement()));
		}
		return values;
	}

	static List<String> valuesIn(String cookieHeader) {
		List<String> values = new ArrayList<>();
		for (String item : cookieHeader.split(";")) {
			int eq = item.indexOf('=');
			if (eq > 0 && item.substring(0, eq).trim().equals(NAME)) {
				String value = item.substring(eq + 1).trim();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1);
				}
				values.add(value);
			}
		}
		return values;
	}

	/**
	 * Hands a new session to the client.
	 * @param response the response
	 * @param session the session
	 */
	public static void write(HttpServletResponse response, QbSession session) {
		response.addHeader(HttpHeaders.SET_COOKIE, NAME + "=" + session.id() + "; HttpOnly; SameSite=Strict; path=/");
	}

	/**
	 * Tells the client to drop its cookie (as qBittorrent's logout: an expiry in the
	 * past).
	 * @param response the response
	 */
	public static void expire(HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE,
				NAME + "=; expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict; path=/");
	}

}
