package dev.torrentd.qbittorrent.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TorrentPeersSyncTests {

	private static final String A = "0282dd156eac44ba0b76ce227e775234a322a781";

	private static final String B = "ae45acbd6454d0dedd1ca10e88f7ca724a25092e";

	private final TorrentPeersSync sync = new TorrentPeersSync();

	@Test
	void firstAnswerIsFullEvenWithoutPeersAsTheGoldenCapture() {
		assertThat(this.sync.answer(0, A, Map.of(), false))
			.isEqualTo(Map.of("full_update", true, "peers", Map.of(), "rid", 1, "show_flags", false));
	}

	@Test
	void lastRidWithoutChangesIsJustTheNextRid() {
		this.sync.answer(0, A, peers(peer("1.2.3.4", 10)), false);

		assertThat(this.sync.answer(1, A, peers(peer("1.2.3.4", 10)), false)).isEqualTo(Map.of("rid", 2));
	}

	@Test
	void partialHasChangedFieldsNewPeersAndRemovedPeers() {
		this.sync.answer(0, A, peers(peer("1.2.3.4", 10), peer("5.6.7.8", 0)), false);
		Map<String, Map<String, @Nullable Object>> now = peers(peer("1.2.3.4", 99), peer("::1", 0));

		Map<String, Object> answer = this.sync.answer(1, A, now, false);

		assertThat(answer).isEqualTo(Map.of("rid", 2, "peers",
				Map.of("1.2.3.4:6881", Map.of("dl_speed", 99L), "[::1]:6881", now.get("[::1]:6881")), "peers_removed",
				List.of("5.6.7.8:6881")));
	}

	@Test
	void showFlagsIsSentInAPartialOnlyWhenItChanged() {
		this.sync.answer(0, A, Map.of(), false);

		assertThat(this.sync.answer(1, A, Map.of(), true)).isEqualTo(Map.of("rid", 2, "show_flags", true));
	}

	@Test
	void anotherTorrentWithTheSameRidGetsAFullUpdate() {
		this.sync.answer(0, A, peers(peer("1.2.3.4", 10)), false);

		Map<String, Object> answer = this.sync.answer(1, B, peers(peer("5.6.7.8", 0)), false);

		assertThat(answer).containsEntry("full_update", true).containsEntry("rid", 2);
		assertThat(answer.get("peers")).isEqualTo(peers(peer("5.6.7.8", 0)));
	}

	@Test
	void resentAcknowledgedRidDiffsAgainstTheAcknowledgedAnswer() {
		this.sync.answer(0, A, peers(peer("1.2.3.4", 10)), false);
		this.sync.answer(1, A, peers(peer("1.2.3.4", 20)), false);

		assertThat(this.sync.answer(1, A, peers(peer("1.2.3.4", 30)), false))
			.isEqualTo(Map.of("rid", 3, "peers", Map.of("1.2.3.4:6881", Map.of("dl_speed", 30L))));
	}

	@Test
	void unknownRidGetsAFullUpdate() {
		this.sync.answer(0, A, Map.of(), false);

		assertThat(this.sync.answer(77, A, Map.of(), false)).containsEntry("full_update", true);
	}

	private static Map<String, @Nullable Object> peer(String ip, long dlSpeed) {
		Map<String, @Nullable Object> peer = new TreeMap<>();
		peer.put("ip", ip);
		peer.put("port", 6881);
		peer.put("dl_speed", dlSpeed);
		peer.put("flags", "K ?");
		return peer;
	}

	@SafeVarargs
	private static Map<String, Map<String, @Nullable Object>> peers(Map<String, @Nullable Object>... peers) {
		Map<String, Map<String, @Nullable Object>> map = new LinkedHashMap<>();
		for (Map<String, @Nullable Object> peer : peers) {
			String ip = (String) peer.get("ip");
			map.put((ip.contains(":") ? "[" + ip + "]" : ip) + ":6881", peer);
		}
		return map;
	}

}
