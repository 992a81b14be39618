package dev.torrentd.automation.programs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;

import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.UtorrentStatus;
import dev.torrentd.engine.Torrent;
import org.jspecify.annotations.Nullable;

/**
 * The values of the placeholders of both dialects.
 * <p>
 * qBittorrent's (as {@code Application::runExternalProgram}): {@code %N} name, {@code %L}
 * category, {@code %G} tags joined by commas (sorted), {@code %F} content path,
 * {@code %R} root path ("" when there is none), {@code %D} save path, {@code %C} number
 * of files, {@code %Z} total size in bytes, {@code %T} current tracker, {@code %I} v1
 * info hash or {@code -} when there is none, {@code %J} v2 info hash or {@code -},
 * {@code %K} torrent id; hashes in lower-case hex, as qBittorrent writes them.
 * <p>
 * µTorrent Server's (manual, finish_cmd / state_cmd): {@code %F} the file name of a
 * single-file torrent ("" for a multi-file torrent), {@code %D} the directory the files
 * are in (a single file's folder, a multi-file torrent's root folder), {@code %N} title,
 * {@code %S} state and {@code %P} previous state ({@link UtorrentStates}), {@code %L}
 * label, {@code %T} tracker, {@code %M} status message, {@code %I} the info hash in
 * upper-case hex, as µTorrent writes hashes everywhere (its WebUI list, its resume
 * files); torrentd gives the torrent id, which is the v1 info hash of every torrent
 * µTorrent could open.
 */
final class Substitutions {

	private static final Set<Character> QBITTORRENT = letters("NLGFRDCZTIJK");

	private static final Set<Character> UTORRENT = letters("FDNSPLTMI");

	private Substitutions() {
	}

	/**
	 * The letters of a dialect.
	 * @param placeholders the dialect
	 * @return its placeholder letters
	 */
	static Set<Character> letters(Placeholders placeholders) {
		return (placeholders == Placeholders.QBITTORRENT) ? QBITTORRENT : UTORRENT;
	}

	/**
	 * The values of some placeholders for one torrent.
	 * @param placeholders the dialect
	 * @param letters the letters wanted (those the command uses)
	 * @param torrent the torrent's snapshot
	 * @param state its µTorrent state number
	 * @param previousState its previous µTorrent state number ({@code state} when the
	 * event is not a state change)
	 * @param fileCount the number of files, asked only when {@code %C} is wanted
	 * @return value by letter
	 */
	static Map<Character, String> values(Placeholders placeholders, Set<Character> letters, Torrent torrent, int state,
			int previousState, IntSupplier fileCount) {
		Map<Character, String> values = new LinkedHashMap<>();
		for (char letter : letters) {
			String value = (placeholders == Placeholders.QBITTORRENT) ? qbittorrent(letter, torrent, fileCount)
					: utorrent(letter, torrent, state, previousState);
			if (value != null) {
				values.put(letter, value);
			}
		}
		return values;
	}

	private static @Nullable String qbittorrent(char letter, Torrent torrent, IntSupplier fileCount) {
		return switch (letter) {
			case 'N' -> torrent.name();
			case 'L' -> torrent.category();
			case 'G' -> String.join(",", new TreeSet<>(torrent.tags()));
			case 'F' -> torrent.contentPath().toString();
			case 'R' -> (torrent.rootPath() != null) ? torrent.rootPath().toString() : "";
			case 'D' -> torrent.savePath().toString();
			case 'C' -> Integer.toString(fileCount.getAsInt());
			case 'Z' -> Long.toString(torrent.totalSizeBytes());
			case 'T' -> torrent.currentTracker();
			case 'I' -> torrent.infoHashV1().isEmpty() ? "-" : torrent.infoHashV1().toLowerCase(Locale.ROOT);
			case 'J' -> torrent.infoHashV2().isEmpty() ? "-" : torrent.infoHashV2().toLowerCase(Locale.ROOT);
			case 'K' -> torrent.id().hex();
			default -> null;
		};
	}

	private static @Nullable String utorrent(char letter, Torrent torrent, int state, int previousState) {
		return switch (letter) {
			case 'F' -> isSingleFile(torrent) ? fileName(torrent.contentPath()) : "";
			case 'D' -> directory(torrent).toString();
			case 'N' -> torrent.name();
			case 'S' -> Integer.toString(state);
			case 'P' -> Integer.toString(previousState);
			case 'L' -> torrent.category();
			case 'T' -> torrent.currentTracker();
			case 'M' -> UtorrentStatus.message(torrent);
			case 'I' -> torrent.id().hex().toUpperCase(Locale.ROOT);
			default -> null;
		};
	}

	/**
	 * Whether the torrent is one file: it has metadata, no root folder, and its content
	 * path is not the folder the content is in (which it is for a multi-file torrent
	 * without a root folder).
	 */
	static boolean isSingleFile(Torrent torrent) {
		if (!torrent.hasMetadata() || torrent.rootPath() != null) {
			return false;
		}
		Path content = torrent.contentPath();
		return !content.equals(torrent.savePath()) && !content.equals(torrent.downloadPath());
	}

	/** µTorrent's directory: a single file's folder, else the content path. */
	static Path directory(Torrent torrent) {
		if (isSingleFile(torrent) && torrent.contentPath().getParent() != null) {
			return torrent.contentPath().getParent();
		}
		return torrent.contentPath();
	}

	private static String fileName(Path path) {
		Path name = path.getFileName();
		return (name != null) ? name.toString() : "";
	}

	private static Set<Character> letters(String letters) {
		Set<Character> set = new TreeSet<>();
		for (char letter : letters.toCharArray()) {
			set.add(letter);
		}
		return Set.copyOf(set);
	}

}
