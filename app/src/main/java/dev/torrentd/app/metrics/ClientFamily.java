package dev.torrentd.app.metrics;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The kind of client behind a request, from its {@code User-Agent}: the {@code client}
 * label of {@code torrentd_http_requests}. A fixed set, so that a client sending random
 * agents cannot grow the number of series.
 */
public enum ClientFamily {

	/** {@code Sonarr/4.0.9.2244 (ubuntu 22.04)} (arr-clients.md). */
	SONARR("sonarr"),

	/** {@code Radarr/…}. */
	RADARR("radarr"),

	/** {@code Lidarr/…}. */
	LIDARR("lidarr"),

	/** {@code Readarr/…}. */
	READARR("readarr"),

	/** {@code Prowlarr/…}. */
	PROWLARR("prowlarr"),

	/** {@code autobrr/…}. */
	AUTOBRR("autobrr"),

	/** {@code cross-seed/…}. */
	CROSS_SEED("cross-seed"),

	/** Flood's server, which talks to qBittorrent through axios ({@code axios/1.7.2}). */
	FLOOD("flood"),

	/**
	 * The @ctrl/qbittorrent and @ctrl/utorrent libraries (ofetch on Node.js, whose fetch
	 * sends {@code node}), and other Node.js scripts.
	 */
	CTRL("@ctrl"),

	/** Web browsers ({@code Mozilla/5.0 …}): VueTorrent, the µTorrent WebUI. */
	BROWSER("browser"),

	/** curl and wget scripts. */
	CURL("curl"),

	/** Anything else, and requests without a {@code User-Agent}. */
	OTHER("other");

	private final String label;

	ClientFamily(String label) {
		this.label = label;
	}

	/** The label value, e.g. {@code sonarr}. */
	public String label() {
		return this.label;
	}

	/**
	 * The family of a {@code User-Agent}.
	 * @param userAgent the header, or null when absent
	 * @return the family, {@link #OTHER} when unknown
	 */
	public static ClientFamily of(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return OTHER;
		}
		String agent = userAgent.strip().toLowerCase(Locale.ROOT);
		for (ClientFamily arr : new ClientFamily[] { SONARR, RADARR, LIDARR, READARR, PROWLARR, AUTOBRR, CROSS_SEED }) {
			if (agent.startsWith(arr.label + "/") || agent.equals(arr.label)) {
				return arr;
			}
		}
		if (agent.contains("flood") || agent.startsWith("axios/")) {
			return FLOOD;
		}
		if (agent.equals("node") || agent.startsWith("node/") || agent.startsWith("node-fetch")
				|| agent.equals("undici") || agent.startsWith("ofetch")) {
			return CTRL;
		}
		if (agent.startsWith("mozilla/")) {
			return BROWSER;
		}
		if (agent.startsWith("curl/") || agent.startsWith("wget/")) {
			return CURL;
		}
		return OTHER;
	}

}
