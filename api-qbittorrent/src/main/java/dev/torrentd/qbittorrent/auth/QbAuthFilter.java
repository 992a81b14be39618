package dev.torrentd.qbittorrent.auth;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * qBittorrent's request check, in its order: the CSRF check (401), then the session from
 * the SID cookie, else from a valid {@code Authorization: Basic} header, else the
 * local/subnet bypass. A request left without a session is refused by the chain with 403
 * (Sonarr recognises API v2 by that 403, and re-logs in on it).
 */
public final class QbAuthFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(QbAuthFilter.class);

	private static final String LOGIN_PATH = "/api/v2/auth/login";

	private final SidSessions sessions;

	private final QbCredentials credentials;

	private final boolean csrfProtection;

	private final boolean bypassLocalAuth;

	private final List<IpAddressMatcher> bypassSubnets;

	private final LoginAttempts attempts;

	private final boolean basicAuth;

	private volatile @Nullable String basicSessionId;

	private final Map<String, String> bypassSessionIds = new ConcurrentHashMap<>();

	/**
	 * Creates the filter.
	 * @param sessions the session store
	 * @param credentials the credentials check
	 * @param attempts the login-failure record, which wrong Basic credentials feed
	 * @param csrfProtection whether the Origin/Referer check is on
	 * @param bypassLocalAuth whether loopback clients need no login
	 * @param bypassSubnets CIDR subnets whose clients need no login
	 */
	public QbAuthFilter(SidSessions sessions, QbCredentials credentials, LoginAttempts attempts, boolean csrfProtection,
			boolean bypassLocalAuth, List<String> bypassSubnets) {
		this(sessions, credentials, attempts, csrfProtection, bypassLocalAuth, bypassSubnets, true);
	}

	/**
	 * Creates the filter, with or without the {@code Authorization: Basic} login.
	 * @param sessions the session store
	 * @param credentials the credentials check
	 * @param attempts the login-failure record, which wrong Basic credentials feed
	 * @param csrfProtection whether the Origin/Referer check is on
	 * @param bypassLocalAuth whether loopback clients need no login
	 * @param bypassSubnets CIDR subnets whose clients need no login
	 * @param basicAuth whether valid Basic credentials open a session (qBittorrent 5.2's
	 * API v2); false for API v1, which qBittorrent 3.2–4.0 opened by cookie only
	 */
	public QbAuthFilter(SidSessions sessions, QbCredentials credentials, LoginAttempts attempts, boolean csrfProtection,
			boolean bypassLocalAuth, List<String> bypassSubnets, boolean basicAuth) {
		this.basicAuth = basicAuth;
		this.sessions = sessions;
		this.credentials = credentials;
		this.attempts = attempts;
		this.csrfProtection = csrfProtection;
		this.bypassLocalAuth = bypassLocalAuth;
		this.bypassSubnets = bypassSubnets.stream()
			.map(String::trim)
			.filter((s) -> !s.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.csrfProtection && isCrossSite(request)) {
			log.warn("WebAPI: cross-site request refused (Origin {}, Referer {}, Host {}) from {}",
					request.getHeader(HttpHeaders.ORIGIN), request.getHeader(HttpHeaders.REFERER),
					request.getHeader(HttpHeaders.HOST), request.getRemoteAddr());
			QbPlainText.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized");
			return;
		}
		Optional<QbSession> session = SidCookies.read(request)
			.stream()
			.map(this.sessions::find)
			.flatMap(Optional::stream)
			.findFirst();
		if (session.isEmpty() && this.basicAuth && !LOGIN_PATH.equals(request.getRequestURI())) {
			session = fromBasicHeader(request, response);
		}
		if (session.isEmpty() && isBypassed(request.getRemoteAddr())) {
			session = Optional.of(bypassSession(request.getRemoteAddr(), response));
		}
		session.ifPresent((s) -> SecurityContextHolder.getContext().setAuthentication(new QbAuthentication(s)));
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * qBittorrent 5.2 accepts valid Basic credentials; earlier versions ignore the
	 * header, which Sonarr, Radarr and @ctrl/qbittorrent always send. A valid one
	 * authenticates, an invalid one is ignored, but a wrong password counts toward the
	 * login ban and a banned IP gets nothing from the header (as 5.2), so the header is
	 * no way around the ban. Empty credentials ({@code Basic Og==}, sent by the *arrs
	 * when none are set) count as absent. All Basic requests share one session, so that a
	 * client that never keeps the cookie does not make a session per request.
	 */
	private Optional<QbSession> fromBasicHeader(HttpServletRequest request, HttpServletResponse response) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		String ip = request.getRemoteAddr();
		if (colon < 0 || decoded.equals(":") || this.attempts.isBanned(ip)) {
			return Optional.empty();
		}
		if (!this.credentials.matches(decoded.substring(0, colon), decoded.substring(colon + 1))) {
			this.attempts.failed(ip);
			log.warn("WebAPI login failure. Reason: invalid Basic credentials, IP: {}", ip);
			return Optional.empty();
		}
		this.attempts.succeeded(ip);
		Optional<QbSession> shared = this.sessions.find(this.basicSessionId);
		if (shared.isPresent()) {
			return shared;
		}
		QbSession created = this.sessions.create();
		this.basicSessionId = created.id();
		SidCookies.write(response, created);
		return Optional.of(created);
	}

	/**
	 * One session per bypassed address: the *arrs and dashboards in a bypass setup send
	 * no cookie, and a session per request would pile up.
	 */
	private QbSession bypassSession(String remoteAddress, HttpServletResponse response) {
		Optional<QbSession> existing = this.sessions.find(this.bypassSessionIds.get(remoteAddress));
		if (existing.isPresent()) {
			return existing.get();
		}
		QbSession created = this.sessions.create();
		this.bypassSessionIds.put(remoteAddress, created.id());
		SidCookies.write(response, created);
		return created;
	}

	private boolean isBypassed(String remoteAddress) {
		if (this.bypassLocalAuth && isLoopback(remoteAddress)) {
			return true;
		}
		for (IpAddressMatcher subnet : this.bypassSubnets) {
			if (subnet.matches(remoteAddress)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isLoopback(String address) {
		try {
			// the servlet container's remote address is a literal: no name lookup happens
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (java.net.UnknownHostException ex) {
			return false;
		}
	}

	/**
	 * qBittorrent's {@code isCrossSiteRequest}: with neither Origin nor Referer the
	 * request is same-site (API clients send neither); otherwise the Origin (or else the
	 * Referer) must name the same host and port as X-Forwarded-Host or Host. A missing
	 * port is its own value: {@code http://h:80} does not match {@code Host: h}.
	 */
	static boolean isCrossSite(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		String referer = request.getHeader(HttpHeaders.REFERER);
		String source = (origin != null && !origin.isEmpty()) ? origin : referer;
		if (source == null || source.isEmpty()) {
			return false;
		}
		String forwarded = request.getHeader("X-Forwarded-Host");
		String target = (forwarded != null && !forwarded.isEmpty()) ? forwarded : request.getHeader(HttpHeaders.HOST);
		HostPort sourceHost = HostPort.ofUrl(source);
		HostPort targetHost = HostPort.ofAuthority((target != null) ? target : "");
		return sourceHost == null || targetHost == null || !sourceHost.equals(targetHost);
	}

	record HostPort(String host, int port) {

		static @Nullable HostPort ofUrl(String url) {
			try {
				URI uri = URI.create(url.trim());
				return (uri.getHost() != null) ? new HostPort(uri.getHost().toLowerCase(), uri.getPort()) : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		static @Nullable HostPort ofAuthority(String authority) {
			return ofUrl("http://" + authority.trim());
		}

	}

}
