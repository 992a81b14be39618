package dev.torrentd.qbittorrent.auth;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSRF rule of qBittorrent's {@code isCrossSiteRequest}: Origin (else Referer) must
 * name the host:port of X-Forwarded-Host (else Host).
 */
class QbAuthFilterTests {

	private static final String HOST = "127.0.0.1:8080";

	@Test
	void aRequestWithNeitherOriginNorRefererIsSameSite() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, null, null))).isFalse();
	}

	@Test
	void emptyOriginAndRefererCountAsAbsent() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "", ""))).isFalse();
	}

	@Test
	void anOriginOfTheSameHostAndPortIsSameSite() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "http://127.0.0.1:8080", null))).isFalse();
	}

	@Test
	void aRefererOnTheSameHostAndPortIsSameSiteWhateverItsPath() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, null, "http://127.0.0.1:8080/index.html?tab=1"))).isFalse();
	}

	@Test
	void theSchemeIsIgnored() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "https://127.0.0.1:8080", null))).isFalse();
	}

	@Test
	void hostNamesCompareWithoutCase() {
		assertThat(QbAuthFilter.isCrossSite(request("localhost:8080", "http://LocalHost:8080", null))).isFalse();
	}

	@Test
	void anOriginOfAnotherSiteIsCrossSite() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "http://evil.example", null))).isTrue();
	}

	@Test
	void aRefererOfAnotherSiteIsCrossSite() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, null, "http://evil.example:1234/"))).isTrue();
	}

	@Test
	void theSameHostOnAnotherPortIsCrossSite() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, null, "http://127.0.0.1:9/"))).isTrue();
	}

	@Test
	void localhostAndItsAddressAreDifferentHosts() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "http://localhost:8080", null))).isTrue();
		assertThat(QbAuthFilter.isCrossSite(request("localhost:8080", "http://127.0.0.1:8080", null))).isTrue();
	}

	@Test
	void aMissingPortIsNotTheDefaultPort() {
		assertThat(QbAuthFilter.isCrossSite(request("example.org", "http://example.org:80", null))).isTrue();
		assertThat(QbAuthFilter.isCrossSite(request("example.org", "http://example.org", null))).isFalse();
	}

	@Test
	void theOriginIsCheckedRatherThanTheReferer() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "http://127.0.0.1:8080", "http://evil.example/"))).isFalse();
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "http://evil.example", "http://127.0.0.1:8080/"))).isTrue();
	}

	@Test
	void anOriginThatIsNoUrlIsCrossSite() {
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "null", null))).isTrue();
		assertThat(QbAuthFilter.isCrossSite(request(HOST, "http://bad host:1", null))).isTrue();
	}

	@Test
	void xForwardedHostIsTheTargetBehindAProxy() {
		MockHttpServletRequest request = request(HOST, "https://torrents.example.org:8443", null);
		request.addHeader("X-Forwarded-Host", "torrents.example.org:8443");

		assertThat(QbAuthFilter.isCrossSite(request)).isFalse();
	}

	@Test
	void behindAProxyTheServersOwnHostIsCrossSite() {
		MockHttpServletRequest request = request(HOST, "http://127.0.0.1:8080", null);
		request.addHeader("X-Forwarded-Host", "torrents.example.org:8443");

		assertThat(QbAuthFilter.isCrossSite(request)).isTrue();
	}

	private static MockHttpServletRequest request(String host, @Nullable String origin, @Nullable String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v2/auth/login");
		request.addHeader("Host", host);
		if (origin != null) {
			request.addHeader("Origin", origin);
		}
		if (referer != null) {
			request.addHeader("Referer", referer);
		}
		return request;
	}

}
