package dev.torrentd.app.metrics;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClientFamilyTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			Sonarr/4.0.9.2244 (ubuntu 22.04)                                   | sonarr
			Radarr/5.11.0.9244 (alpine 3.20.3)                                 | radarr
			Lidarr/2.5.3.4341 (ubuntu 22.04)                                   | lidarr
			Readarr/0.4.0.2593 (debian 12)                                     | readarr
			Prowlarr/1.24.3.4754 (alpine 3.20.3)                               | prowlarr
			autobrr/v1.48.0                                                    | autobrr
			cross-seed/6.0.0                                                   | cross-seed
			axios/1.7.7                                                        | flood
			Flood/4.8.2                                                        | flood
			node                                                               | @ctrl
			undici                                                             | @ctrl
			Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0 | browser
			curl/7.88.1                                                        | curl
			Wget/1.21.3                                                        | curl
			Java-http-client/17.0.13                                           | other
			Sonarrish                                                          | other
			''                                                                 | other
			NULL                                                               | other
			""")
	void theUserAgentNamesTheClientFamily(String userAgent, String label) {
		assertThat(ClientFamily.of(userAgent).label()).isEqualTo(label);
	}

}
