package dev.torrentd.qbittorrent.legacy;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.QbPreferencesService;
import dev.torrentd.qbittorrent.wire.QbValues;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * qBittorrent 3.1's {@code /json/*} (the v3.1 Web UI API document, "GET methods"), behind
 * HTTP Digest: {@code text/javascript} answers with human-readable values; an unknown
 * hash gets an empty body ({@code []} for trackers), as the document says.
 */
@RestController
class LegacyJsonController {

	static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript; charset=UTF-8");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TorrentEngine engine;

	private final QbPreferencesService preferences;

	LegacyJsonController(TorrentEngine engine, QbPreferencesService preferences) {
		this.engine = engine;
		this.preferences = preferences;
	}

	@GetMapping("/json/torrents")
	ResponseEntity<String> torrents() {
		boolean queueing = this.engine.settings().queueingEnabled();
		return json(this.engine.torrents().stream().map((t) -> LegacyJson.torrent(t, queueing)).toList());
	}

	@GetMapping("/json/propertiesGeneral/{hash}")
	ResponseEntity<String> general(@PathVariable String hash) {
		return find(hash).map((t) -> json(LegacyJson.general(t, ZoneId.systemDefault()))).orElseGet(() -> json(null));
	}

	@GetMapping("/json/propertiesTrackers/{hash}")
	ResponseEntity<String> trackers(@PathVariable String hash) {
		return json(find(hash).map((t) -> LegacyJson.trackers(this.engine.trackers(t.id()))).orElse(List.of()));
	}

	@GetMapping("/json/propertiesFiles/{hash}")
	ResponseEntity<String> files(@PathVariable String hash) {
		return find(hash).map((t) -> json(LegacyJson.files(t, this.engine.files(t.id())))).orElseGet(() -> json(null));
	}

	@GetMapping("/json/transferInfo")
	ResponseEntity<String> transferInfo() {
		return json(LegacyJson.transfer(this.engine.transferStats()));
	}

	/** The preferences of today's API: 3.1's keys are among them, with their types. */
	@GetMapping("/json/preferences")
	ResponseEntity<String> preferences() {
		Map<String, Object> preferences = this.preferences.preferences();
		return json(preferences);
	}

	private Optional<Torrent> find(String hash) {
		return QbValues.id(hash).flatMap(this.engine::find);
	}

	/** {@code null}: the empty body of an unknown hash. */
	private static ResponseEntity<String> json(Object body) {
		return ResponseEntity.ok().contentType(JAVASCRIPT).body((body != null) ? JSON.writeValueAsString(body) : "");
	}

}
