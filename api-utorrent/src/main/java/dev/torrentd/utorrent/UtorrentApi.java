package dev.torrentd.utorrent;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The µTorrent WebUI / µTorrent Server dialect ({@code /gui/}, {@code /proxy}): the one
 * configuration the app imports. It needs a {@link dev.torrentd.engine.TorrentEngine}, a
 * {@link UtStorage}, a {@link dev.torrentd.utorrent.auth.ServerAccount} and a
 * {@link org.springframework.security.crypto.password.PasswordEncoder} from the app.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = UtorrentApi.class)
@EnableConfigurationProperties(UtorrentProperties.class)
public class UtorrentApi {

}
