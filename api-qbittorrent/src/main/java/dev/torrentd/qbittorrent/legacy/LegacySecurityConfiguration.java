package dev.torrentd.qbittorrent.legacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.www.DigestAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.DigestAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * qBittorrent 3.1's HTTP Digest (RFC 2617, MD5, {@code qop="auth"}, realm
 * {@code Web UI Access}) on {@code /json/**}, and on {@code /command/**} for requests
 * without an API v1 session cookie: Spring Security's Digest filter checks the response
 * against the account's HA1 (no clear password needed), and a missing or wrong one gets
 * 401 with a fresh challenge (nonce and opaque) in plain text. Spring's nonces carry
 * their own expiry and signature, so a response made for a forged or stale nonce is
 * refused (the client answers the new challenge).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "torrentd.qbittorrent.legacy", name = "enabled", havingValue = "true",
		matchIfMissing = true)
public class LegacySecurityConfiguration {

	private static final Pattern SID = Pattern.compile("(^|[;,\\s])SID=");

	/** How long a nonce is accepted. */
	private static final int NONCE_SECONDS = 300;

	@Bean
	@Order(5)
	SecurityFilterChain legacyDigestFilterChain(HttpSecurity http, DigestAccount account) throws Exception {
		PlainDigestChallenge challenge = new PlainDigestChallenge();
		challenge.setRealmName(DigestAccount.REALM);
		challenge.setKey(HexFormat.of().formatHex(SecureRandom.getSeed(16)));
		challenge.setNonceValiditySeconds(NONCE_SECONDS);
		challenge.afterPropertiesSet();
		DigestAuthenticationFilter digest = new DigestAuthenticationFilter();
		digest.setUserDetailsService(ha1Users(account));
		digest.setPasswordAlreadyEncoded(true);
		digest.setCreateAuthenticatedToken(true);
		digest.setAuthenticationEntryPoint(challenge);
		http.securityMatcher(legacyRequests())
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.addFilterAt(digest, BasicAuthenticationFilter.class)
			.addFilterAfter(new LegacyCommandReplies(), AuthorizationFilter.class)
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(challenge)
				.accessDeniedHandler((request, response, ex) -> challenge.commence(request, response,
						new InsufficientAuthenticationException("no credentials"))));
		return http.build();
	}

	/**
	 * {@code /json/**}, and {@code /command/**} unless an API v1 session cookie is sent.
	 */
	static RequestMatcher legacyRequests() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher noSession = (request) -> !hasSidCookie(request);
		return new OrRequestMatcher(paths.matcher("/json/**"),
				new AndRequestMatcher(paths.matcher("/command/**"), noSession));
	}

	/** Read from the raw header too: clients send {@code SID=…} in many shapes. */
	private static boolean hasSidCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null && List.of(cookies).stream().anyMatch((c) -> "SID".equals(c.getName()))) {
			return true;
		}
		Enumeration<String> headers = request.getHeaders("Cookie");
		while (headers != null && headers.hasMoreElements()) {
			if (SID.matcher(headers.nextElement()).find()) {
				return true;
			}
		}
		return false;
	}

	private static UserDetailsService ha1Users(DigestAccount account) {
		return (username) -> {
			String ha1 = account.ha1(username);
			if (ha1 == null) {
				throw new UsernameNotFoundException("no such user");
			}
			return User.withUsername(username).password(ha1).roles("USER").build();
		};
	}

	/**
	 * Spring's challenge with qBittorrent's {@code opaque} and {@code algorithm="MD5"}
	 * added, written as a plain 401 (no error page).
	 */
	static class PlainDigestChallenge extends DigestAuthenticationEntryPoint {

		@Override
		public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
				throws IOException {
			super.commence(request, new HttpServletResponseWrapper(response) {

				@Override
				public void addHeader(String name, String value) {
					super.addHeader(name, "WWW-Authenticate".equalsIgnoreCase(name) ? withOpaque(value) : value);
				}

				@Override
				public void sendError(int status, String message) throws IOException {
					unauthorized(response, status);
				}

				@Override
				public void sendError(int status) throws IOException {
					unauthorized(response, status);
				}

			}, ex);
		}

	}

	private static String withOpaque(String challenge) {
		byte[] opaque = new byte[16];
		new SecureRandom().nextBytes(opaque);
		return challenge + ", opaque=\"" + HexFormat.of().formatHex(opaque) + "\", algorithm=\"MD5\"";
	}

	private static void unauthorized(HttpServletResponse response, int status) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain; charset=UTF-8");
		byte[] body = "Unauthorized".getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
