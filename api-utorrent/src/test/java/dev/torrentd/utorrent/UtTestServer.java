package dev.torrentd.utorrent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.torrentd.automation.Automation;
import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;
import dev.torrentd.engine.libtorrent.TestEngines;
import dev.torrentd.utorrent.auth.ServerAccount;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The µTorrent dialect on a real loopback engine and the real automation services (in a
 * fresh temporary directory per application context), with µTorrent Server's default
 * user: {@code admin} and a blank password. Tests:
 * {@code @SpringBootTest(classes = UtTestServer.class)}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(UtorrentApi.class)
public class UtTestServer {

	public static final String USERNAME = "admin";

	public static final String PASSWORD = "";

	private final Path dir;

	UtTestServer() {
		try {
			this.dir = Files.createTempDirectory("torrentd-ut-test");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Bean(destroyMethod = "close")
	LibtorrentEngine torrentEngine() {
		return TestEngines.open(this.dir);
	}

	@Bean(destroyMethod = "close")
	Automation automation(LibtorrentEngine torrentEngine) {
		return Automation.start(torrentEngine, this.dir.resolve("automation"), AutomationOptions.defaults());
	}

	@Bean
	RssService rssService(Automation automation) {
		return automation.rss();
	}

	@Bean
	WatchFolders watchFolders(Automation automation) {
		return automation.watchFolders();
	}

	@Bean
	EventPrograms eventPrograms(Automation automation) {
		return automation.eventPrograms();
	}

	@Bean
	UtStorage utStorage() {
		return new UtStorage(this.dir.resolve("utorrent"));
	}

	@Bean
	TestAccount serverAccount() {
		return new TestAccount(USERNAME, PASSWORD);
	}

	/** A changeable in-memory account. */
	public static final class TestAccount implements ServerAccount {

		private volatile String username;

		private volatile String password;

		private volatile long revision;

		TestAccount(String username, String password) {
			this.username = username;
			this.password = password;
		}

		@Override
		public String username() {
			return this.username;
		}

		@Override
		public boolean matches(String username, String password) {
			return this.username.equals(username) && this.password.equals(password);
		}

		@Override
		public synchronized void replace(String username, String password) {
			this.username = username;
			this.password = password;
			this.revision++;
		}

		@Override
		public synchronized void rename(String username) {
			this.username = username;
			this.revision++;
		}

		@Override
		public long revision() {
			return this.revision;
		}

	}

}
