package dev.torrentd.qbittorrent.v1;

import dev.torrentd.qbittorrent.QbittorrentProperties;
import dev.torrentd.qbittorrent.auth.LoginAttempts;
import dev.torrentd.qbittorrent.auth.QbAuthFilter;
import dev.torrentd.qbittorrent.auth.QbCredentials;
import dev.torrentd.qbittorrent.auth.QbNotFoundFilter;
import dev.torrentd.qbittorrent.auth.QbPlainText;
import dev.torrentd.qbittorrent.auth.SidSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API v1 filter chain ({@code /login}, {@code /logout}, {@code /version/**},
 * {@code /query/**}, {@code /sync/**}, {@code /command/**}): the API v2 session store and
 * checks ({@link QbAuthFilter}, so one SID cookie opens both APIs) without the Basic
 * login, which qBittorrent 3.2–4.0 did not have. As qBittorrent 4.0.4's
 * {@code isPublicScope}, {@code /login}, {@code /logout} and {@code /version/*} need no
 * session; everything else answers 403 {@code Forbidden} without one. With
 * {@code torrentd.qbittorrent.legacy.enabled=false} every one of these paths is 404.
 * <p>
 * {@code /command/**} is shared with qBittorrent 3.1's HTTP Digest dialect: a request
 * that carries {@code Authorization: Digest} is left out of this chain
 * ({@link #requests()}), so a Digest chain can take it whatever the two chains' order.
 */
@Configuration(proxyBeanMethods = false)
public class V1SecurityConfiguration {

	@Bean
	@Order(11)
	SecurityFilterChain qbittorrentV1FilterChain(HttpSecurity http, SidSessions sessions, QbCredentials credentials,
			LoginAttempts attempts, QbittorrentProperties properties) throws Exception {
		http.securityMatcher(requests())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable());
		if (!properties.legacy().enabled()) {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.addFilterBefore(new QbNotFoundFilter(), AuthorizationFilter.class)
				.build();
		}
		QbAuthFilter filter = new QbAuthFilter(sessions, credentials, attempts, properties.csrfProtection(),
				properties.bypassLocalAuth(), properties.bypassAuthSubnetWhitelist(), false);
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(paths.matcher("/login"), paths.matcher("/logout"), paths.matcher("/version/**"))
			.permitAll()
			.anyRequest()
			.authenticated())
			.addFilterBefore(filter, AuthorizationFilter.class)
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.frameOptions((frame) -> frame.sameOrigin()))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> QbPlainText.write(response,
						HttpServletResponse.SC_FORBIDDEN, "Forbidden"))
				.accessDeniedHandler((request, response, ex) -> QbPlainText.write(response,
						HttpServletResponse.SC_FORBIDDEN, "Forbidden")));
		return http.build();
	}

	/**
	 * The requests of API v1: its paths, but not a {@code /command/} request with
	 * {@code Authorization: Digest} (qBittorrent 3.1's dialect).
	 * @return the matcher
	 */
	static RequestMatcher requests() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher digestCommand = new AndRequestMatcher(paths.matcher("/command/**"),
				V1SecurityConfiguration::hasDigestAuthorization);
		return new AndRequestMatcher(
				new OrRequestMatcher(paths.matcher("/login"), paths.matcher("/logout"), paths.matcher("/version/**"),
						paths.matcher("/query/**"), paths.matcher("/sync/**"), paths.matcher("/command/**")),
				new NegatedRequestMatcher(digestCommand));
	}

	static boolean hasDigestAuthorization(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Digest ", 0, 7);
	}

}
