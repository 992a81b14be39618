package dev.torrentd.qbittorrent.error;

import dev.torrentd.automation.RssException;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.TorrentNotFoundException;
import dev.torrentd.qbittorrent.QbittorrentApi;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The one place where the qBittorrent dialect chooses error statuses and bodies: plain
 * text, {@code text/plain; charset=UTF-8}, the message or else the reason phrase. Nothing
 * here ever shows a stack trace.
 */
@RestControllerAdvice(basePackageClasses = QbittorrentApi.class)
public class QbErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(QbErrorHandler.class);

	private static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=UTF-8");

	@ExceptionHandler
	ResponseEntity<String> apiError(QbApiException ex) {
		return text(ex.error().status(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<String> torrentNotFound(TorrentNotFoundException ex) {
		return text(HttpStatus.NOT_FOUND, QbError.NOT_FOUND.defaultMessage());
	}

	@ExceptionHandler
	ResponseEntity<String> invalidTorrent(InvalidTorrentException ex) {
		return text(HttpStatus.CONFLICT, ex.getMessage());
	}

	/**
	 * An RSS request the shared service refuses: 409 with its one-line reason, as
	 * qBittorrent's {@code RSSController} answers a failed {@code RSS::Session} call.
	 */
	@ExceptionHandler
	ResponseEntity<String> rssRefused(RssException ex) {
		return text(HttpStatus.CONFLICT, firstLine(ex.getMessage(), QbError.CONFLICT));
	}

	/** qBittorrent 2.11 answers a missing required parameter with a bare 400. */
	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
			MethodArgumentTypeMismatchException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<String> badParams(Exception ex) {
		return text(HttpStatus.BAD_REQUEST, QbError.BAD_PARAMS.defaultMessage());
	}

	@ExceptionHandler
	ResponseEntity<String> tooLarge(MaxUploadSizeExceededException ex) {
		return text(HttpStatus.CONTENT_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
	}

	/**
	 * A malformed or truncated multipart or form body, parsed when the handler reads it
	 * (by Spring, or by Tomcat's {@code getParameter}).
	 */
	@ExceptionHandler({ MultipartException.class, InvalidParameterException.class })
	ResponseEntity<String> badBody(RuntimeException ex) {
		return text(HttpStatus.BAD_REQUEST, QbError.BAD_PARAMS.defaultMessage());
	}

	/**
	 * What no rule above expects (an engine that timed out or is shutting down, a state
	 * file that cannot be written): logged, and answered in plain text without a trace.
	 */
	@ExceptionHandler
	ResponseEntity<String> unexpected(RuntimeException ex) {
		log.error("WebAPI request failed", ex);
		return text(HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.INTERNAL_SERVER_ERROR.getReasonPhrase());
	}

	@ExceptionHandler
	ResponseEntity<String> invalidArgument(IllegalArgumentException ex) {
		return text(HttpStatus.BAD_REQUEST, firstLine(ex.getMessage(), QbError.BAD_PARAMS));
	}

	private static String firstLine(String message, QbError fallback) {
		if (message == null || message.isBlank()) {
			return fallback.defaultMessage();
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

	static ResponseEntity<String> text(HttpStatus status, String body) {
		return ResponseEntity.status(status).contentType(TEXT).body(body);
	}

}
