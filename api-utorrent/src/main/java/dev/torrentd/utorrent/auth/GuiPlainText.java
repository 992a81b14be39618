package dev.torrentd.utorrent.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes µTorrent's plain-text refusals straight to the response (no error page).
 */
public final class GuiPlainText {

	/** µTorrent's answer to a bad token, an unknown action or an unknown path. */
	public static final String INVALID_REQUEST = "invalid request";

	private GuiPlainText() {
	}

	/**
	 * Writes a plain-text answer, without a trailing newline (WhatWeb compares the body
	 * exactly).
	 * @param response the response
	 * @param status the status
	 * @param body the body
	 * @throws IOException when the client is gone
	 */
	public static void write(HttpServletResponse response, int status, String body) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain; charset=utf-8");
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

}
