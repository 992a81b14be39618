package dev.torrentd.app.launch;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UtserverCommandLineTests {

	@Test
	void utserversArgumentsAreReadAndTheOthersPassThroughInOrder() {
		UtserverCommandLine line = UtserverCommandLine.parse("--server.port=9090", "-configfile", "/etc/utserver.conf",
				"-settingspath", "/var/lib/ut", "--debug", "-pidfile", "/run/ut.pid", "-logfile", "/var/log/ut.log");

		assertThat(line.configFile()).isEqualTo(Path.of("/etc/utserver.conf"));
		assertThat(line.settingsPath()).isEqualTo(Path.of("/var/lib/ut"));
		assertThat(line.pidFile()).isEqualTo(Path.of("/run/ut.pid"));
		assertThat(line.logFile()).isEqualTo(Path.of("/var/log/ut.log"));
		assertThat(line.daemon()).isFalse();
		assertThat(line.usage()).isFalse();
		assertThat(line.remainingArgs()).containsExactly("--server.port=9090", "--debug");
	}

	@Test
	void keywordsAreCaseInsensitive() {
		UtserverCommandLine line = UtserverCommandLine.parse("-ConfigFile", "a.conf", "-DAEMON", "-Usage");

		assertThat(line.configFile()).isEqualTo(Path.of("a.conf"));
		assertThat(line.daemon()).isTrue();
		assertThat(line.usage()).isTrue();
		assertThat(line.remaining()).isEmpty();
	}

	@Test
	void logfileWithoutAPathLogsToUtserverLog() {
		assertThat(UtserverCommandLine.parse("-logfile").logFile()).isEqualTo(Path.of("utserver.log"));
		UtserverCommandLine beforeAnother = UtserverCommandLine.parse("-logfile", "-daemon");
		assertThat(beforeAnother.logFile()).isEqualTo(Path.of("utserver.log"));
		assertThat(beforeAnother.daemon()).isTrue();
		UtserverCommandLine beforeSpring = UtserverCommandLine.parse("-logfile", "--server.port=1");
		assertThat(beforeSpring.logFile()).isEqualTo(Path.of("utserver.log"));
		assertThat(beforeSpring.remaining()).containsExactly("--server.port=1");
	}

	@Test
	void aKeywordThatNeedsAValueWithoutOneIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> UtserverCommandLine.parse("-configfile"))
			.withMessage("-configfile needs a value");
		assertThatIllegalArgumentException().isThrownBy(() -> UtserverCommandLine.parse("-pidfile", ""));
		assertThatIllegalArgumentException().isThrownBy(() -> UtserverCommandLine.parse("--x=y", "-settingspath"));
	}

	@Test
	void springArgumentsAndUnknownSingleDashArgumentsAreNotTouched() {
		UtserverCommandLine line = UtserverCommandLine.parse("--configfile=x", "-x", "-", "plain", "--");

		assertThat(line.configFile()).isNull();
		assertThat(line.remaining()).containsExactly("--configfile=x", "-x", "-", "plain", "--");
	}

	@Test
	void withoutArgumentsNothingIsSet() {
		UtserverCommandLine line = UtserverCommandLine.parse();

		assertThat(line).isEqualTo(new UtserverCommandLine(null, null, null, null, false, false, java.util.List.of()));
	}

	@Test
	void theUsageNamesEveryArgument() {
		assertThat(UtserverCommandLine.USAGE).contains("-configfile", "-settingspath", "-logfile", "-pidfile",
				"-daemon", "-usage", "--<property>=<value>");
	}

}
