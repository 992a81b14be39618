package dev.torrentd.app.automation;

import dev.torrentd.app.engine.EngineProperties;
import dev.torrentd.automation.Automation;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.engine.TorrentEngine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One set of automation services over the engine, state in
 * {@code <state-dir>/automation}; both dialects read and change the same feeds, rules,
 * folders and programs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AutomationProperties.class)
public class AutomationConfiguration {

	@Bean(destroyMethod = "close")
	Automation automation(TorrentEngine engine, EngineProperties engineProperties, AutomationProperties properties) {
		return Automation.start(engine, engineProperties.stateDir().resolve("automation"), properties.options());
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

}
