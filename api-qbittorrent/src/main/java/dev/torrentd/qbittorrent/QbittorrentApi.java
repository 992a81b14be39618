package dev.torrentd.qbittorrent;

import java.security.SecureRandom;
import java.time.InstantSource;

import dev.torrentd.qbittorrent.auth.LoginAttempts;
import dev.torrentd.qbittorrent.auth.SidSessions;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Configuration;

/**
 * The qBittorrent Web API v2 dialect ({@code /api/v2/*}): the one configuration the app
 * imports. It needs a {@link dev.torrentd.engine.TorrentEngine}, the automation services
 * ({@link dev.torrentd.automation.RssService},
 * {@link dev.torrentd.automation.WatchFolders},
 * {@link dev.torrentd.automation.EventPrograms}), a
 * {@link org.springframework.security.core.userdetails.UserDetailsService} and a
 * {@link org.springframework.security.crypto.password.PasswordEncoder} from the app.
 */
@Configuration(proxyBeanMethods = false)
// a dialect never registers a Boot configuration: test harnesses on the classpath (a
// test-jar) stay out of the application
@ComponentScan(basePackageClasses = QbittorrentApi.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class))
@EnableConfigurationProperties(QbittorrentProperties.class)
public class QbittorrentApi {

	@Bean
	SidSessions qbSidSessions(QbittorrentProperties properties) {
		return new SidSessions(InstantSource.system(), new SecureRandom(), properties.sessionTimeout());
	}

	@Bean
	LoginAttempts qbLoginAttempts(QbittorrentProperties properties) {
		return new LoginAttempts(InstantSource.system(), properties.maxAuthFailCount(), properties.banDuration());
	}

	@Bean
	QbProfile qbProfile(QbittorrentProperties properties) {
		return properties.qbProfile();
	}

}
