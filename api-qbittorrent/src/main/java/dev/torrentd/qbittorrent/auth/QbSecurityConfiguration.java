package dev.torrentd.qbittorrent.auth;

import dev.torrentd.qbittorrent.QbittorrentProperties;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;

/**
 * The {@code /api/v2/**} filter chain: qBittorrent's own session handling
 * ({@link QbAuthFilter}) instead of Spring's, every path but {@code auth/login} needing a
 * session, 403 {@code Forbidden} without one (also for unknown paths, which Sonarr's API
 * detection relies on), and qBittorrent's security headers on every answer.
 */
@Configuration(proxyBeanMethods = false)
public class QbSecurityConfiguration {

	@Bean
	@Order(10)
	SecurityFilterChain qbittorrentFilterChain(HttpSecurity http, SidSessions sessions, QbCredentials credentials,
			LoginAttempts attempts, QbittorrentProperties properties) throws Exception {
		if (!properties.v2().enabled()) {
			// switched off: 404 with or without a session, as a qBittorrent before 4.1
			return http.securityMatcher("/api/v2/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.addFilterBefore(new QbNotFoundFilter(), AuthorizationFilter.class)
				.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf((csrf) -> csrf.disable())
				.requestCache((cache) -> cache.disable())
				.build();
		}
		QbAuthFilter filter = new QbAuthFilter(sessions, credentials, attempts, properties.csrfProtection(),
				properties.bypassLocalAuth(), properties.bypassAuthSubnetWhitelist());
		http.securityMatcher("/api/v2/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v2/auth/login")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(filter, AuthorizationFilter.class)
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.xssProtection((xss) -> xss.headerValue(XXssProtectionHeaderWriter.HeaderValue.ENABLED_MODE_BLOCK))
				.frameOptions((frame) -> frame.sameOrigin())
				.contentSecurityPolicy((csp) -> csp.policyDirectives("frame-ancestors 'self';")))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> QbPlainText.write(response,
						HttpServletResponse.SC_FORBIDDEN, "Forbidden"))
				.accessDeniedHandler((request, response, ex) -> QbPlainText.write(response,
						HttpServletResponse.SC_FORBIDDEN, "Forbidden")));
		return http.build();
	}

}
