package dev.torrentd.utorrent.auth;

import java.io.IOException;

import dev.torrentd.utorrent.server.UtserverConfig;
import dev.torrentd.utorrent.settings.GuiSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before HTTP Basic: refuses addresses outside {@code webui.restrict} (403), and
 * with {@code localhost_authentication: 0} lets loopback requests without credentials in
 * as the administrator (µTorrent Server manual, Internal Settings).
 */
class GuiGateFilter extends OncePerRequestFilter {

	private final GuiSettings settings;

	private final UtserverConfig utserver;

	private final ServerAccount account;

	GuiGateFilter(GuiSettings settings, UtserverConfig utserver, ServerAccount account) {
		this.settings = settings;
		this.utserver = utserver;
		this.account = account;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		if (!GuiAccess.allowed(address, this.settings.restrictions())) {
			GuiPlainText.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden");
			return;
		}
		if (!this.utserver.current().localhostAuthentication() && GuiAccess.isLoopback(address)
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			SecurityContextHolder.getContext().setAuthentication(GuiUsers.admin(this.account.username()));
		}
		chain.doFilter(request, response);
	}

}
