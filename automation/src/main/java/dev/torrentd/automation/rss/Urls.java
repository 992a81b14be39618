package dev.torrentd.automation.rss;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * http(s) URLs as users and feeds write them. qBittorrent takes any text; feed and
 * torrent links often carry characters {@link URI} refuses ({@code |}, spaces, brackets
 * in the query), so those are percent-encoded rather than the URL refused.
 */
final class Urls {

	private static final String ILLEGAL = " \"<>\\^`{|}[]";

	private Urls() {
	}

	/**
	 * The URI of an http(s) URL.
	 * @param url the URL as written
	 * @return its URI, or {@code null} when it is no http(s) URL with a host
	 */
	static @Nullable URI httpUri(String url) {
		String text = url.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
			return null;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			try {
				uri = new URI(encodeIllegal(text));
			}
			catch (URISyntaxException stillBad) {
				return null;
			}
		}
		return (uri.getHost() != null) ? uri : null;
	}

	/**
	 * Percent-encodes what {@link URI} refuses, after the authority (which keeps IPv6
	 * brackets).
	 */
	static String encodeIllegal(String url) {
		int authority = url.indexOf("://") + 3;
		int pathStart = url.indexOf('/', authority);
		if (pathStart < 0) {
			pathStart = url.indexOf('?', authority);
		}
		if (pathStart < 0) {
			return url;
		}
		StringBuilder encoded = new StringBuilder(url.substring(0, pathStart));
		url.substring(pathStart).codePoints().forEach((c) -> {
			if (c <= 0x20 || c >= 0x7f || ILLEGAL.indexOf(c) >= 0) {
				for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
					encoded.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
				}
			}
			else {
				encoded.append((char) c);
			}
		});
		return encoded.toString();
	}

}
