package dev.torrentd.qbittorrent.wire;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
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
