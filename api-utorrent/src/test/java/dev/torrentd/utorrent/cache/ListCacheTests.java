package dev.torrentd.utorrent.cache;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListCacheTests {

	private final ListCache cache = new ListCache(new Random(7));

	@Test
	void withoutAKnownCacheIdTheWholeListIsSentWithANewPositiveId() {
		ListCache.Answer answer = this.cache.answer(null, torrents("A", 1, "B", 2));
		assertThat(answer.full()).isTrue();
		assertThat(answer.torrents().all()).hasSize(2);
		assertThat(answer.feeds().all()).isEmpty();
		assertThat(answer.filters().all()).isEmpty();
		assertThat(Integer.parseInt(answer.cid())).isPositive();
		assertThat(this.cache.answer("undefined", torrents("A", 1)).full()).isTrue();
		assertThat(this.cache.answer("12345", torrents("A", 1)).full()).isTrue();
	}

	@Test
	void aKnownCacheIdGetsChangedAndRemovedOnly() {
		ListCache.Answer first = this.cache.answer(null, torrents("A", 1, "B", 2, "C", 3));
		ListCache.Answer second = this.cache.answer(first.cid(), torrents("A", 1, "B", 20, "D", 4));
		assertThat(second.full()).isFalse();
		assertThat(second.torrents().all()).isNull();
		assertThat(second.torrents().changed()).containsExactly(List.of("B", 20), List.of("D", 4));
		assertThat(second.torrents().removed()).containsExactly("C");
		assertThat(second.cid()).isNotEqualTo(first.cid());
	}

	@Test
	void feedsAndFiltersGetTheirOwnChangedRowsAndRemovedIdents() {
		ListCache.Answer first = this.cache.answer(null,
				new ListCache.Lists(Map.of(), idents(1, "feed one", 2, "feed two"), idents(7, "filter")));
		assertThat(first.feeds().all()).containsExactly(List.of(1, "feed one"), List.of(2, "feed two"));
		assertThat(first.filters().all()).containsExactly(List.of(7, "filter"));

		ListCache.Answer second = this.cache.answer(first.cid(),
				new ListCache.Lists(Map.of(), idents(2, "feed two", 3, "feed three"), idents(7, "filter changed")));

		assertThat(second.full()).isFalse();
		assertThat(second.torrents().changed()).isEmpty();
		assertThat(second.torrents().removed()).isEmpty();
		assertThat(second.feeds().changed()).containsExactly(List.of(3, "feed three"));
		assertThat(second.feeds().removed()).containsExactly(1);
		assertThat(second.filters().changed()).containsExactly(List.of(7, "filter changed"));
		assertThat(second.filters().removed()).isEmpty();

		ListCache.Answer third = this.cache.answer(second.cid(),
				new ListCache.Lists(Map.of(), idents(2, "feed two", 3, "feed three"), Map.of()));

		assertThat(third.feeds().changed()).isEmpty();
		assertThat(third.feeds().removed()).isEmpty();
		assertThat(third.filters().removed()).containsExactly(7);
	}

	@Test
	void anOlderCacheIdStillWorksForASecondClient() {
		ListCache.Answer tabOne = this.cache.answer(null, torrents("A", 1));
		ListCache.Answer tabTwo = this.cache.answer(null, torrents("A", 1));
		this.cache.answer(tabTwo.cid(), torrents("A", 2));
		ListCache.Answer again = this.cache.answer(tabOne.cid(), torrents("A", 2));
		assertThat(again.torrents().changed()).containsExactly(List.of("A", 2));
	}

	@Test
	void onlyTheMostRecentListsAreRemembered() {
		ListCache.Answer oldest = this.cache.answer(null, torrents("A", 1));
		for (int i = 0; i < ListCache.CAPACITY; i++) {
			this.cache.answer(null, torrents("A", 1));
		}
		assertThat(this.cache.answer(oldest.cid(), torrents("A", 1)).full()).isTrue();
	}

	private static ListCache.Lists torrents(Object... hashAndValue) {
		Map<String, List<Object>> rows = new LinkedHashMap<>();
		for (int i = 0; i < hashAndValue.length; i += 2) {
			rows.put((String) hashAndValue[i], List.of(hashAndValue[i], hashAndValue[i + 1]));
		}
		return ListCache.Lists.ofTorrents(rows);
	}

	private static Map<Integer, List<Object>> idents(Object... identAndValue) {
		Map<Integer, List<Object>> rows = new LinkedHashMap<>();
		for (int i = 0; i < identAndValue.length; i += 2) {
			rows.put((Integer) identAndValue[i], List.of(identAndValue[i], identAndValue[i + 1]));
		}
		return rows;
	}

}
