package dev.torrentd.app;

import dev.torrentd.app.launch.SignalChainingLauncher;
import dev.torrentd.qbittorrent.QbittorrentApi;
import dev.torrentd.utorrent.UtorrentApi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/**
 * torrentd: one libtorrent engine behind the qBittorrent and µTorrent Web APIs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import({ QbittorrentApi.class, UtorrentApi.class })
public class TorrentServerApplication {

	public static void main(String[] args) {
		SignalChainingLauncher.relaunchWithSignalChainingIfNeeded();
		SpringApplication.run(TorrentServerApplication.class, args);
	}

}
