package dev.torrentd.utorrent.cache;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * The {@code list=1&cid=} cache (µTorrent Server manual, "CACHE ID"): each list answer
 * gets a new random cache id; a request with a known id gets only the rows added or
 * changed since ({@code torrentp}, {@code rssfeedp}, {@code rssfilterp}) and the keys
 * removed ({@code torrentm}: hashes, {@code rssfeedm}/{@code rssfilterm}: idents); an
 * unknown, stale or non-numeric id gets the full lists. A few recent ids are kept
 * (several WebUI tabs and Sonarr poll at once); rows unchanged between lists are shared,
 * not copied.
 */
public class ListCache {

	/** How many recent lists are remembered. */
	static final int CAPACITY = 16;

	private final RandomGenerator random;

	private final LinkedHashMap<Integer, Lists> lists = new LinkedHashMap<>(CAPACITY, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, Lists> eldest) {
			return size() > CAPACITY;
		}

	};

	private @Nullable Lists latest;

	public ListCache(RandomGenerator random) {
		this.random = random;
	}

	/**
	 * Every row of one list answer, each by its key, in list order.
	 *
	 * @param torrents torrent rows by hash
	 * @param feeds RSS feed rows by ident
	 * @param filters RSS filter rows by ident
	 */
	public record Lists(Map<String, List<Object>> torrents, Map<Integer, List<Object>> feeds,
			Map<Integer, List<Object>> filters) {

		/**
		 * Torrents only (no feeds, no filters).
		 * @param torrents torrent rows by hash
		 * @return the lists
		 */
		public static Lists ofTorrents(Map<String, List<Object>> torrents) {
			return new Lists(torrents, Map.of(), Map.of());
		}

	}

	/**
	 * One list of an answer: either everything, or what changed.
	 *
	 * @param all every row, when the request's id was not known; else null
	 * @param changed rows added or changed since the request's id (empty when {@code all}
	 * is given)
	 * @param removed keys removed since the request's id
	 * @param <K> the key: a hash or an ident
	 */
	public record Section<K>(@Nullable List<List<Object>> all, List<List<Object>> changed, List<K> removed) {
	}

	/**
	 * The answer to one list request.
	 *
	 * @param cid the new cache id ({@code torrentc}, a positive int32 as a string)
	 * @param torrents the torrents
	 * @param feeds the RSS feeds
	 * @param filters the RSS filters
	 */
	public record Answer(String cid, Section<String> torrents, Section<Integer> feeds, Section<Integer> filters) {

		/**
		 * Whether this is a full list.
		 * @return true for {@code torrents}/{@code rssfeeds}/{@code rssfilters}, false
		 * for the p/m pairs
		 */
		public boolean full() {
			return this.torrents.all() != null;
		}

	}

	/**
	 * Answers a list request.
	 * @param cid the request's {@code cid}, or null
	 * @param rows every current row by key, in list order
	 * @return the answer
	 */
	public synchronized Answer answer(@Nullable String cid, Lists rows) {
		Lists previous = this.latest;
		Lists shared = new Lists(share(rows.torrents(), (previous != null) ? previous.torrents() : null),
				share(rows.feeds(), (previous != null) ? previous.feeds() : null),
				share(rows.filters(), (previous != null) ? previous.filters() : null));
		Lists before = this.lists.get(parse(cid));
		int next = nextId();
		this.lists.put(next, shared);
		this.latest = shared;
		String nextCid = Integer.toString(next);
		return new Answer(nextCid, section(before != null ? before.torrents() : null, shared.torrents()),
				section(before != null ? before.feeds() : null, shared.feeds()),
				section(before != null ? before.filters() : null, shared.filters()));
	}

	private static <K> Section<K> section(@Nullable Map<K, List<Object>> before, Map<K, List<Object>> now) {
		if (before == null) {
			return new Section<>(List.copyOf(now.values()), List.of(), List.of());
		}
		List<List<Object>> changed = new ArrayList<>();
		now.forEach((key, row) -> {
			if (!row.equals(before.get(key))) {
				changed.add(row);
			}
		});
		List<K> removed = new ArrayList<>();
		before.keySet().forEach((key) -> {
			if (!now.containsKey(key)) {
				removed.add(key);
			}
		});
		return new Section<>(null, List.copyOf(changed), List.copyOf(removed));
	}

	/**
	 * Reuses the previous list's row where nothing changed, so cached lists cost little.
	 */
	private static <K> Map<K, List<Object>> share(Map<K, List<Object>> rows, @Nullable Map<K, List<Object>> previous) {
		Map<K, List<Object>> shared = new LinkedHashMap<>(rows.size() * 4 / 3 + 1);
		rows.forEach((key, row) -> {
			List<Object> old = (previous != null) ? previous.get(key) : null;
			shared.put(key, (old != null && old.equals(row)) ? old : List.copyOf(row));
		});
		return shared;
	}

	private int nextId() {
		int id;
		do {
			id = 1 + this.random.nextInt(Integer.MAX_VALUE - 1);
		}
		while (this.lists.containsKey(id));
		return id;
	}

	private static int parse(@Nullable String cid) {
		if (cid == null) {
			return -1;
		}
		try {
			return Integer.parseInt(cid.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
