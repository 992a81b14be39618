package dev.torrentd.qbittorrent.error;

import org.jspecify.annotations.Nullable;

/**
 * An API error: handlers throw it, {@link QbErrorHandler} turns it into the status and
 * plain-text body qBittorrent sends.
 */
public class QbApiException extends RuntimeException {

	private final QbError error;

	/**
	 * An error with qBittorrent's default body (the reason phrase).
	 * @param error the error
	 */
	public QbApiException(QbError error) {
		this(error, null);
	}

	/**
	 * An error with a specific body.
	 * @param error the error
	 * @param message the body, e.g. {@code Incorrect category name}; null for the reason
	 * phrase
	 */
	public QbApiException(QbError error, @Nullable String message) {
		super((message != null) ? message : error.defaultMessage(), null, false, false);
		this.error = error;
	}

	/**
	 * The error.
	 * @return the error
	 */
	public QbError error() {
		return this.error;
	}

	/**
	 * 400 {@code Bad Request}.
	 * @return the exception
	 */
	public static QbApiException badParams() {
		return new QbApiException(QbError.BAD_PARAMS);
	}

	/**
	 * 404 {@code Not Found}.
	 * @return the exception
	 */
	public static QbApiException notFound() {
		return new QbApiException(QbError.NOT_FOUND);
	}

	/**
	 * 409 with a message.
	 * @param message the body
	 * @return the exception
	 */
	public static QbApiException conflict(String message) {
		return new QbApiException(QbError.CONFLICT, message);
	}

}
