package dev.torrentd.automation.programs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramStoreTests {

	@TempDir
	Path dir;

	@Test
	void nothingSavedIsNoPrograms() {
		assertThat(new ProgramStore(this.dir).load()).isEqualTo(EventProgramSettings.NONE);
	}

	@Test
	void savedProgramsAreLoadedAsTheyWere() {
		EventProgramSettings settings = EventProgramSettings.NONE
			.withOnAdded(new EventProgram(true, "/bin/added \"%N\"", Placeholders.QBITTORRENT))
			.withOnFinished(new EventProgram(false, "/bin/done %D", Placeholders.UTORRENT))
			.withOnStateChanged(new EventProgram(true, "echo %S %P >> /tmp/log", Placeholders.UTORRENT));
		new ProgramStore(this.dir).save(settings);
		assertThat(new ProgramStore(this.dir).load()).isEqualTo(settings);
	}

	@Test
	void aMissingEntryIsNoProgram() throws Exception {
		Files.writeString(this.dir.resolve(ProgramStore.FILE),
				"{\"onFinished\":{\"enabled\":true,\"command\":\"/bin/done\",\"placeholders\":\"UTORRENT\"}}");
		assertThat(new ProgramStore(this.dir).load()).isEqualTo(
				EventProgramSettings.NONE.withOnFinished(new EventProgram(true, "/bin/done", Placeholders.UTORRENT)));
	}

	@Test
	void anUnreadableFileIsSetAsideAndNoProgramsRun() throws Exception {
		Files.writeString(this.dir.resolve(ProgramStore.FILE), "{not json", StandardCharsets.UTF_8);
		assertThat(new ProgramStore(this.dir).load()).isEqualTo(EventProgramSettings.NONE);
		assertThat(this.dir.resolve(ProgramStore.FILE + ".corrupt")).hasContent("{not json");
		assertThat(this.dir.resolve(ProgramStore.FILE)).doesNotExist();
	}

	@Test
	void theRunnerKeepsWhatItIsGivenAcrossRestarts() {
		EventProgramSettings settings = EventProgramSettings.NONE
			.withOnFinished(new EventProgram(true, "/bin/done %N", Placeholders.QBITTORRENT));
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		try {
			ProgramRunner runner = new ProgramRunner(FakeEngine.with(List.of()), this.dir, AutomationOptions.defaults(),
					scheduler);
			runner.start();
			runner.apply(settings);
			runner.close();
			assertThat(this.dir.resolve(ProgramStore.FILE)).exists();
			assertThat(new ProgramRunner(FakeEngine.with(List.of()), this.dir, AutomationOptions.defaults(), scheduler)
				.settings()).isEqualTo(settings);
		}
		finally {
			scheduler.shutdownNow();
		}
	}

}
