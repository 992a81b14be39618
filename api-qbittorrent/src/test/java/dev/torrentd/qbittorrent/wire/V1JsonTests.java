package dev.torrentd.qbittorrent.wire;

import java.util.Map;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class V1JsonTests {

	private static final GlobalShareLimits GLOBAL = GlobalShareLimits.none();

	@Test
	void torrentHasExactlyTheKeysOfQbittorrent404() {
		Map<String, Object> json = V1Json.torrent(GivenTorrent.downloading().build(), GLOBAL);

		assertThat(json.keySet()).containsExactlyInAnyOrderElementsOf(V1Json.TORRENT_KEYS);
		assertThat(json).doesNotContainKeys("content_path", "infohash_v1", "download_path", "private");
	}

	@Test
	void stoppedTorrentUsesPausedStateNamesAndNoLastActivity() {
		Torrent stopped = GivenTorrent.downloading().state(TorrentState.STOPPED).build();

		Map<String, Object> json = V1Json.torrent(stopped, GLOBAL);

		assertThat(json).containsEntry("state", "pausedDL").containsEntry("last_activity", 0L);
		assertThat(V1Json.torrent(GivenTorrent.seeding().state(TorrentState.STOPPED).build(), GLOBAL))
			.containsEntry("state", "pausedUP");
	}

	@Test
	void magnetWithoutMetadataHasNoFirstLastPiecePriority() {
		Torrent magnet = GivenTorrent.downloading().withoutMetadata().state(TorrentState.FETCHING_METADATA).build();

		assertThat(V1Json.torrent(magnet, GLOBAL)).doesNotContainKey("f_l_piece_prio").containsEntry("state", "metaDL");
	}

	@Test
	void forcedMetadataDownloadIsMetaDlAs40HadNoForcedMetaDl() {
		assertThat(V1Json.state("forcedMetaDL")).isEqualTo("metaDL");
		assertThat(V1Json.state("stalledUP")).isEqualTo("stalledUP");
	}

	@Test
	void propertiesHaveExactlyTheKeysOfQbittorrent404() {
		assertThat(V1Json.properties(GivenTorrent.seeding().build()).keySet())
			.containsExactlyInAnyOrderElementsOf(V1Json.PROPERTIES_KEYS);
	}

	@Test
	void trackerStatusIsEnglishText() {
		assertThat(V1Json.trackerStatus(1)).isEqualTo("Not contacted yet");
		assertThat(V1Json.trackerStatus(2)).isEqualTo("Working");
		assertThat(V1Json.trackerStatus(3)).isEqualTo("Updating...");
		assertThat(V1Json.trackerStatus(4)).isEqualTo("Not working");
	}

	@Test
	void filePrioritiesTwoToSixAreHigh() {
		assertThat(V1Json.filePriority(0)).isEqualTo(FilePriority.SKIP);
		assertThat(V1Json.filePriority(1)).isEqualTo(FilePriority.NORMAL);
		assertThat(V1Json.filePriority(2)).isEqualTo(FilePriority.HIGH);
		assertThat(V1Json.filePriority(7)).isEqualTo(FilePriority.MAXIMUM);
		assertThatIllegalArgumentException().isThrownBy(() -> V1Json.filePriority(8));
	}

}
