package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.util.Map;

import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.engine.ShareLimitAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngineSettingsFileTests {

	private final EngineSettings configured = EngineSettings.defaults(Path.of("/downloads"));

	@Test
	void storedSettingsOverrideTheConfiguredOnes() {
		EngineSettings changed = this.configured.toBuilder()
			.listenInterfaces("127.0.0.1:7000")
			.dht(false)
			.protocols(PeerProtocols.TCP)
			.encryption(EncryptionMode.REQUIRE)
			.downloadLimit(1_000_000)
			.queueingEnabled(false)
			.maxActiveDownloads(9)
			.defaultSavePath(Path.of("/elsewhere"))
			.contentLayout(ContentLayout.SUBFOLDER)
			.shareLimits(new GlobalShareLimits(2.5, 120, 30, ShareLimitAction.REMOVE))
			.incompleteSavePath(Path.of("/incomplete"))
			.build();

		EngineSettings back = EngineSettingsFile.read(this.configured, EngineSettingsFile.write(changed));

		assertThat(back).isEqualTo(changed);
	}

	@Test
	void withNothingStoredTheConfiguredSettingsApply() {
		assertThat(EngineSettingsFile.read(this.configured, Map.of())).isEqualTo(this.configured);
	}

	@Test
	void aPartlyStoredFileChangesOnlyWhatItHas() {
		EngineSettings back = EngineSettingsFile.read(this.configured, Map.of("upload-limit", "5000"));

		assertThat(back).isEqualTo(this.configured.toBuilder().uploadLimit(5000).build());
	}

	@Test
	void onlySettingsChangedAtRuntimeAreStoredSoTheOthersFollowTheConfiguration() {
		EngineSettings runtime = this.configured.toBuilder().uploadLimit(5000).build();

		assertThat(EngineSettingsFile.write(runtime, this.configured)).containsOnlyKeys("upload-limit");
	}

	@Test
	void anUnreadableStoredValueIsIgnored() {
		EngineSettings back = EngineSettingsFile.read(this.configured,
				Map.of("max-uploads", "many", "dht", "false", "encryption", "ROT13"));

		assertThat(back).isEqualTo(this.configured.toBuilder().dht(false).build());
	}

	@Test
	void anIncompleteFolderTurnedOffAtRuntimeStaysOffOverAConfiguredOne() {
		EngineSettings configured = this.configured.toBuilder().incompleteSavePath(Path.of("/incomplete")).build();
		EngineSettings off = configured.toBuilder().incompleteSavePath(null).build();

		Map<String, String> stored = EngineSettingsFile.write(off, configured);

		assertThat(stored).containsExactly(Map.entry("incomplete-save-path", ""));
		assertThat(EngineSettingsFile.read(configured, stored).incompleteSavePath()).isNull();
	}

	@Test
	void theIncompleteFolderIsOffByDefaultAndNotStoredWhileItIsAsConfigured() {
		assertThat(this.configured.incompleteSavePath()).isNull();
		assertThat(EngineSettingsFile.write(this.configured, this.configured)).isEmpty();
		EngineSettings on = this.configured.toBuilder().incompleteSavePath(Path.of("/incomplete")).build();
		assertThat(EngineSettingsFile.read(this.configured, EngineSettingsFile.write(on, this.configured))
			.incompleteSavePath()).isEqualTo(Path.of("/incomplete"));
	}

}
