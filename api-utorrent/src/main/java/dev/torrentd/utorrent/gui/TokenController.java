package dev.torrentd.utorrent.gui;

import dev.torrentd.utorrent.auth.GuiTokens;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /gui/token.html}: the CSRF token, in exactly µTorrent's markup (Sonarr parses it
 * as XML, the reference WebUI, ng-torrent-ui and @ctrl/utorrent with {@code >([^<]+)<},
 * nzbToMedia with a literal regex), and the {@code GUID} cookie it is bound to. GET and
 * POST (Organizr posts); the query and body are ignored.
 */
@RestController
class TokenController {

	private final GuiTokens tokens;

	TokenController(GuiTokens tokens) {
		this.tokens = tokens;
	}

	@RequestMapping(path = "/gui/token.html", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> token(@CookieValue(name = "GUID", required = false) @Nullable String guid,
			Authentication user, HttpServletRequest request) {
		String userAgent = request.getHeader(HttpHeaders.USER_AGENT);
		GuiTokens.Session session = this.tokens.issue(guid, user.getName(), request.getRemoteAddr(),
				(userAgent != null) ? userAgent : "");
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html; charset=utf-8"))
			.header(HttpHeaders.CACHE_CONTROL, "no-cache")
			.header(HttpHeaders.SET_COOKIE, "GUID=" + session.guid() + "; path=/")
			.body(markup(session.token()));
	}

	static String markup(String token) {
		return "<html><div id='token' style='display:none;'>" + token + "</div></html>";
	}

}
