package dev.torrentd.utorrent.error;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.torrentd.automation.RssException;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.TorrentNotFoundException;
import dev.torrentd.utorrent.UtorrentApi;
import dev.torrentd.utorrent.UtorrentProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * The one place the µTorrent dialect makes error replies: a failed action is HTTP 200
 * with {@code {"build":N,"error":"…"}} (what utorrentctl, CouchPotato and the WebUI
 * check); an unknown action is 400 {@code invalid request}; nothing ever shows a stack
 * trace.
 */
@RestControllerAdvice(basePackageClasses = UtorrentApi.class)
public class GuiErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(GuiErrorHandler.class);

	private static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=utf-8");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int build;

	GuiErrorHandler(UtorrentProperties properties) {
		this.build = properties.build();
	}

	@ExceptionHandler
	ResponseEntity<String> unknownAction(UnknownActionException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(TEXT).body("invalid request");
	}

	@ExceptionHandler
	ResponseEntity<String> failed(GuiException ex) {
		return error(ex.getMessage());
	}

	/** The RSS service's one-line reason (qBittorrent's wording). */
	@ExceptionHandler
	ResponseEntity<String> rssRefused(RssException ex) {
		return error(ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<String> invalidTorrent(InvalidTorrentException ex) {
		return error("Can't add torrent: " + ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<String> torrentNotFound(TorrentNotFoundException ex) {
		return error("No such torrent");
	}

	@ExceptionHandler
	ResponseEntity<String> badMultipart(MultipartException ex) {
		return error("Can't add torrent: the upload is not a valid multipart form");
	}

	@ExceptionHandler
	ResponseEntity<String> badValue(IllegalArgumentException ex) {
		return error(ex.getMessage());
	}

	/** An upload that cannot be read (the client went away mid-body). */
	@ExceptionHandler
	ResponseEntity<String> unreadable(IOException ex) {
		return error("Can't add torrent: the upload could not be read");
	}

	/**
	 * Anything else (the engine not answering in time, a settings file that cannot be
	 * written): logged with its stack trace, answered as µTorrent answers a failed
	 * action, because Sonarr and the WebUI treat a non-200 as "the client is down".
	 */
	@ExceptionHandler
	ResponseEntity<String> unexpected(RuntimeException ex) {
		log.error("Unexpected failure of a /gui/ request", ex);
		return error("Internal error: " + ex.getClass().getSimpleName());
	}

	private ResponseEntity<String> error(String message) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("build", this.build);
		json.put("error", message);
		return ResponseEntity.ok().contentType(TEXT).body(JSON.writeValueAsString(json));
	}

}
