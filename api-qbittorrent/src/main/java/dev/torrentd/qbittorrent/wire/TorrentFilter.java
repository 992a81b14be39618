package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import org.jspecify.annotations.Nullable;

/**
 * The selection of {@code torrents/info} (spec §4.2 bottom, qBittorrent's
 * {@code torrentfilter.cpp} and {@code infoAction}): which torrents, then the order and
 * the page of their objects.
 *
 * @param filter the state filter in lower case ({@code all}, {@code downloading},
 * {@code seeding}, {@code completed}, {@code stopped}/{@code paused},
 * {@code running}/{@code resumed}, {@code active}, {@code inactive}, {@code stalled},
 * {@code stalled_uploading}, {@code stalled_downloading}, {@code checking},
 * {@code moving}, {@code errored}); anything else selects all
 * @param category exact category, "" for uncategorised, null for any
 * @param tag exact tag, "" for untagged, null for any
 * @param hashes the IDs to keep, or null for all (no {@code all} keyword here)
 * @param isPrivate keep only private (true) or public (false) torrents, or null for both;
 * a torrent without metadata counts as public, as in qBittorrent
 * @param sort key of the torrent object to sort on, or null to keep the engine's order
 * @param reverse sort descending
 * @param limit at most this many objects; 0 or less for no limit
 * @param offset first object; negative counts from the end; out of range means 0
 */
public record TorrentFilter(String filter, @Nullable String category, @Nullable String tag,
		@Nullable Set<TorrentId> hashes, @Nullable Boolean isPrivate, @Nullable String sort, boolean reverse, int limit,
		int offset) {

	/** The message of qBittorrent's 400 for a sort key the objects do not have. */
	public static final String INVALID_SORT = "'sort' parameter is invalid";

	/**
	 * The filter for the raw parameters of {@code torrents/info}, read leniently as
	 * qBittorrent does: unparsable numbers are 0, unparsable booleans absent.
	 * @param filter {@code filter}, or null
	 * @param category {@code category}, or null
	 * @param tag {@code tag}, or null
	 * @param hashes {@code hashes} ({@code |}-separated), or null
	 * @param isPrivate {@code private}, or null
	 * @param sort {@code sort}, or null
	 * @param reverse {@code reverse}, or null
	 * @param limit {@code limit}, or null
	 * @param offset {@code offset}, or null
	 * @return the filter
	 */
	public static TorrentFilter of(@Nullable String filter, @Nullable String category, @Nullable String tag,
			@Nullable String hashes, @Nullable String isPrivate, @Nullable String sort, @Nullable String reverse,
			@Nullable String limit, @Nullable String offset) {
		return new TorrentFilter((filter != null) ? filter.trim().toLowerCase(Locale.ROOT) : "all", category, tag,
				hashFilter(hashes), QbValues.bool(isPrivate).orElse(null),
				(sort != null && !sort.isEmpty()) ? sort : null, QbValues.bool(reverse, false),
				QbValues.intValue(limit), QbValues.intValue(offset));
	}

	/**
	 * Whether a torrent is selected.
	 * @param torrent the snapshot
	 * @return true when it passes the state, category, tag, hash and private filters
	 */
	public boolean matches(Torrent torrent) {
		return matchesState(QbState.of(torrent), torrent) && matchesCategory(torrent) && matchesTag(torrent)
				&& (this.hashes == null || this.hashes.contains(torrent.id()))
				&& (this.isPrivate == null || this.isPrivate == Boolean.TRUE.equals(torrent.isPrivate()));
	}

	/**
	 * Sorts, reverses and pages the objects of the selected torrents.
	 * @param objects the torrent objects, in the engine's order
	 * @return a new list
	 * @throws IllegalArgumentException {@link #INVALID_SORT} when {@code sort} names no
	 * key of the objects (only checked when there are objects, as qBittorrent)
	 */
	public List<Map<String, Object>> page(List<Map<String, Object>> objects) {
		List<Map<String, Object>> list = new ArrayList<>(objects);
		if (this.sort != null && !list.isEmpty()) {
			String key = this.sort;
			if (!list.get(0).containsKey(key)) {
				throw new IllegalArgumentException(INVALID_SORT);
			}
			Comparator<Map<String, Object>> order = (a, b) -> compareValues(a.get(key), b.get(key));
			list.sort(this.reverse ? order.reversed() : order);
		}
		int size = list.size();
		int from = (this.offset < 0) ? size + this.offset : this.offset;
		if (from < 0 || from >= size) {
			from = 0;
		}
		int to = (this.limit > 0) ? (int) Math.min((long) from + this.limit, size) : size;
		return new ArrayList<>(list.subList(from, to));
	}

	private boolean matchesState(QbState state, Torrent torrent) {
		return switch (this.filter) {
			case "downloading" -> state.isDownloading();
			case "seeding" -> state.isUploading();
			case "completed" -> state.isCompleted();
			case "stopped", "paused" -> state.isStopped();
			case "running", "resumed" -> !state.isStopped();
			case "active" -> state.isActive(torrent.uploadRateBytesPerSecond());
			case "inactive" -> !state.isActive(torrent.uploadRateBytesPerSecond());
			case "stalled" -> state == QbState.STALLED_UP || state == QbState.STALLED_DL;
			case "stalled_uploading" -> state == QbState.STALLED_UP;
			case "stalled_downloading" -> state == QbState.STALLED_DL;
			case "checking" -> state.isChecking();
			case "moving" -> state == QbState.MOVING;
			case "errored" -> state.isErrored();
			default -> true;
		};
	}

	private boolean matchesCategory(Torrent torrent) {
		return this.category == null || this.category.equals(torrent.category());
	}

	private boolean matchesTag(Torrent torrent) {
		if (this.tag == null) {
			return true;
		}
		return this.tag.isEmpty() ? torrent.tags().isEmpty() : torrent.tags().contains(this.tag);
	}

	/**
	 * qBittorrent's order of two values of the same key: numbers numerically, booleans
	 * false first, strings case-sensitively; null (a {@code private} before metadata)
	 * first.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static int compareValues(@Nullable Object a, @Nullable Object b) {
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : -1) : 1;
		}
		if (a instanceof Number x && b instanceof Number y) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		if (a instanceof Comparable x && a.getClass() == b.getClass()) {
			return x.compareTo(b);
		}
		return a.toString().compareTo(b.toString());
	}

	/**
	 * qBittorrent splits {@code hashes} skipping empty parts: nothing left (absent,
	 * {@code hashes=}, {@code hashes=|}) means no filter; malformed IDs stay in the
	 * filter and match nothing.
	 */
	private static @Nullable Set<TorrentId> hashFilter(@Nullable String hashes) {
		if (hashes == null || hashes.replace("|", "").isBlank()) {
			return null;
		}
		return Set.copyOf(QbValues.ids(hashes));
	}

}
