package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * One web session's {@code sync/maindata} state, as qBittorrent's per-session
 * {@code SyncController} keeps it (spec §5.1): a snapshot of what the client was last
 * sent, the rid last sent, the rid the client acknowledged, and the changes made since
 * that acknowledged answer.
 * <p>
 * A request whose {@code rid} is the last answer's gets the changes since that answer;
 * one that re-sends the acknowledged rid gets every change since it (merged, where
 * qBittorrent replaces the buffer and may lose some); any other rid (0, unknown, older)
 * gets a full update. Each request diffs the new {@link MainData} against the snapshot:
 * one map compare per torrent and category, and tracker bookkeeping only for torrents
 * whose tracker list changed, so nothing is quadratic in the number of torrents.
 * <p>
 * Thread-safe: concurrent requests of one session are served one after the other.
 */
public final class MainDataSync {

	private int lastSentRid;

	/** The rid the client acknowledged (0 = none since the last full update). */
	private int acceptedRid;

	private final Map<String, Map<String, @Nullable Object>> torrents = new HashMap<>();

	private final Map<String, Map<String, @Nullable Object>> categories = new HashMap<>();

	private List<String> tags = List.of();

	private Set<String> tagSet = Set.of();

	/** Each torrent's tracker URLs, to find the URLs whose set of torrents changed. */
	private final Map<String, List<String>> torrentTrackers = new HashMap<>();

	/** Tracker URL → hashes of the torrents using it (never an empty set). */
	private final Map<String, Set<String>> trackers = new HashMap<>();

	private Map<String, @Nullable Object> serverState = Map.of();

	private final Changes pending = new Changes();

	/**
	 * The answer to one {@code sync/maindata} request; the snapshot becomes {@code now}.
	 * @param requestedRid the request's {@code rid} (0 when absent or not a number)
	 * @param now the current state; its maps are kept as the snapshot and must not be
	 * changed afterwards
	 * @return the response object: {@code rid} and, for a full update,
	 * {@code full_update: true} and every non-empty section, else only the non-empty
	 * change sections ({@code torrents}, {@code torrents_removed}, {@code categories},
	 * {@code categories_removed}, {@code tags}, {@code tags_removed}, {@code trackers},
	 * {@code trackers_removed}, {@code server_state}); keys sorted; a new object the
	 * caller may serialise after later requests changed this state
	 */
	public synchronized Map<String, Object> answer(int requestedRid, MainData now) {
		if (requestedRid > 0 && requestedRid == this.lastSentRid) {
			this.acceptedRid = requestedRid;
			this.pending.clear();
		}
		boolean partial = requestedRid > 0 && requestedRid == this.acceptedRid;
		// a full answer sends the whole snapshot, so its changes need not be recorded
		update(now, partial ? this.pending : null);
		this.lastSentRid = SyncRid.next(this.lastSentRid);
		if (partial) {
			return this.pending.render(this.lastSentRid);
		}
		this.pending.clear();
		this.acceptedRid = 0;
		return full(this.lastSentRid);
	}

	private void update(MainData now, @Nullable Changes sink) {
		diffObjects(this.torrents, now.torrents(), (sink != null) ? sink.torrents : null);
		diffObjects(this.categories, now.categories(), (sink != null) ? sink.categories : null);
		updateTags(now.tags(), sink);
		updateTrackers(now.trackers(), sink);
		updateServerState(now.serverState(), sink);
	}

	private static void diffObjects(Map<String, Map<String, @Nullable Object>> snapshot,
			Map<String, Map<String, @Nullable Object>> now, @Nullable ObjectChanges sink) {
		for (Map.Entry<String, Map<String, @Nullable Object>> entry : now.entrySet()) {
			Map<String, @Nullable Object> previous = snapshot.put(entry.getKey(), entry.getValue());
			if (sink == null) {
				continue;
			}
			if (previous == null) {
				sink.added(entry.getKey(), entry.getValue());
			}
			else if (previous != entry.getValue()) {
				Map<String, @Nullable Object> changed = changedFields(previous, entry.getValue());
				if (!changed.isEmpty()) {
					sink.changed(entry.getKey(), changed);
				}
			}
		}
		// every current key is in the snapshot now, so equal sizes mean nothing was
		// removed
		if (snapshot.size() != now.size()) {
			for (Iterator<String> keys = snapshot.keySet().iterator(); keys.hasNext();) {
				String key = keys.next();
				if (!now.containsKey(key)) {
					keys.remove();
					if (sink != null) {
						sink.removed(key);
					}
				}
			}
		}
	}

	/**
	 * The fields of {@code now} whose value differs from {@code previous} (qBittorrent's
	 * per-field compare; a field that is null now and was absent is not a change).
	 */
	static Map<String, @Nullable Object> changedFields(Map<String, @Nullable Object> previous,
			Map<String, @Nullable Object> now) {
		@Nullable Map<String, @Nullable Object> changed = null;
		// serialised objects list their keys in the same order each time: walk both
		// together and look a key up only where the orders differ
		Iterator<Map.Entry<String, @Nullable Object>> before = previous.entrySet().iterator();
		for (Map.Entry<String, @Nullable Object> field : now.entrySet()) {
			Map.@Nullable Entry<String, @Nullable Object> old = before.hasNext() ? before.next() : null;
			@Nullable Object oldValue = (old != null && old.getKey().equals(field.getKey())) ? old.getValue()
					: previous.get(field.getKey());
			if (!Objects.equals(oldValue, field.getValue())) {
				if (changed == null) {
					changed = new TreeMap<>();
				}
				changed.put(field.getKey(), field.getValue());
			}
		}
		return (changed != null) ? changed : Map.of();
	}

	private void updateTags(List<String> now, @Nullable Changes sink) {
		Set<String> nowSet = new HashSet<>(now);
		if (sink != null) {
			for (String tag : now) {
				if (!this.tagSet.contains(tag)) {
					sink.tagAdded(tag);
				}
			}
			for (String tag : this.tags) {
				if (!nowSet.contains(tag)) {
					sink.tagRemoved(tag);
				}
			}
		}
		this.tags = List.copyOf(now);
		this.tagSet = nowSet;
	}

	private void updateTrackers(Map<String, List<String>> now, @Nullable Changes sink) {
		Set<String> dirty = new LinkedHashSet<>();
		for (Map.Entry<String, List<String>> entry : now.entrySet()) {
			String hash = entry.getKey();
			List<String> urls = entry.getValue();
			List<String> previous = this.torrentTrackers.put(hash, urls);
			if (previous == null) {
				previous = List.of();
			}
			if (previous.equals(urls)) {
				continue;
			}
			for (String url : previous) {
				if (!urls.contains(url)) {
					unlink(url, hash, dirty);
				}
			}
			for (String url : urls) {
				if (this.trackers.computeIfAbsent(url, (u) -> new LinkedHashSet<>()).add(hash)) {
					dirty.add(url);
				}
			}
		}
		if (this.torrentTrackers.size() != now.size()) {
			for (Iterator<Map.Entry<String, List<String>>> entries = this.torrentTrackers.entrySet().iterator(); entries
				.hasNext();) {
				Map.Entry<String, List<String>> entry = entries.next();
				if (!now.containsKey(entry.getKey())) {
					entries.remove();
					for (String url : entry.getValue()) {
						unlink(url, entry.getKey(), dirty);
					}
				}
			}
		}
		if (sink != null) {
			for (String url : dirty) {
				Set<String> hashes = this.trackers.get(url);
				if (hashes == null) {
					sink.trackerRemoved(url);
				}
				else {
					sink.trackerChanged(url, List.copyOf(hashes));
				}
			}
		}
	}

	private void unlink(String url, String hash, Set<String> dirty) {
		Set<String> hashes = this.trackers.get(url);
		if (hashes != null && hashes.remove(hash)) {
			dirty.add(url);
			if (hashes.isEmpty()) {
				this.trackers.remove(url);
			}
		}
	}

	private void updateServerState(Map<String, @Nullable Object> now, @Nullable Changes sink) {
		if (sink != null) {
			for (Map.Entry<String, @Nullable Object> entry : now.entrySet()) {
				if (!this.serverState.containsKey(entry.getKey())
						|| !Objects.equals(this.serverState.get(entry.getKey()), entry.getValue())) {
					sink.serverState.put(entry.getKey(), entry.getValue());
				}
			}
		}
		this.serverState = now;
	}

	private Map<String, Object> full(int rid) {
		Map<String, Object> answer = new TreeMap<>();
		answer.put("full_update", true);
		answer.put("rid", rid);
		// the snapshot's objects are never changed in place, so they can be shared
		putIfNotEmpty(answer, "torrents", new TreeMap<>(this.torrents));
		putIfNotEmpty(answer, "categories", new TreeMap<>(this.categories));
		putIfNotEmpty(answer, "tags", this.tags);
		Map<String, List<String>> trackerMap = new TreeMap<>();
		this.trackers.forEach((url, hashes) -> trackerMap.put(url, List.copyOf(hashes)));
		putIfNotEmpty(answer, "trackers", trackerMap);
		putIfNotEmpty(answer, "server_state", new TreeMap<>(this.serverState));
		return answer;
	}

	private static void putIfNotEmpty(Map<String, Object> answer, String key, Map<?, ?> section) {
		if (!section.isEmpty()) {
			answer.put(key, section);
		}
	}

	private static void putIfNotEmpty(Map<String, Object> answer, String key, Iterable<?> section) {
		if (section.iterator().hasNext()) {
			answer.put(key, section);
		}
	}

	/** Changes to keyed objects (torrents, categories) not yet acknowledged. */
	private static final class ObjectChanges {

		/** Key → the object's changed fields, or the whole object when it is new. */
		private final Map<String, Map<String, @Nullable Object>> changed = new HashMap<>();

		private final Set<String> removed = new LinkedHashSet<>();

		void added(String key, Map<String, @Nullable Object> object) {
			this.removed.remove(key);
			// qBittorrent diffs a new object against nothing, so its null fields are left
			// out
			Map<String, @Nullable Object> fields = new TreeMap<>();
			object.forEach((name, value) -> {
				if (value != null) {
					fields.put(name, value);
				}
			});
			this.changed.put(key, fields);
		}

		void changed(String key, Map<String, @Nullable Object> fields) {
			this.changed.computeIfAbsent(key, (k) -> new TreeMap<>()).putAll(fields);
		}

		void removed(String key) {
			this.changed.remove(key);
			this.removed.add(key);
		}

		void clear() {
			this.changed.clear();
			this.removed.clear();
		}

		void render(Map<String, Object> answer, String changedKey, String removedKey) {
			Map<String, Map<String, @Nullable Object>> objects = new TreeMap<>();
			this.changed.forEach((key, fields) -> objects.put(key, new TreeMap<>(fields)));
			putIfNotEmpty(answer, changedKey, objects);
			putIfNotEmpty(answer, removedKey, new ArrayList<>(this.removed));
		}

	}

	/** Everything that changed since the acknowledged answer. */
	private static final class Changes {

		final ObjectChanges torrents = new ObjectChanges();

		final ObjectChanges categories = new ObjectChanges();

		private final Set<String> tagsAdded = new LinkedHashSet<>();

		private final Set<String> tagsRemoved = new LinkedHashSet<>();

		private final Map<String, List<String>> trackers = new HashMap<>();

		private final Set<String> trackersRemoved = new LinkedHashSet<>();

		final Map<String, @Nullable Object> serverState = new TreeMap<>();

		void tagAdded(String tag) {
			this.tagsRemoved.remove(tag);
			this.tagsAdded.add(tag);
		}

		void tagRemoved(String tag) {
			this.tagsAdded.remove(tag);
			this.tagsRemoved.add(tag);
		}

		void trackerChanged(String url, List<String> hashes) {
			this.trackersRemoved.remove(url);
			this.trackers.put(url, hashes);
		}

		void trackerRemoved(String url) {
			this.trackers.remove(url);
			this.trackersRemoved.add(url);
		}

		void clear() {
			this.torrents.clear();
			this.categories.clear();
			this.tagsAdded.clear();
			this.tagsRemoved.clear();
			this.trackers.clear();
			this.trackersRemoved.clear();
			this.serverState.clear();
		}

		Map<String, Object> render(int rid) {
			Map<String, Object> answer = new TreeMap<>();
			answer.put("rid", rid);
			this.torrents.render(answer, "torrents", "torrents_removed");
			this.categories.render(answer, "categories", "categories_removed");
			putIfNotEmpty(answer, "tags", new ArrayList<>(this.tagsAdded));
			putIfNotEmpty(answer, "tags_removed", new ArrayList<>(this.tagsRemoved));
			putIfNotEmpty(answer, "trackers", new TreeMap<>(this.trackers));
			putIfNotEmpty(answer, "trackers_removed", new ArrayList<>(this.trackersRemoved));
			putIfNotEmpty(answer, "server_state", new TreeMap<>(this.serverState));
			return answer;
		}

	}

}
