package dev.torrentd.qbittorrent.v1;

import dev.torrentd.qbittorrent.auth.LoginAttempts;
import dev.torrentd.qbittorrent.auth.QbCredentials;
import dev.torrentd.qbittorrent.auth.QbSession;
import dev.torrentd.qbittorrent.auth.SidCookies;
import dev.torrentd.qbittorrent.auth.SidSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API v1's {@code /login} and {@code /logout} (qBittorrent 4.0.4's
 * {@code action_public_login}/{@code _logout}): the same sessions, credentials and ban as
 * {@code /api/v2/auth}, so a SID from either login opens both APIs.
 */
@RestController
@ConditionalOnProperty(name = "torrentd.qbittorrent.legacy.enabled", havingValue = "true", matchIfMissing = true)
class V1AuthController {

	private static final Logger log = LoggerFactory.getLogger(V1AuthController.class);

	static final String BANNED = "Your IP address has been banned after too many failed authentication attempts.";

	private final SidSessions sessions;

	private final QbCredentials credentials;

	private final LoginAttempts attempts;

	V1AuthController(SidSessions sessions, QbCredentials credentials, LoginAttempts attempts) {
		this.sessions = sessions;
		this.credentials = credentials;
		this.attempts = attempts;
	}

	/**
	 * {@code Ok.} when a session is already open (no new cookie), 403 while the IP is
	 * banned, {@code Ok.} and a new {@code SID} cookie for the right {@code username} and
	 * {@code password}, else {@code Fails.} (200, no cookie). GET is accepted as 4.0.4
	 * did, which then found no form fields and failed.
	 */
	@RequestMapping(path = "/login", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> login(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String password,
			@AuthenticationPrincipal @Nullable QbSession session, HttpServletRequest request,
			HttpServletResponse response) {
		if (session != null) {
			return V1Text.of("Ok.");
		}
		String ip = request.getRemoteAddr();
		if (this.attempts.isBanned(ip)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(V1Text.TEXT).body(BANNED);
		}
		if (!this.credentials.matches(username, password)) {
			this.attempts.failed(ip);
			log.warn("WebAPI v1 login failure. Reason: invalid credentials, IP: {}, username: {}", ip, username);
			return V1Text.of("Fails.");
		}
		this.attempts.succeeded(ip);
		SidCookies.write(response, this.sessions.create());
		log.info("WebAPI v1 login success. IP: {}", ip);
		return V1Text.of("Ok.");
	}

	/** Ends the session, if any, and expires the cookie; an empty 200 either way. */
	@RequestMapping(path = "/logout", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> logout(@AuthenticationPrincipal @Nullable QbSession session, HttpServletResponse response) {
		if (session != null) {
			this.sessions.remove(session.id());
			SidCookies.expire(response);
		}
		return V1Text.empty();
	}

}
