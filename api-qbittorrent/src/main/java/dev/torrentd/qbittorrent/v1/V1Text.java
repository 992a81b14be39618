package dev.torrentd.qbittorrent.v1;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * API v1's plain-text answers ({@code text/plain; charset=UTF-8}), and the empty 200 of
 * an action that returns nothing (qBittorrent 4.0.4 printed no body).
 */
final class V1Text {

	static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=UTF-8");

	private V1Text() {
	}

	static ResponseEntity<String> of(String body) {
		return ResponseEntity.ok().contentType(TEXT).body(body);
	}

	static ResponseEntity<String> empty() {
		return of("");
	}

}
