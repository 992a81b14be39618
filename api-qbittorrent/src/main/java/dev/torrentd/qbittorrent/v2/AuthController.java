package dev.torrentd.qbittorrent.v2;

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

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/auth}: login and logout, as qBittorrent's {@code AuthController} (WebAPI
 * 2.11: {@code Ok.}/{@code Fails.} with status 200).
 */
@RestController
@RequestMapping("/api/v2/auth")
class AuthController {

	private static final Logger log = LoggerFactory.getLogger(AuthController.class);

	static final String BANNED = "Your IP address has been banned after too many failed authentication attempts.";

	private final SidSessions sessions;

	private final QbCredentials credentials;

	private final LoginAttempts attempts;

	AuthController(SidSessions sessions, QbCredentials credentials, LoginAttempts attempts) {
		this.sessions = sessions;
		this.credentials = credentials;
		this.attempts = attempts;
	}

	/**
	 * {@code Ok.} without a new cookie when the request already has a session (even from
	 * a banned IP, as qBittorrent's {@code loginAction} checks the session first), else
	 * 403 with qBittorrent's text while the client's IP is banned, {@code Ok.} with a new
	 * SID cookie for valid credentials, {@code Fails.} (no cookie) for wrong ones.
	 */
	@PostMapping("/login")
	ResponseEntity<String> login(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String password,
			@AuthenticationPrincipal @Nullable QbSession session, HttpServletRequest request,
			HttpServletResponse response) {
		// qBittorrent answers a live session before it looks at the ban
		if (session != null) {
			return PlainText.of("Ok.");
		}
		String ip = request.getRemoteAddr();
		if (this.attempts.isBanned(ip)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(PlainText.TEXT).body(BANNED);
		}
		if (!this.credentials.matches(username, password)) {
			this.attempts.failed(ip);
			log.warn("WebAPI login failure. Reason: invalid credentials, IP: {}, username: {}", ip, username);
			return PlainText.of("Fails.");
		}
		this.attempts.succeeded(ip);
		SidCookies.write(response, this.sessions.create());
		log.info("WebAPI login success. IP: {}", ip);
		return PlainText.of("Ok.");
	}

	@PostMapping("/logout")
	ResponseEntity<String> logout(@AuthenticationPrincipal QbSession session, HttpServletResponse response) {
		this.sessions.remove(session.id());
		SidCookies.expire(response);
		return PlainText.empty();
	}

}
