package dev.torrentd.app.metrics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ApiEndpointTests {

	@ParameterizedTest(name = "{0}?{1} -> {2} {3}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			/api/v2/torrents/info          | NULL                          | qbittorrent        | torrents/info
			/api/v2/sync/maindata          | rid=12                        | qbittorrent        | sync/maindata
			/api/v2/auth/login             | NULL                          | qbittorrent        | auth/login
			/api/v2/torrents/../../etc     | NULL                          | qbittorrent        | other
			/api/v2/torrents               | NULL                          | qbittorrent        | other
			/api/v2/torrents/info/extra    | NULL                          | qbittorrent        | other
			/query/torrents                | filter=all                    | qbittorrent-v1     | query/torrents
			/login                         | NULL                          | qbittorrent-v1     | login
			/version/api                   | NULL                          | qbittorrent-v1     | version/api
			/command/pause                 | NULL                          | qbittorrent-v1     | command/pause
			/json/torrents                 | NULL                          | qbittorrent-legacy | json/torrents
			/gui/                          | token=abc&list=1&cid=3        | utorrent           | list=1
			/gui/                          | token=abc&action=getsettings  | utorrent           | action=getsettings
			/gui/                          | action=add-file&download_dir=0 | utorrent          | action=add-file
			/gui/                          | action=%3Cscript%3E           | utorrent           | other
			/gui/                          | action=%zz                    | utorrent           | other
			/gui/token.html                | t=1700000000                  | utorrent           | token.html
			/gui/                          | NULL                          | utorrent           | index
			/proxy                         | sid=1&file=0                  | utorrent           | proxy
			/actuator/prometheus           | NULL                          | actuator           | prometheus
			/actuator/health/liveness      | NULL                          | actuator           | health
			/favicon.ico                   | NULL                          | other              | other
			""")
	void thePathAndQueryNameTheDialectAndEndpoint(String path, String query, String dialect, String endpoint) {
		ApiEndpoint parsed = ApiEndpoint.of(path, query);

		assertThat(parsed.dialect()).isEqualTo(dialect);
		assertThat(parsed.endpoint()).isEqualTo(endpoint);
	}

}
