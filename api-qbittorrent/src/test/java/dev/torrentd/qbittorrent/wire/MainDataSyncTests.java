package dev.torrentd.qbittorrent.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainDataSyncTests {

	private static final String A = "0282dd156eac44ba0b76ce227e775234a322a781";

	private static final String B = "ae45acbd6454d0dedd1ca10e88f7ca724a25092e";

	private static final String T1 = "http://127.0.0.1:6969/announce";

	private static final String T2 = "http://127.0.0.1:6970/announce";

	private final MainDataSync sync = new MainDataSync();

	private final State state = new State();

	@Test
	void firstRequestIsAFullUpdateWithEverySectionAndSortedKeys() {
		this.state.torrent(A, "multi", "golden", T1, T2).torrent(B, "single.bin", "", T1);
		this.state.category("golden", "/srv/golden").category("other", "");
		this.state.tags.addAll(List.of("t1", "t2"));

		Map<String, Object> answer = this.sync.answer(0, this.state.build());

		assertThat(answer).containsOnlyKeys("categories", "full_update", "rid", "server_state", "tags", "torrents",
				"trackers");
		assertThat(new ArrayList<>(answer.keySet())).isSorted();
		assertThat(answer).containsEntry("full_update", true).containsEntry("rid", 1);
		assertThat(torrents(answer)).containsOnlyKeys(A, B);
		assertThat(torrents(answer).get(A)).containsEntry("name", "multi")
			.containsEntry("category", "golden")
			.doesNotContainKey("hash");
		assertThat(section(answer, "categories")).containsOnlyKeys("golden", "other");
		assertThat(answer.get("tags")).isEqualTo(List.of("t1", "t2"));
		assertThat(section(answer, "trackers")).containsEntry(T1, List.of(A, B)).containsEntry(T2, List.of(A));
		assertThat(section(answer, "server_state")).containsEntry("dl_info_speed", 0L);
	}

	@Test
	void fullUpdateOmitsEmptySections() {
		Map<String, Object> answer = this.sync.answer(0, this.state.build());

		assertThat(answer).containsOnlyKeys("full_update", "rid", "server_state");
	}

	@Test
	void fullUpdateKeepsNullFieldsAsTheyAre() {
		this.state.torrent(A, "magnet", "", T1);
		this.state.torrents.get(A).put("private", null);

		Map<String, Object> answer = this.sync.answer(0, this.state.build());

		assertThat(torrents(answer).get(A)).containsEntry("private", null);
	}

	@Test
	void lastRidWithNothingChangedIsJustTheNextRid() {
		this.state.torrent(A, "multi", "golden", T1).category("golden", "").tags.add("t1");
		this.sync.answer(0, this.state.build());

		assertThat(this.sync.answer(1, this.state.build())).isEqualTo(Map.of("rid", 2));
		assertThat(this.sync.answer(2, this.state.build())).isEqualTo(Map.of("rid", 3));
	}

	@Test
	void changedFieldIsTheOnlyFieldSent() {
		this.state.torrent(A, "multi", "", T1).torrent(B, "single.bin", "", T1);
		this.sync.answer(0, this.state.build());
		this.state.torrents.get(A).put("name", "multi-renamed");

		Map<String, Object> answer = this.sync.answer(1, this.state.build());

		assertThat(answer).isEqualTo(Map.of("rid", 2, "torrents", Map.of(A, Map.of("name", "multi-renamed"))));
	}

	@Test
	void addedTorrentIsSentWholeWithoutNullFieldsWithItsTrackers() {
		this.state.torrent(A, "multi", "", T1);
		this.sync.answer(0, this.state.build());
		this.state.torrent(B, "new", "", T1, T2);
		this.state.torrents.get(B).put("private", null);

		Map<String, Object> answer = this.sync.answer(1, this.state.build());

		Map<String, Object> expected = new TreeMap<>(this.state.torrents.get(B));
		expected.remove("private");
		assertThat(torrents(answer)).containsOnlyKeys(B);
		assertThat(torrents(answer).get(B)).isEqualTo(expected);
		assertThat(section(answer, "trackers")).isEqualTo(Map.of(T1, List.of(A, B), T2, List.of(B)));
		assertThat(answer).containsOnlyKeys("rid", "torrents", "trackers");
	}

	@Test
	void removedTorrentIsListedAndItsTrackersUpdated() {
		this.state.torrent(A, "multi", "", T1, T2).torrent(B, "single.bin", "", T1);
		this.sync.answer(0, this.state.build());
		this.state.remove(B);

		Map<String, Object> answer = this.sync.answer(1, this.state.build());

		assertThat(answer)
			.isEqualTo(Map.of("rid", 2, "torrents_removed", List.of(B), "trackers", Map.of(T1, List.of(A))));
	}

	@Test
	void trackerNoTorrentUsesAnyMoreIsRemoved() {
		this.state.torrent(A, "multi", "", T1, T2).torrent(B, "single.bin", "", T1);
		this.sync.answer(0, this.state.build());
		this.state.remove(A);

		Map<String, Object> answer = this.sync.answer(1, this.state.build());

		assertThat(answer).containsEntry("trackers", Map.of(T1, List.of(B)))
			.containsEntry("trackers_removed", List.of(T2))
			.containsEntry("torrents_removed", List.of(A));
	}

	@Test
	void trackerAddedToATorrentSendsTheCompleteListOfThatUrlOnly() {
		this.state.torrent(A, "multi", "", T1).torrent(B, "single.bin", "", T1);
		this.sync.answer(0, this.state.build());
		this.state.trackers.put(B, List.of(T1, T2));

		Map<String, Object> answer = this.sync.answer(1, this.state.build());

		assertThat(answer).isEqualTo(Map.of("rid", 2, "trackers", Map.of(T2, List.of(B))));
	}

	@Test
	void reorderedTrackersOfATorrentAreNoChange() {
		this.state.torrent(A, "multi", "", T1, T2);
		this.sync.answer(0, this.state.build());
		this.state.trackers.put(A, List.of(T2, T1));

		assertThat(this.sync.answer(1, this.state.build())).isEqualTo(Map.of("rid", 2));
	}

	@Test
	void newCategoryIsSentWholeAndChangedCategoryOnlyItsChangedFields() {
		this.state.category("movies", "/a").category("tv", "/b");
		this.sync.answer(0, this.state.build());
		this.state.category("tv", "/new").category("music", "");

		Map<String, Object> answer = this.sync.answer(1, this.state.build());

		assertThat(answer).isEqualTo(Map.of("rid", 2, "categories",
				Map.of("tv", Map.of("savePath", "/new"), "music", Map.of("name", "music", "savePath", ""))));
	}

	@Test
	void removedCategoryIsListed() {
		this.state.category("movies", "/a").category("third", "");
		this.sync.answer(0, this.state.build());
		this.state.categories.remove("third");

		assertThat(this.sync.answer(1, this.state.build()))
			.isEqualTo(Map.of("rid", 2, "categories_removed", List.of("third")));
	}

	@Test
	void onlyNewTagsAreSentAndDeletedOnesListed() {
		this.state.tags.addAll(List.of("t1", "t2", "t3"));
		this.sync.answer(0, this.state.build());
		this.state.tags.remove("t3");
		this.state.tags.add("t4");

		assertThat(this.sync.answer(1, this.state.build()))
			.isEqualTo(Map.of("rid", 2, "tags", List.of("t4"), "tags_removed", List.of("t3")));
	}

	@Test
	void onlyChangedServerStateKeysAreSent() {
		this.sync.answer(0, this.state.build());
		this.state.serverState.put("dl_info_speed", 1234L);

		assertThat(this.sync.answer(1, this.state.build()))
			.isEqualTo(Map.of("rid", 2, "server_state", Map.of("dl_info_speed", 1234L)));
	}

	@Test
	void goldenChangeSequenceGivesTheCapturedPartialAnswers() {
		// the steps of the golden capture (sync_maindata_ridN_after_change/after_remove)
		this.state.torrent(A, "multi", "golden", T1, T2).torrent(B, "single.bin", "", T1);
		this.state.category("golden", "/srv/golden").category("other", "");
		this.state.tags.addAll(List.of("t1", "t2"));
		this.sync.answer(0, this.state.build());
		assertThat(this.sync.answer(1, this.state.build())).isEqualTo(Map.of("rid", 2));

		this.state.torrents.get(B).put("category", "other");
		this.state.torrents.get(A).put("tags", "t1, t2");
		this.state.tags.add("t3");
		this.state.torrents.get(A).put("name", "multi-renamed");
		this.state.category("third", "");
		assertThat(this.sync.answer(2, this.state.build())).isEqualTo(Map.of("rid", 3, "categories",
				Map.of("third", Map.of("name", "third", "savePath", "")), "tags", List.of("t3"), "torrents",
				Map.of(A, Map.of("name", "multi-renamed", "tags", "t1, t2"), B, Map.of("category", "other"))));

		this.state.categories.remove("third");
		this.state.tags.remove("t3");
		this.state.remove(B);
		assertThat(this.sync.answer(3, this.state.build()))
			.isEqualTo(Map.of("rid", 4, "categories_removed", List.of("third"), "tags_removed", List.of("t3"),
					"torrents_removed", List.of(B), "trackers", Map.of(T1, List.of(A))));
	}

	@Test
	void bogusRidGetsAFullUpdate() {
		this.state.torrent(A, "multi", "", T1);
		this.sync.answer(0, this.state.build());
		this.sync.answer(1, this.state.build());

		Map<String, Object> answer = this.sync.answer(999_999, this.state.build());

		assertThat(answer).containsEntry("full_update", true).containsEntry("rid", 3);
		assertThat(torrents(answer)).containsOnlyKeys(A);
	}

	@Test
	void ridZeroAfterPartialsGetsAFullUpdateAgain() {
		this.state.torrent(A, "multi", "", T1);
		this.sync.answer(0, this.state.build());
		this.sync.answer(1, this.state.build());

		assertThat(this.sync.answer(0, this.state.build())).containsEntry("full_update", true).containsEntry("rid", 3);
	}

	@Test
	void negativeRidGetsAFullUpdate() {
		this.sync.answer(0, this.state.build());

		assertThat(this.sync.answer(-1, this.state.build())).containsEntry("full_update", true);
	}

	@Test
	void olderUnacknowledgedRidGetsAFullUpdate() {
		this.state.torrent(A, "multi", "", T1);
		this.sync.answer(0, this.state.build());
		this.sync.answer(1, this.state.build());
		this.sync.answer(2, this.state.build());

		// rid 1 was acknowledged, then 2 replaced it: 1 is neither the last sent nor the
		// accepted one
		assertThat(this.sync.answer(1, this.state.build())).containsEntry("full_update", true);
	}

	@Test
	void resentAcknowledgedRidGetsEveryChangeSinceItMerged() {
		this.state.torrent(A, "multi", "", T1).torrent(B, "single.bin", "", T1);
		this.state.tags.add("t1");
		this.sync.answer(0, this.state.build());
		this.state.torrents.get(A).put("name", "first");
		this.state.serverState.put("dl_info_speed", 10L);
		assertThat(this.sync.answer(1, this.state.build())).containsKey("torrents");

		// the answer with rid 2 was lost: the client sends rid 1 again
		this.state.torrents.get(A).put("category", "c");
		this.state.serverState.put("up_info_speed", 5L);
		this.state.remove(B);
		this.state.tags.add("t2");
		Map<String, Object> answer = this.sync.answer(1, this.state.build());

		assertThat(answer).containsEntry("rid", 3)
			.containsEntry("torrents", Map.of(A, Map.of("name", "first", "category", "c")))
			.containsEntry("torrents_removed", List.of(B))
			.containsEntry("tags", List.of("t2"))
			.containsEntry("server_state", Map.of("dl_info_speed", 10L, "up_info_speed", 5L))
			.doesNotContainKey("full_update");

		// acknowledging rid 3 clears what was buffered
		assertThat(this.sync.answer(3, this.state.build())).isEqualTo(Map.of("rid", 4));
	}

	@Test
	void torrentAddedAndRemovedBetweenPollsIsOnlyListedAsRemoved() {
		this.state.torrent(A, "multi", "", T1);
		this.sync.answer(0, this.state.build());
		this.sync.answer(1, this.state.build());
		this.state.torrent(B, "brief", "", T2);
		this.sync.answer(2, this.state.build());
		this.state.remove(B);

		// rid 2 re-sent: B was added and removed since the acknowledged answer
		Map<String, Object> answer = this.sync.answer(2, this.state.build());

		assertThat(answer).doesNotContainKey("torrents")
			.containsEntry("torrents_removed", List.of(B))
			.containsEntry("trackers_removed", List.of(T2));
	}

	@Test
	void tagDeletedAndCreatedAgainBetweenPollsIsOnlyListedAsNew() {
		this.state.tags.add("t1");
		this.sync.answer(0, this.state.build());
		this.sync.answer(1, this.state.build());
		this.state.tags.remove("t1");
		this.sync.answer(2, this.state.build());
		this.state.tags.add("t1");

		assertThat(this.sync.answer(2, this.state.build())).isEqualTo(Map.of("rid", 4, "tags", List.of("t1")));
	}

	@Test
	void ridCyclesFromOneMillionBackToOne() {
		Map<String, Object> answer = this.sync.answer(0, this.state.build());
		for (int i = 0; i < SyncRid.MAX - 1; i++) {
			answer = this.sync.answer((int) answer.get("rid"), this.state.build());
		}
		assertThat(answer).isEqualTo(Map.of("rid", SyncRid.MAX));

		this.state.torrent(A, "after wrap", "", T1);
		answer = this.sync.answer(SyncRid.MAX, this.state.build());

		assertThat(answer).containsEntry("rid", 1).doesNotContainKey("full_update").containsKey("torrents");
		assertThat(this.sync.answer(1, this.state.build())).isEqualTo(Map.of("rid", 2));
	}

	@Test
	void answersAreNotChangedByLaterRequests() {
		this.state.torrent(A, "multi", "", T1);
		this.sync.answer(0, this.state.build());
		this.state.torrents.get(A).put("name", "one");
		Map<String, Object> first = this.sync.answer(1, this.state.build());
		this.state.torrents.get(A).put("name", "two");
		this.sync.answer(1, this.state.build());

		assertThat(first).isEqualTo(Map.of("rid", 2, "torrents", Map.of(A, Map.of("name", "one"))));
	}

	@Test
	void tenThousandTorrentsWithOneChangeGiveOnlyThatChange() {
		for (int i = 0; i < 10_000; i++) {
			this.state.torrent("%040x".formatted(i), "t" + i, "", (i % 2 == 0) ? T1 : T2);
		}
		this.sync.answer(0, this.state.build());
		this.state.torrents.get("%040x".formatted(77)).put("progress", 0.5);

		Map<String, Object> answer = this.sync.answer(1, this.state.build());

		assertThat(answer)
			.isEqualTo(Map.of("rid", 2, "torrents", Map.of("%040x".formatted(77), Map.of("progress", 0.5))));
	}

	@Test
	void changedFieldsAreFoundWhateverTheKeyOrder() {
		Map<String, Object> previous = new LinkedHashMap<>();
		previous.put("a", 1);
		previous.put("b", 2);
		previous.put("c", 3);
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("c", 3);
		now.put("new", null);
		now.put("a", 9);
		now.put("b", 2);

		assertThat(MainDataSync.changedFields(previous, now)).isEqualTo(Map.of("a", 9));
		assertThat(MainDataSync.changedFields(previous, new LinkedHashMap<>(previous))).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> torrents(Map<String, Object> answer) {
		return (Map<String, Map<String, Object>>) answer.get("torrents");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(Map<String, Object> answer, String key) {
		return (Map<String, Object>) answer.get(key);
	}

	/**
	 * A mutable engine state; {@link #build} serialises it afresh, as the controller does
	 * per request.
	 */
	private static final class State {

		final Map<String, Map<String, @Nullable Object>> torrents = new LinkedHashMap<>();

		final Map<String, Map<String, @Nullable Object>> categories = new LinkedHashMap<>();

		final List<String> tags = new ArrayList<>();

		final Map<String, List<String>> trackers = new LinkedHashMap<>();

		final Map<String, @Nullable Object> serverState = new TreeMap<>(
				Map.of("dl_info_speed", 0L, "up_info_speed", 0L, "connection_status", "firewalled", "queueing", true));

		State torrent(String hash, String name, String category, String... trackerUrls) {
			Map<String, @Nullable Object> torrent = new TreeMap<>();
			torrent.put("name", name);
			torrent.put("category", category);
			torrent.put("tags", "");
			torrent.put("progress", 0.0);
			torrent.put("size", 397890L);
			torrent.put("state", "stoppedDL");
			this.torrents.put(hash, torrent);
			this.trackers.put(hash, List.of(trackerUrls));
			return this;
		}

		State category(String name, String savePath) {
			this.categories.put(name, new TreeMap<>(Map.of("name", name, "savePath", savePath)));
			return this;
		}

		void remove(String hash) {
			this.torrents.remove(hash);
			this.trackers.remove(hash);
		}

		MainData build() {
			Map<String, Map<String, @Nullable Object>> torrentCopies = new LinkedHashMap<>();
			this.torrents.forEach((hash, fields) -> torrentCopies.put(hash, new TreeMap<>(fields)));
			Map<String, Map<String, @Nullable Object>> categoryCopies = new LinkedHashMap<>();
			this.categories.forEach((name, fields) -> categoryCopies.put(name, new TreeMap<>(fields)));
			return new MainData(torrentCopies, categoryCopies, List.copyOf(this.tags),
					new LinkedHashMap<>(this.trackers), new TreeMap<>(this.serverState));
		}

	}

}
