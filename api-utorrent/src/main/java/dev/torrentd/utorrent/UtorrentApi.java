package dev.torrentd.utorrent;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;

import dev.torrentd.utorrent.auth.GuiTokens;
import dev.torrentd.utorrent.auth.ServerAccount;
import dev.torrentd.utorrent.cache.ListCache;
import dev.torrentd.utorrent.query.GuiQueryResolver;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The µTorrent WebUI / µTorrent Server dialect ({@code /gui/}, {@code /proxy}): the one
 * configuration the app imports. It needs a {@link dev.torrentd.engine.TorrentEngine}, a
 * {@link UtStorage} and a {@link dev.torrentd.utorrent.auth.ServerAccount} from the app.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "torrentd.utorrent", name = "enabled", havingValue = "true", matchIfMissing = true)
// a dialect never registers a Boot configuration: test harnesses on the classpath (a
// test-jar) stay out of the application
@ComponentScan(basePackageClasses = UtorrentApi.class,
		excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class))
@EnableConfigurationProperties(UtorrentProperties.class)
public class UtorrentApi implements WebMvcConfigurer {

	@Bean
	GuiTokens utGuiTokens(UtorrentProperties properties, ServerAccount account) {
		return new GuiTokens(InstantSource.system(), new SecureRandom(), properties.sessionTimeout(),
				account::revision);
	}

	@Bean
	ListCache utListCache() {
		return new ListCache(new SecureRandom());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new GuiQueryResolver());
	}

}
