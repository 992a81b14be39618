package dev.torrentd.qbittorrent.wire;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.torrentd.qbittorrent.error.QbApiException;
import dev.torrentd.qbittorrent.error.QbError;

/**
 * URL parameters of the tracker and web-seed endpoints, checked as qBittorrent does: an
 * absolute URL with a host and an allowed scheme.
 */
public final class WebUrls {

	private static final Set<String> WEB_SEED_SCHEMES = Set.of("http", "https", "ftp");

	private WebUrls() {
	}

	/**
	 * Whether a text is an absolute URL with a host and one of the schemes.
	 * @param text the text
	 * @param schemes allowed schemes, lower case
	 * @return true when valid
	 */
	public static boolean isValid(String text, String... schemes) {
		try {
			URI uri = new URI(text.trim());
			return uri.getScheme() != null && uri.getHost() != null
					&& Set.of(schemes).contains(uri.getScheme().toLowerCase(Locale.ROOT));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * The tracker URLs of {@code torrents/removeTrackers}: each {@code |}-separated entry
	 * as sent and, when it differs, percent-decoded (qBittorrent decodes them; the engine
	 * ignores URLs a torrent does not have, so both forms are safe to pass).
	 * @param urls the parameter
	 * @return the URLs to remove
	 */
	public static List<String> trackerUrls(String urls) {
		List<String> list = new ArrayList<>();
		for (String part : urls.split("\\|")) {
			String url = part.trim();
			if (!url.isEmpty()) {
				list.add(url);
				String decoded = percentDecode(url);
				if (!decoded.equals(url)) {
					list.add(decoded);
				}
			}
		}
		return list;
	}

	/**
	 * Decodes {@code %XX} escapes only ({@code +} stays), as
	 * {@code QUrl::fromPercentEncoding}.
	 */
	static String percentDecode(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '%' && i + 2 < bytes.length && HexFormat.isHexDigit(bytes[i + 1])
					&& HexFormat.isHexDigit(bytes[i + 2])) {
				out.write(HexFormat.fromHexDigit(bytes[i + 1]) * 16 + HexFormat.fromHexDigit(bytes[i + 2]));
				i += 2;
			}
			else {
				out.write(bytes[i]);
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The web seeds of a {@code urls} parameter ({@code |}-separated).
	 * @param urls the parameter
	 * @return the trimmed URLs
	 * @throws QbApiException 400 {@code "<url>" is not a valid URL} for one that is not
	 * http, https or ftp
	 */
	public static List<String> webSeeds(String urls) {
		List<String> list = new ArrayList<>();
		for (String part : urls.split("\\|")) {
			String url = part.trim();
			if (url.isEmpty()) {
				continue;
			}
			if (!isValid(url, WEB_SEED_SCHEMES.toArray(String[]::new))) {
				throw new QbApiException(QbError.BAD_PARAMS, "\"" + part + "\" is not a valid URL");
			}
			list.add(url);
		}
		return list;
	}

}
