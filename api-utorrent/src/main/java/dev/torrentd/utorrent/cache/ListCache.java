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
 * changed since ({@code torrentp}) and the hashes removed ({@code torrentm}); an unknown,
 * stale or non-numeric id gets the full list. A few recent ids are kept (several WebUI
 * tabs and Sonarr poll at once); rows unchanged between lists are shared, not copied.
 */
public class ListCache {

	/** How many recent lists are remembered. */
	static final int CAPACITY = 16;

	private final RandomGenerator random;

	private final LinkedHashMap<Integer, Map<String, List<Object>>> lists = new LinkedHashMap<>(CAPACITY, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, Map<String, List<Object>>> eldest) {
			return size() > CAPACITY;
		}

	};

	private @Nullable Map<String, List<Object>> latest;

	public ListCache(RandomGenerator random) {
		this.random = random;
	}

	/**
	 * The answer to one list request.
	 *
	 * @param cid the new cache id ({@code torrentc}, a positive int32 as a string)
	 * @param all every row, when the request's id was not known; else null
	 * @param changed rows added or changed since the request's id (empty when {@code all}
	 * is given)
	 * @param removed hashes removed since the request's id
	 */
	public record Answer(String cid, @Nullable List<List<Object>> all, List<List<Object>> changed,
			List<String> removed) {

		/**
		 * Whether this is a full list.
		 * @return true for {@code torrents}, false for {@code torrentp}/{@code torrentm}
		 */
		public boolean full() {
			return this.all != null;
		}

	}

	/**
	 * Answers a list request.
	 * @param cid the request's {@code cid}, or null
	 * @param rows every current row by hash, in list order
	 * @return the answer
	 */
	public synchronized Answer answer(@Nullable String cid, Map<String, List<Object>> rows) {
		Map<String, List<Object>> shared = share(rows);
		Map<String, List<Object>> before = this.lists.get(parse(cid));
		int next = nextId();
		this.lists.put(next, shared);
		this.latest = shared;
		String nextCid = Integer.toString(next);
		if (before == null) {
			return new Answer(nextCid, List.copyOf(shared.values()), List.of(), List.of());
		}
		List<List<Object>> changed = new ArrayList<>();
		shared.forEach((hash, row) -> {
			if (!row.equals(before.get(hash))) {
				changed.add(row);
			}
		});
		List<String> removed = new ArrayList<>();
		before.keySet().forEach((hash) -> {
			if (!shared.containsKey(hash)) {
				removed.add(hash);
			}
		});
		return new Answer(nextCid, null, changed, removed);
	}

	/**
	 * Reuses the previous list's row where nothing changed, so cached lists cost little.
	 */
	private Map<String, List<Object>> share(Map<String, List<Object>> rows) {
		Map<String, List<Object>> previous = this.latest;
		Map<String, List<Object>> shared = new LinkedHashMap<>(rows.size() * 4 / 3 + 1);
		rows.forEach((hash, row) -> {
			List<Object> old = (previous != null) ? previous.get(hash) : null;
			shared.put(hash, (old != null && old.equals(row)) ? old : List.copyOf(row));
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
