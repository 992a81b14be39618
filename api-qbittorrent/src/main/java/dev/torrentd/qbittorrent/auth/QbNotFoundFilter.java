package dev.torrentd.qbittorrent.auth;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request of its filter chain with 404 {@code Not Found} in plain text,
 * before any session check: the chain of an API surface that is switched off
 * ({@code torrentd.qbittorrent.v2.enabled} or {@code torrentd.qbittorrent.legacy.enabled}
 * false), so that a client probing it sees a server without that API (Sonarr's probe
 * falls back from API v2 to v1 on exactly this 404).
 */
public final class QbNotFoundFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		QbPlainText.write(response, HttpServletResponse.SC_NOT_FOUND, "Not Found");
	}

}
