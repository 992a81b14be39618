package dev.torrentd.qbittorrent.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes qBittorrent's plain-text answers from filters, where no controller advice runs.
 */
public final class QbPlainText {

	private QbPlainText() {
	}

	/**
	 * Writes a status and a {@code text/plain; charset=UTF-8} body.
	 * @param response the response
	 * @param status the HTTP status
	 * @param body the body, e.g. {@code Forbidden}
	 * @throws IOException when the client is gone
	 */
	public static void write(HttpServletResponse response, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType("text/plain; charset=UTF-8");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

}
