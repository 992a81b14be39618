package dev.torrentd.qbittorrent;

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
import dev.torrentd.qbittorrent.legacy.DigestAccount;
import dev.torrentd.qbittorrent.legacy.Ha1;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The qBittorrent dialect on a real loopback engine and the real automation services (in
 * a fresh temporary directory per application context, wired as the app does), with user
 * {@code admin} / {@code adminadmin} as the golden captures. Tests:
 * {@code @SpringBootTest(classes = QbTestServer.class)}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(QbittorrentApi.class)
public class QbTestServer {

	public static final String USERNAME = "admin";

	public static final String PASSWORD = "adminadmin";

	private final Path dir;

	QbTestServer() {
		try {
			this.dir = Files.createTempDirectory("torrentd-qbt-test");
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
	QbStorage qbStorage() {
		return new QbStorage(this.dir.resolve("qbittorrent"));
	}

	@Bean
	UserDetailsService userDetailsService() {
		return new InMemoryUserDetailsManager(
				User.withUsername(USERNAME).password("{noop}" + PASSWORD).roles("USER").build());
	}

	/** HA1 of the same user for the legacy dialect's HTTP Digest. */
	@Bean
	DigestAccount digestAccount() {
		return (username) -> USERNAME.equals(username) ? Ha1.of(USERNAME, PASSWORD) : null;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
