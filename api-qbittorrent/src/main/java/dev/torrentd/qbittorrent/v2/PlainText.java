package dev.torrentd.qbittorrent.v2;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * qBittorrent's plain-text answers: {@code text/plain; charset=UTF-8}, and an empty 200
 * for an action that returns nothing (WebAPI 2.11; 5.2 moved to 204).
 */
final class PlainText {

	static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=UTF-8");

	private PlainText() {
	}

	static ResponseEntity<String> of(String body) {
		return ResponseEntity.ok().contentType(TEXT).body(body);
	}

	static ResponseEntity<String> empty() {
		return of("");
	}

}
