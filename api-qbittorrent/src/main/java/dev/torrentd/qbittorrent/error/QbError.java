package dev.torrentd.qbittorrent.error;

import org.springframework.http.HttpStatus;

/**
 * qBittorrent's closed set of API errors ({@code APIErrorType}) and the status each maps
 * to, as in {@code WebApplication::doProcessRequest}.
 */
public enum QbError {

	/** Missing or malformed parameter: 400. */
	BAD_PARAMS(HttpStatus.BAD_REQUEST),

	/** 403. */
	ACCESS_DENIED(HttpStatus.FORBIDDEN),

	/** Unknown torrent or endpoint: 404. */
	NOT_FOUND(HttpStatus.NOT_FOUND),

	/** A POST-only endpoint called with GET: 405. */
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),

	/** The request conflicts with the state (no such category, no metadata yet…): 409. */
	CONFLICT(HttpStatus.CONFLICT),

	/** Unusable data, e.g. an invalid .torrent file: 415. */
	BAD_DATA(HttpStatus.UNSUPPORTED_MEDIA_TYPE);

	private final HttpStatus status;

	QbError(HttpStatus status) {
		this.status = status;
	}

	/**
	 * The HTTP status.
	 * @return the status
	 */
	public HttpStatus status() {
		return this.status;
	}

	/**
	 * The body qBittorrent sends when it has no specific message: the reason phrase.
	 * @return e.g. {@code Not Found}
	 */
	public String defaultMessage() {
		return this.status.getReasonPhrase();
	}

}
