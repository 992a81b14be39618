package dev.torrentd.qbittorrent.wire;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Tags as qBittorrent reads and writes them (spec §4.8): a {@code ,}-separated parameter
 * whose entries are trimmed, empty ones ignored; lists ordered case-insensitively.
 */
public final class QbTags {

	private QbTags() {
	}

	/**
	 * The valid tags of a {@code tags} parameter.
	 * @param csv the parameter, or null
	 * @return trimmed, non-empty tags in the order given, without duplicates
	 */
	public static Set<String> parse(@Nullable String csv) {
		Set<String> tags = new LinkedHashSet<>();
		if (csv != null) {
			for (String part : csv.split(",")) {
				String tag = part.strip();
				if (!tag.isEmpty()) {
					tags.add(tag);
				}
			}
		}
		return tags;
	}

	/**
	 * Tags in qBittorrent's display order.
	 * @param tags the tags
	 * @return sorted case-insensitively, then case-sensitively for ties
	 */
	public static List<String> sorted(Collection<String> tags) {
		return tags.stream().sorted(String.CASE_INSENSITIVE_ORDER.thenComparing((a, b) -> a.compareTo(b))).toList();
	}

	/**
	 * The {@code tags} field of a torrent object.
	 * @param tags the torrent's tags
	 * @return the tags sorted case-insensitively and joined with {@code ", "}; "" for
	 * none
	 */
	public static String join(Collection<String> tags) {
		return String.join(", ", sorted(tags));
	}

}
