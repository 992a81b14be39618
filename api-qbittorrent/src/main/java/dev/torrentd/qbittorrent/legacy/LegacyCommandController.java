package dev.torrentd.qbittorrent.legacy;

import java.util.List;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.wire.QbValues;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The {@code /command/*} names only qBittorrent 3.1 had (the v3.1 Web UI API document):
 * {@code pauseall}, {@code resumeall}, the per-torrent limits with a single {@code hash},
 * and {@code shutdown}. The commands 3.1 shares with API v1 are served by the API v1
 * controller. Unknown hashes are ignored and every answer is 200, as the document says.
 */
@RestController
class LegacyCommandController {

	private static final Logger log = LoggerFactory.getLogger(LegacyCommandController.class);

	private final TorrentEngine engine;

	private final ConfigurableApplicationContext context;

	LegacyCommandController(TorrentEngine engine, ConfigurableApplicationContext context) {
		this.engine = engine;
		this.context = context;
	}

	@PostMapping("/command/pauseall")
	ResponseEntity<String> pauseAll() {
		this.engine.stop(this.engine.torrents().stream().map(Torrent::id).toList());
		return ok("");
	}

	@PostMapping("/command/resumeall")
	ResponseEntity<String> resumeAll() {
		this.engine.start(this.engine.torrents().stream().map(Torrent::id).toList());
		return ok("");
	}

	/** Bytes/s, 0 for none. */
	@PostMapping("/command/getTorrentDlLimit")
	ResponseEntity<String> torrentDownloadLimit(@RequestParam(required = false) @Nullable String hash) {
		return ok(torrent(hash).map((t) -> Long.toString(t.downloadLimitBytesPerSecond())).orElse(""));
	}

	@PostMapping("/command/getTorrentUpLimit")
	ResponseEntity<String> torrentUploadLimit(@RequestParam(required = false) @Nullable String hash) {
		return ok(torrent(hash).map((t) -> Long.toString(t.uploadLimitBytesPerSecond())).orElse(""));
	}

	@PostMapping("/command/setTorrentDlLimit")
	ResponseEntity<String> setTorrentDownloadLimit(@RequestParam(required = false) @Nullable String hash,
			@RequestParam(required = false) @Nullable String limit) {
		torrent(hash).ifPresent((t) -> this.engine.setDownloadLimit(List.of(t.id()), bytes(limit)));
		return ok("");
	}

	@PostMapping("/command/setTorrentUpLimit")
	ResponseEntity<String> setTorrentUploadLimit(@RequestParam(required = false) @Nullable String hash,
			@RequestParam(required = false) @Nullable String limit) {
		torrent(hash).ifPresent((t) -> this.engine.setUploadLimit(List.of(t.id()), bytes(limit)));
		return ok("");
	}

	/**
	 * Stops torrentd, as it stopped qBittorrent: the engine saves every torrent's resume
	 * data on the way out.
	 */
	@GetMapping("/command/shutdown")
	ResponseEntity<String> shutdown() {
		log.info("Shutting down: asked through /command/shutdown");
		Thread stopper = new Thread(() -> System.exit(SpringApplication.exit(this.context)), "legacy-shutdown");
		stopper.start();
		return ok("");
	}

	private java.util.Optional<Torrent> torrent(@Nullable String hash) {
		return (hash != null) ? QbValues.id(hash).flatMap(this.engine::find) : java.util.Optional.empty();
	}

	private static long bytes(@Nullable String limit) {
		return Math.max(0, QbValues.longValue(limit));
	}

	private static ResponseEntity<String> ok(String body) {
		return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(body);
	}

}
