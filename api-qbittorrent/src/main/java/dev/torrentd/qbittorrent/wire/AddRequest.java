package dev.torrentd.qbittorrent.wire;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.TorrentSource;
import org.jspecify.annotations.Nullable;

/**
 * The text parameters of {@code torrents/add} (spec §3.6.1, WebAPI 2.11.4) read into the
 * engine's terms: the {@code urls} lines and the {@link AddOptions}. Uploaded files are
 * not here: the controller takes every file part as a .torrent.
 *
 * @param urls the non-blank, trimmed lines of {@code urls}
 * @param options the options every source is added with
 */
public record AddRequest(List<String> urls, AddOptions options) {

	private static final Pattern HEX40 = Pattern.compile("[0-9a-fA-F]{40}");

	private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

	public AddRequest {
		urls = List.copyOf(urls);
	}

	/**
	 * Reads the parameters. Booleans are qBittorrent's ({@code true}/{@code false} in any
	 * case, anything else absent); {@code stopped} wins over the 4.x name {@code paused};
	 * unknown enum names and unparsable numbers take the default; an invalid category
	 * name adds uncategorised, as qBittorrent.
	 * @param params the request's parameters by name
	 * @return the request
	 * @throws IllegalArgumentException for a share limit below -2
	 */
	public static AddRequest parse(Function<String, @Nullable String> params) {
		List<String> urls = new ArrayList<>();
		String text = params.apply("urls");
		if (text != null) {
			for (String line : text.split("\n")) {
				if (!line.isBlank()) {
					urls.add(line.trim());
				}
			}
		}
		String savePath = params.apply("savepath");
		String category = orEmpty(params.apply("category")).trim();
		String name = params.apply("rename");
		Optional<Boolean> stopped = QbValues.bool(params.apply("stopped"));
		AddOptions options = AddOptions.builder()
			.savePath((savePath != null && !savePath.isBlank()) ? Path.of(savePath.trim()) : null)
			.category(CategoryJson.isValidName(category) ? category : "")
			.tags(QbTags.parse(params.apply("tags")))
			.name((name != null && !name.isBlank()) ? name.trim() : null)
			.stopped(stopped.or(() -> QbValues.bool(params.apply("paused"))).orElse(null))
			.forceStart(QbValues.bool(params.apply("forced"), false))
			.autoManagedSavePath(QbValues.bool(params.apply("autoTMM")).orElse(null))
			.contentLayout(QbNames.contentLayout(params.apply("contentLayout")))
			.skipChecking(QbValues.bool(params.apply("skip_checking"), false))
			.sequentialDownload(QbValues.bool(params.apply("sequentialDownload"), false))
			.firstLastPiecePriority(QbValues.bool(params.apply("firstLastPiecePrio"), false))
			.addToTopOfQueue(QbValues.bool(params.apply("addToTopOfQueue"), false))
			.downloadLimit(Math.max(0, QbValues.longValue(params.apply("dlLimit"))))
			.uploadLimit(Math.max(0, QbValues.longValue(params.apply("upLimit"))))
			.shareLimits(new ShareLimits(shareLimit(params.apply("ratioLimit")),
					(long) shareLimit(params.apply("seedingTimeLimit")),
					(long) shareLimit(params.apply("inactiveSeedingTimeLimit")),
					Objects.requireNonNullElse(QbNames.shareLimitAction(params.apply("shareLimitAction")),
							ShareLimitAction.DEFAULT)))
			.stopCondition(QbNames.stopCondition(params.apply("stopCondition")))
			.build();
		return new AddRequest(urls, options);
	}

	/**
	 * What one {@code urls} line adds: a magnet URI, an http(s) link, or a bare v1 (40
	 * hex) or v2 (64 hex) info hash as a magnet.
	 * @param line a trimmed line
	 * @return the source, or empty for anything else (not accepted, as a failed add)
	 */
	public static Optional<TorrentSource> source(String line) {
		if (HEX40.matcher(line).matches()) {
			return Optional.of(new TorrentSource.Magnet("magnet:?xt=urn:btih:" + line.toLowerCase(Locale.ROOT)));
		}
		if (HEX64.matcher(line).matches()) {
			return Optional.of(new TorrentSource.Magnet("magnet:?xt=urn:btmh:1220" + line.toLowerCase(Locale.ROOT)));
		}
		String lower = line.toLowerCase(Locale.ROOT);
		if (lower.startsWith("magnet:")) {
			return Optional.of(new TorrentSource.Magnet(line));
		}
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			try {
				return Optional.of(new TorrentSource.Remote(new URI(line)));
			}
			catch (URISyntaxException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	/** A share limit: -2 global (the default), -1 none, else the value. */
	private static double shareLimit(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return ShareLimits.USE_GLOBAL;
		}
		try {
			return QbNames.shareLimit(Double.parseDouble(value.trim()));
		}
		catch (NumberFormatException ex) {
			return ShareLimits.USE_GLOBAL;
		}
	}

}
