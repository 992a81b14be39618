package dev.torrentd.qbittorrent.v1;

import dev.torrentd.qbittorrent.error.QbApiException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * API v1's {@code /version/*}, plain text, as qBittorrent 4.0.4 (the last API v1
 * release): API version {@code 17}, minimum {@code 15}, program {@code v4.0.4}. Sonarr
 * and Radarr read {@code api} as version {@code 1.17}. Also the 404 {@code Not Found} for
 * what no API v1 controller maps (reached only with a session, or under
 * {@code /version/}).
 */
@RestController
@ConditionalOnProperty(name = "torrentd.qbittorrent.legacy.enabled", havingValue = "true", matchIfMissing = true)
class V1VersionController {

	/** qBittorrent 4.0.4's {@code API_VERSION}. */
	static final String API_VERSION = "17";

	/** qBittorrent 4.0.4's {@code API_VERSION_MIN}. */
	static final String API_VERSION_MIN = "15";

	/** qBittorrent 4.0.4's {@code QBT_VERSION}. */
	static final String QBITTORRENT_VERSION = "v4.0.4";

	@RequestMapping(path = "/version/api", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> api() {
		return V1Text.of(API_VERSION);
	}

	@RequestMapping(path = "/version/api_min", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> apiMin() {
		return V1Text.of(API_VERSION_MIN);
	}

	@RequestMapping(path = "/version/qbittorrent", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> qbittorrent() {
		return V1Text.of(QBITTORRENT_VERSION);
	}

	/** An unknown action of a known scope: 404, as 4.0.4's {@code doProcessRequest}. */
	@RequestMapping({ "/version/**", "/query/**", "/sync/**", "/command/**" })
	void unknown() {
		throw QbApiException.notFound();
	}

}
