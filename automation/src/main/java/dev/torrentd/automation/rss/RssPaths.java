package dev.torrentd.automation.rss;

/**
 * Paths of RSS items, as qBittorrent's {@code RSS::Item}: segments joined by {@code \},
 * {@code ""} the root folder.
 */
final class RssPaths {

	static final char SEPARATOR = '\\';

	private RssPaths() {
	}

	/**
	 * Trims leading and trailing separators (the contract of
	 * {@link dev.torrentd.automation.RssService}).
	 * @param path a path as a client sent it
	 * @return the path without leading or trailing {@code \}
	 */
	static String normalize(String path) {
		int start = 0;
		int end = path.length();
		while (start < end && path.charAt(start) == SEPARATOR) {
			start++;
		}
		while (end > start && path.charAt(end - 1) == SEPARATOR) {
			end--;
		}
		return path.substring(start, end);
	}

	/**
	 * Whether a path names an item: non-empty segments (qBittorrent
	 * {@code Item::isValidPath}).
	 * @param path a normalized path
	 * @return true when valid
	 */
	static boolean isValid(String path) {
		if (path.isEmpty()) {
			return false;
		}
		for (String segment : path.split("\\\\", -1)) {
			if (segment.isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The folder holding an item.
	 * @param path the item's path
	 * @return the parent folder's path, {@code ""} for the root
	 */
	static String parent(String path) {
		int slash = path.lastIndexOf(SEPARATOR);
		return (slash < 0) ? "" : path.substring(0, slash);
	}

	/**
	 * The last segment of a path.
	 * @param path the item's path
	 * @return its name
	 */
	static String name(String path) {
		int slash = path.lastIndexOf(SEPARATOR);
		return (slash < 0) ? path : path.substring(slash + 1);
	}

	/**
	 * Whether {@code path} is {@code folder} itself or lies inside it.
	 * @param path an item's path
	 * @param folder a folder's path, {@code ""} for the root
	 * @return true when inside
	 */
	static boolean isWithin(String path, String folder) {
		return folder.isEmpty() || path.equals(folder) || path.startsWith(folder + SEPARATOR);
	}

	/**
	 * Moves a path from one folder prefix to another.
	 * @param path a path within {@code from}
	 * @param from the old prefix
	 * @param to the new prefix
	 * @return the path with its prefix replaced
	 */
	static String rebase(String path, String from, String to) {
		return to + path.substring(from.length());
	}

}
