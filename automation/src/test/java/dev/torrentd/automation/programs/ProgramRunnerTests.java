package dev.torrentd.automation.programs;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.automation.EventProgramSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramRunnerTests {

	@TempDir
	Path dir;

	private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);

	{
		// a cancelled poll leaves the queue, so the queue shows what is scheduled
		this.scheduler.setRemoveOnCancelPolicy(true);
	}

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	@BeforeEach
	void listen() {
		this.logs.start();
		((Logger) LoggerFactory.getLogger(ProgramRunner.class)).addAppender(this.logs);
	}

	@AfterEach
	void stop() {
		this.scheduler.shutdownNow();
		((Logger) LoggerFactory.getLogger(ProgramRunner.class)).detachAppender(this.logs);
	}

	@Test
	void anUnparsableCommandIsKeptAndReportedOnceInOneLine() {
		ProgramRunner runner = new ProgramRunner(FakeEngine.with(List.of()), this.dir, AutomationOptions.defaults(),
				this.scheduler);
		EventProgramSettings settings = EventProgramSettings.NONE
			.withOnFinished(new EventProgram(true, "/bin/done '%N", Placeholders.QBITTORRENT));
		runner.apply(settings);
		runner.apply(settings);
		assertThat(runner.settings()).isEqualTo(settings);
		assertThat(this.logs.list).singleElement().satisfies((event) -> {
			assertThat(event.getLevel()).isEqualTo(Level.WARN);
			assertThat(event.getFormattedMessage())
				.isEqualTo("The on-finished program will not run: unterminated single quote in command: /bin/done '%N");
		});
	}

	@Test
	void aDisabledOrEmptyProgramIsNotChecked() {
		ProgramRunner runner = new ProgramRunner(FakeEngine.with(List.of()), this.dir, AutomationOptions.defaults(),
				this.scheduler);
		runner.apply(new EventProgramSettings(new EventProgram(false, "'", Placeholders.QBITTORRENT),
				new EventProgram(true, "  ", Placeholders.UTORRENT), EventProgram.NONE));
		assertThat(this.logs.list).isEmpty();
	}

	@Test
	void aClosedRunnerNeverPollsAndStartingTwicePollsOnce() {
		ProgramRunner runner = new ProgramRunner(FakeEngine.with(List.of()), this.dir, AutomationOptions.defaults(),
				this.scheduler);
		runner.close();
		runner.start();
		assertThat(this.scheduler.getQueue()).as("started after close").isEmpty();
		runner.close();
		ProgramRunner other = new ProgramRunner(FakeEngine.with(List.of()), this.dir, AutomationOptions.defaults(),
				this.scheduler);
		other.start();
		other.start();
		assertThat(this.scheduler.getQueue()).as("started twice").hasSize(1);
		other.close();
		other.close();
		assertThat(this.scheduler.getQueue()).as("closed twice").isEmpty();
	}

}
