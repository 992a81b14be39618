package dev.torrentd.automation.rss;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.torrentd.automation.ReleaseTitle;

import org.jspecify.annotations.Nullable;

/**
 * An episode filter: {@code ;}-separated parts, each an episode or range of the current
 * season, a part starting with {@code <season>x} changing the season. The first part must
 * name its season. qBittorrent's form {@code "1x2;8-15;20;25-;"} (one season) and the
 * per-season form {@code "1x01-10;2x05;3x-"} both read as expected: {@code 5} one
 * episode, {@code 8-15} a range, {@code 25-} that episode onwards including every later
 * season, {@code 3x-} season 3 onwards, {@code 2x} all of season 2. The title's season
 * and episode are read by {@link ReleaseTitle} ({@code S01E05}, {@code S01 E05},
 * {@code 1x05}). A filter that does not parse matches nothing (as qBittorrent).
 */
final class EpisodeFilter {

	private static final Pattern PART = Pattern.compile("(?:(\\d{1,4})x)?(\\d{1,4})?(-(\\d{1,4})?)?");

	private static final EpisodeFilter NONE = new EpisodeFilter(true, List.of());

	private static final EpisodeFilter INVALID = new EpisodeFilter(false, List.of());

	private final boolean empty;

	private final List<Part> parts;

	private EpisodeFilter(boolean empty, List<Part> parts) {
		this.empty = empty;
		this.parts = parts;
	}

	/**
	 * Reads a filter.
	 * @param filter the filter text; blank for no filter
	 * @return the filter (matching nothing when it does not parse)
	 */
	static EpisodeFilter parse(String filter) {
		if (filter.isBlank()) {
			return NONE;
		}
		List<Part> parts = new ArrayList<>();
		@Nullable Integer season = null;
		for (String text : filter.split(";")) {
			String part = text.strip();
			if (part.isEmpty()) {
				continue;
			}
			Matcher matcher = PART.matcher(part);
			if (!matcher.matches()) {
				return INVALID;
			}
			if (matcher.group(1) != null) {
				season = Integer.parseInt(matcher.group(1));
			}
			if (season == null) {
				return INVALID;
			}
			String first = matcher.group(2);
			boolean range = matcher.group(3) != null;
			String last = matcher.group(4);
			if (first == null && !range) {
				if (matcher.group(1) == null) {
					return INVALID;
				}
				// "2x": the whole season
				parts.add(new Part(season, 0, Integer.MAX_VALUE, false));
			}
			else if (!range) {
				int episode = Integer.parseInt(first);
				parts.add(new Part(season, episode, episode, false));
			}
			else {
				int from = (first != null) ? Integer.parseInt(first) : 0;
				if (last == null) {
					parts.add(new Part(season, from, Integer.MAX_VALUE, true));
				}
				else if (from <= Integer.parseInt(last)) {
					parts.add(new Part(season, from, Integer.parseInt(last), false));
				}
				// a reversed range is ignored, as qBittorrent ignores it
			}
		}
		return parts.isEmpty() ? INVALID : new EpisodeFilter(false, List.copyOf(parts));
	}

	/**
	 * Whether a title is one of the filter's episodes.
	 * @param title the article's title
	 * @return true when it is, or when there is no filter
	 */
	boolean matches(String title) {
		if (this.empty) {
			return true;
		}
		ReleaseTitle release = ReleaseTitle.parse(title);
		if (!release.episodic()) {
			return false;
		}
		for (Part part : this.parts) {
			if (part.matches(release.season(), release.episode())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Episodes {@code from..to} of a season; open ranges go on into later seasons.
	 */
	private record Part(int season, int from, int to, boolean open) {

		boolean matches(int season, int episode) {
			if (this.open && season > this.season) {
				return true;
			}
			return season == this.season && episode >= this.from && episode <= this.to;
		}

	}

}
