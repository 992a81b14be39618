package dev.torrentd.qbittorrent;

/**
 * Which qBittorrent release torrentd presents itself as
 * ({@code torrentd.qbittorrent.profile}). Clients pick endpoint and parameter names from
 * the versions reported here: Sonarr, Radarr and Flood from the WebAPI version (2.11.0+
 * uses {@code stopped}), @ctrl/qbittorrent and cross-seed from the application version
 * (5.0+ uses {@code torrents/stop}). Both profiles accept both verb sets.
 */
public enum QbProfile {

	/** qBittorrent 5.1.4, WebAPI 2.11.4: {@code stoppedUP}/{@code stoppedDL}. */
	V5_1("5.1", "v5.1.4", "2.11.4", "stoppedUP", "stoppedDL"),

	/** qBittorrent 4.6.7, WebAPI 2.9.3: {@code pausedUP}/{@code pausedDL}. */
	V4_6("4.6", "v4.6.7", "2.9.3", "pausedUP", "pausedDL");

	private final String key;

	private final String version;

	private final String webApiVersion;

	private final String stoppedUpState;

	private final String stoppedDownState;

	QbProfile(String key, String version, String webApiVersion, String stoppedUpState, String stoppedDownState) {
		this.key = key;
		this.version = version;
		this.webApiVersion = webApiVersion;
		this.stoppedUpState = stoppedUpState;
		this.stoppedDownState = stoppedDownState;
	}

	/**
	 * The profile for a configuration value.
	 * @param key {@code 5.1} or {@code 4.6}
	 * @return the profile
	 * @throws IllegalArgumentException for any other value
	 */
	public static QbProfile of(String key) {
		for (QbProfile profile : values()) {
			if (profile.key.equals(key.trim())) {
				return profile;
			}
		}
		throw new IllegalArgumentException("unknown qBittorrent profile '" + key + "' (expected 5.1 or 4.6)");
	}

	/**
	 * The configuration value naming this profile.
	 * @return {@code 5.1} or {@code 4.6}
	 */
	public String key() {
		return this.key;
	}

	/**
	 * What {@code app/version} answers.
	 * @return e.g. {@code v5.1.4}
	 */
	public String version() {
		return this.version;
	}

	/**
	 * What {@code app/webapiVersion} answers.
	 * @return e.g. {@code 2.11.4}
	 */
	public String webApiVersion() {
		return this.webApiVersion;
	}

	/**
	 * The state of a stopped, complete torrent.
	 * @return {@code stoppedUP} or {@code pausedUP}
	 */
	public String stoppedUpState() {
		return this.stoppedUpState;
	}

	/**
	 * The state of a stopped, incomplete torrent.
	 * @return {@code stoppedDL} or {@code pausedDL}
	 */
	public String stoppedDownState() {
		return this.stoppedDownState;
	}

}
