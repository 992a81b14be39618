package dev.torrentd.utorrent.auth;

import java.io.IOException;
import java.util.Set;

import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.query.QueryOnlyRequest;
import dev.torrentd.utorrent.server.UtserverSettings;
import dev.torrentd.utorrent.server.UtserverConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after HTTP Basic on API calls ({@code /gui/?…}): the {@code token} parameter must
 * be a live token of {@code /gui/token.html} (anywhere in the query; the GUID cookie is
 * not required, as some clients never send cookies), else 400 {@code invalid request};
 * and the guest may only list and read. The request goes on with its query string as its
 * only parameters, so that what is checked here is what chooses the handler.
 */
class GuiTokenFilter extends OncePerRequestFilter {

	/** What the guest may do (µTorrent Server manual: no action that modifies state). */
	private static final Set<String> GUEST_ACTIONS = Set.of("getfiles", "getpeers", "getprops", "getsettings",
			"getversion", "getxferhist", "list-dirs", "logout");

	private final GuiTokens tokens;

	private final UtserverConfig utserver;

	GuiTokenFilter(GuiTokens tokens, UtserverConfig utserver) {
		this.tokens = tokens;
		this.utserver = utserver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/gui/".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		GuiQuery query = GuiQuery.parse(request.getQueryString());
		boolean api = query.params().stream().anyMatch((p) -> !p.name().equals("t"));
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (api && user != null && user.isAuthenticated()) {
			if (tokenRequired(request) && this.tokens.use(query.first("token")).isEmpty()) {
				GuiPlainText.write(response, HttpServletResponse.SC_BAD_REQUEST, GuiPlainText.INVALID_REQUEST);
				return;
			}
			String action = query.first("action");
			if (GuiUsers.isGuest(user) && action != null && !GUEST_ACTIONS.contains(action)) {
				GuiPlainText.write(response, HttpServletResponse.SC_BAD_REQUEST, GuiPlainText.INVALID_REQUEST);
				return;
			}
		}
		chain.doFilter(new QueryOnlyRequest(request, query), response);
	}

	private boolean tokenRequired(HttpServletRequest request) {
		UtserverSettings settings = this.utserver.current();
		return settings.tokenAuthEnable()
				&& !(settings.tokenAuthRemoteOnly() && GuiAccess.isLoopback(request.getRemoteAddr()));
	}

}
