package dev.torrentd.qbittorrent.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Dates as qBittorrent's RSS JSON carries them: Qt's {@code Qt::RFC2822Date}, which
 * writes {@code dd MMM yyyy hh:mm:ss +hhmm} (no weekday, English month, two-digit day),
 * and reads that form with or without a weekday.
 */
public final class Rfc2822 {

	private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

	private Rfc2822() {
	}

	/**
	 * The text of an instant, in UTC: {@code 22 Nov 2026 09:00:00 +0000}. qBittorrent
	 * writes the offset the date came with; an instant has none, and UTC names the same
	 * moment.
	 * @param instant the moment, or {@code null}
	 * @return the text, or {@code ""} for {@code null} (Qt's invalid date)
	 */
	public static String format(@Nullable Instant instant) {
		return (instant != null) ? WRITE.format(instant.atOffset(ZoneOffset.UTC)) : "";
	}

	/**
	 * Reads a date as {@code QDateTime::fromString(text, Qt::RFC2822Date)}:
	 * {@code [Www, ]dd MMM yyyy hh:mm[:ss] +hhmm} (or {@code GMT}).
	 * @param text the text
	 * @return the moment, or {@code null} when the text is not such a date (Qt's invalid
	 * date)
	 */
	public static @Nullable Instant parse(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
