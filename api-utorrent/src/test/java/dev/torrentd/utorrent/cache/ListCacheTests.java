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
		ListCache.Answer answer = this.cache.answer(null, rows("A", 1, "B", 2));
		assertThat(answer.full()).isTrue();
		assertThat(answer.all()).hasSize(2);
		assertThat(Integer.parseInt(answer.cid())).isPositive();
		assertThat(this.cache.answer("undefined", rows("A", 1)).full()).isTrue();
		assertThat(this.cache.answer("12345", rows("A", 1)).full()).isTrue();
	}

	@Test
	void aKnownCacheIdGetsChangedAndRemovedOnly() {
		ListCache.Answer first = this.cache.answer(null, rows("A", 1, "B", 2, "C", 3));
		ListCache.Answer second = this.cache.answer(first.cid(), rows("A", 1, "B", 20, "D", 4));
		assertThat(second.full()).isFalse();
		assertThat(second.changed()).containsExactly(List.of("B", 20), List.of("D", 4));
		assertThat(second.removed()).containsExactly("C");
		assertThat(second.cid()).isNotEqualTo(first.cid());
	}

	@Test
	void anOlderCacheIdStillWorksForASecondClient() {
		ListCache.Answer tabOne = this.cache.answer(null, rows("A", 1));
		ListCache.Answer tabTwo = this.cache.answer(null, rows("A", 1));
		this.cache.answer(tabTwo.cid(), rows("A", 2));
		ListCache.Answer again = this.cache.answer(tabOne.cid(), rows("A", 2));
		assertThat(again.changed()).containsExactly(List.of("A", 2));
	}

	@Test
	void onlyTheMostRecentListsAreRemembered() {
		ListCache.Answer oldest = this.cache.answer(null, rows("A", 1));
		for (int i = 0; i < ListCache.CAPACITY; i++) {
			this.cache.answer(null, rows("A", 1));
		}
		assertThat(this.cache.answer(oldest.cid(), rows("A", 1)).full()).isTrue();
	}

	private static Map<String, List<Object>> rows(Object... hashAndValue) {
		Map<String, List<Object>> rows = new LinkedHashMap<>();
		for (int i = 0; i < hashAndValue.length; i += 2) {
			rows.put((String) hashAndValue[i], List.of(hashAndValue[i], hashAndValue[i + 1]));
		}
		return rows;
	}

}
