package dev.torrentd.qbittorrent.legacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * qBittorrent 3.1's answers to {@code /command/*} for a Digest-authenticated request: "no
 * matter if successful or not server will return … 200 OK" (the v3.1 Web UI API
 * document). The commands are served by the API v1 handlers, whose
 * {@code Ok.}/{@code Fails.}, 403 and 415 are that era's; here they become a 200 with an
 * empty body, {@code upload}'s body is 3.1's script, and the {@code get…Limit} commands
 * keep their number.
 */
class LegacyCommandReplies extends OncePerRequestFilter {

	static final String UPLOAD_REPLY = "<script type=\"text/javascript\">window.parent.hideAll();</script>";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !path(request).startsWith("/command/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String command = path(request).substring("/command/".length());
		if (command.startsWith("get") && wrapper.getStatus() == HttpServletResponse.SC_OK) {
			wrapper.copyBodyToResponse();
			return;
		}
		wrapper.resetBuffer();
		response.setStatus(HttpServletResponse.SC_OK);
		if (command.equals("upload")) {
			byte[] body = UPLOAD_REPLY.getBytes(StandardCharsets.UTF_8);
			response.setContentType("text/html");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
		else {
			response.setContentLength(0);
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
