package dev.torrentd.qbittorrent.wire;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.StopCondition;
import dev.torrentd.engine.TorrentSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddRequestTests {

	@Test
	void withoutOptionsEverythingIsTheEngineDefault() {
		AddRequest request = AddRequest.parse(Map.<String, String>of()::get);
		assertThat(request.urls()).isEmpty();
		assertThat(request.options()).isEqualTo(AddOptions.defaults());
	}

	@Test
	void readsEveryOptionOfWebApi2114() {
		Map<String, String> params = Map.ofEntries(Map.entry("savepath", "/data/tv"), Map.entry("category", "tv"),
				Map.entry("tags", "a, b,,c "), Map.entry("rename", "New name"), Map.entry("upLimit", "1000"),
				Map.entry("dlLimit", "-1"), Map.entry("ratioLimit", "1.5"), Map.entry("seedingTimeLimit", "60"),
				Map.entry("inactiveSeedingTimeLimit", "-1"), Map.entry("shareLimitAction", "Remove"),
				Map.entry("autoTMM", "False"), Map.entry("stopCondition", "MetadataReceived"),
				Map.entry("contentLayout", "NoSubfolder"), Map.entry("skip_checking", "true"),
				Map.entry("sequentialDownload", "TRUE"), Map.entry("firstLastPiecePrio", "true"),
				Map.entry("forced", "true"), Map.entry("addToTopOfQueue", "true"), Map.entry("stopped", "true"));
		AddOptions options = AddRequest.parse(params::get).options();
		assertThat(options.savePath()).isEqualTo(Path.of("/data/tv"));
		assertThat(options.category()).isEqualTo("tv");
		assertThat(options.tags()).containsExactlyInAnyOrder("a", "b", "c");
		assertThat(options.name()).isEqualTo("New name");
		assertThat(options.uploadLimitBytesPerSecond()).isEqualTo(1000);
		assertThat(options.downloadLimitBytesPerSecond()).isZero();
		assertThat(options.shareLimits()).isEqualTo(new ShareLimits(1.5, 60, -1, ShareLimitAction.REMOVE));
		assertThat(options.autoManagedSavePath()).isFalse();
		assertThat(options.stopCondition()).isEqualTo(StopCondition.METADATA_RECEIVED);
		assertThat(options.contentLayout()).isEqualTo(ContentLayout.NO_SUBFOLDER);
		assertThat(options.skipChecking()).isTrue();
		assertThat(options.sequentialDownload()).isTrue();
		assertThat(options.firstLastPiecePriority()).isTrue();
		assertThat(options.forceStart()).isTrue();
		assertThat(options.addToTopOfQueue()).isTrue();
		assertThat(options.stopped()).isTrue();
	}

	@Test
	void theOldPausedNameStopsTooButStoppedWins() {
		assertThat(AddRequest.parse(Map.of("paused", "true")::get).options().stopped()).isTrue();
		assertThat(AddRequest.parse(Map.of("paused", "true", "stopped", "false")::get).options().stopped()).isFalse();
	}

	@Test
	void booleansOtherThanTrueOrFalseCountAsAbsent() {
		AddOptions options = AddRequest.parse(Map.of("stopped", "1", "autoTMM", "yes")::get).options();
		// absent: the engine's "add stopped" setting decides
		assertThat(options.stopped()).isNull();
		assertThat(options.autoManagedSavePath()).isNull();
	}

	@Test
	void anInvalidCategoryNameAddsUncategorised() {
		assertThat(AddRequest.parse(Map.of("category", "bad\\name")::get).options().category()).isEmpty();
	}

	@Test
	void shareLimitsBelowMinusTwoOrNotFiniteMeanNoLimitAsQbittorrentClampsThem() {
		assertThat(AddRequest.parse(Map.of("ratioLimit", "-3")::get).options().shareLimits().ratioLimit())
			.isEqualTo(ShareLimits.NO_LIMIT);
		assertThat(AddRequest.parse(Map.of("ratioLimit", "Infinity")::get).options().shareLimits().ratioLimit())
			.isEqualTo(ShareLimits.NO_LIMIT);
		assertThat(AddRequest.parse(Map.of("ratioLimit", "1e999")::get).options().shareLimits().ratioLimit())
			.isEqualTo(ShareLimits.NO_LIMIT);
	}

	@Test
	void urlsAreTrimmedNonBlankLines() {
		AddRequest request = AddRequest
			.parse(Map.of("urls", " magnet:?xt=urn:btih:abc \r\n\n http://x/y.torrent")::get);
		assertThat(request.urls()).containsExactly("magnet:?xt=urn:btih:abc", "http://x/y.torrent");
	}

	@Test
	void aBareInfoHashBecomesAMagnet() {
		assertThat(AddRequest.source("0282DD156EAC44BA0B76CE227E775234A322A781"))
			.contains(new TorrentSource.Magnet("magnet:?xt=urn:btih:0282dd156eac44ba0b76ce227e775234a322a781"));
		assertThat(AddRequest.source("a".repeat(64)))
			.contains(new TorrentSource.Magnet("magnet:?xt=urn:btmh:1220" + "a".repeat(64)));
	}

	@Test
	void httpLinksAreRemoteAndAnythingElseIsNoSource() {
		assertThat(AddRequest.source("https://indexer.example/dl?id=1"))
			.contains(new TorrentSource.Remote(URI.create("https://indexer.example/dl?id=1")));
		assertThat(AddRequest.source("MAGNET:?xt=urn:btih:x"))
			.contains(new TorrentSource.Magnet("MAGNET:?xt=urn:btih:x"));
		assertThat(AddRequest.source("ftp://x/y")).isEmpty();
		assertThat(AddRequest.source("http://bad host/")).isEmpty();
		assertThat(AddRequest.source("/srv/local.torrent")).isEmpty();
	}

}
