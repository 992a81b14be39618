package dev.torrentd.utorrent.auth;

import dev.torrentd.utorrent.server.UtserverConfig;
import dev.torrentd.utorrent.settings.GuiSettings;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The {@code /gui/**} and {@code /proxy} filter chain: Spring Security's HTTP Basic
 * against the server's user (and the guest), 401 with
 * {@code WWW-Authenticate: Basic realm="uTorrent"} (the exact realm WhatWeb, rutorrent
 * and nzbToMedia check), then µTorrent's token on API calls.
 */
@Configuration(proxyBeanMethods = false)
public class GuiSecurityConfiguration {

	/** The realm µTorrent sends. */
	public static final String REALM = "uTorrent";

	/**
	 * The count of requests refused for bad credentials, for the app's metrics (a bean of
	 * its own: an {@code AuthenticationProvider} bean would become every chain's
	 * default).
	 */
	@Bean
	GuiLoginFailures guiLoginFailures() {
		return new GuiLoginFailures();
	}

	@Bean
	@Order(20)
	SecurityFilterChain utorrentFilterChain(HttpSecurity http, ServerAccount account, GuiSettings settings,
			UtserverConfig utserver, GuiTokens tokens, GuiLoginFailures failures) throws Exception {
		ProviderManager users = new ProviderManager(new GuiUsers(account, settings, failures));
		http.securityMatcher("/gui", "/gui/**", "/proxy")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.realmName(REALM).authenticationEntryPoint(GuiSecurityConfiguration::challenge))
			.authenticationManager(users)
			.addFilterBefore(new GuiGateFilter(settings, utserver, account), BasicAuthenticationFilter.class)
			.addFilterBefore(new GuiTokenFilter(tokens, utserver), AuthorizationFilter.class)
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(GuiSecurityConfiguration::challenge)
				.accessDeniedHandler((request, response, ex) -> challenge(request, response, null)));
		return http.build();
	}

	private static void challenge(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
			@org.jspecify.annotations.Nullable Object cause) throws java.io.IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
		GuiPlainText.write(response, HttpServletResponse.SC_UNAUTHORIZED, "");
	}

}
