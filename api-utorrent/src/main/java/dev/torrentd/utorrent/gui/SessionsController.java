package dev.torrentd.utorrent.gui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.utorrent.auth.GuiTokens;
import dev.torrentd.utorrent.auth.GuiUsers;
import dev.torrentd.utorrent.query.GuiQuery;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WebUI's HTTP sessions (µTorrent Server manual, get-sessions and logout).
 */
@RestController
@RequestMapping(path = "/gui/", method = { RequestMethod.GET, RequestMethod.POST })
class SessionsController {

	private final GuiTokens tokens;

	private final GuiReplies replies;

	SessionsController(GuiTokens tokens, GuiReplies replies) {
		this.tokens = tokens;
		this.replies = replies;
	}

	/** {@code sessions}: one object per live session, times in unix seconds. */
	@RequestMapping(params = "action=get-sessions")
	ResponseEntity<String> getSessions(GuiQuery query, HttpServletRequest request) {
		List<Map<String, Object>> sessions = this.tokens.sessions().stream().map((s) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("guid", s.guid());
			json.put("created", s.created().getEpochSecond());
			json.put("updated", s.updated().getEpochSecond());
			json.put("peer_ip", s.peerIp());
			json.put("sock_ip", request.getLocalAddr());
			json.put("reported_ip", s.peerIp());
			json.put("user_agent", s.userAgent());
			json.put("persistent", 0);
			json.put("custom", "");
			return json;
		}).toList();
		return this.replies.reply(query, Map.of("sessions", sessions));
	}

	/**
	 * Ends the caller's session, or — for the administrator — the sessions named by
	 * {@code session=}.
	 */
	@RequestMapping(params = "action=logout")
	ResponseEntity<String> logout(GuiQuery query, Authentication user) {
		List<String> named = query.all("session");
		if (!named.isEmpty() && !GuiUsers.isGuest(user)) {
			named.forEach(this.tokens::end);
		}
		else {
			this.tokens.use(query.first("token")).ifPresent((s) -> this.tokens.end(s.guid()));
		}
		return this.replies.ok(query);
	}

}
