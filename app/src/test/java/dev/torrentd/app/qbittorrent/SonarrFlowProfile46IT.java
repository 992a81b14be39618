package dev.torrentd.app.qbittorrent;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same Sonarr flow against the 4.6 profile: WebAPI 2.9.3, so Sonarr adds with
 * {@code paused} instead of {@code stopped}, and stopped torrents are {@code pausedUP} /
 * {@code pausedDL}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "torrentd.qbittorrent.profile=4.6")
class SonarrFlowProfile46IT extends SonarrFlowIT {

}
