package dev.torrentd.app;

import dev.torrentd.app.launch.SignalChainingLauncher;
import dev.torrentd.app.launch.UtserverCommandLine;
import dev.torrentd.app.launch.UtserverLaunch;
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

	/**
	 * Starts torrentd. µTorrent Server's arguments ({@code -configfile},
	 * {@code -settingspath}, {@code -logfile}, {@code -pidfile}, {@code -daemon},
	 * {@code -usage}) are understood beside Spring's {@code --name=value}.
	 * @param args the command-line arguments
	 */
	public static void main(String[] args) {
		UtserverCommandLine commandLine;
		try {
			commandLine = UtserverCommandLine.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("torrentd: " + ex.getMessage());
			System.err.print(UtserverCommandLine.USAGE);
			System.exit(2);
			return;
		}
		if (commandLine.usage()) {
			// before any relaunch: nothing to start
			System.out.print(UtserverCommandLine.USAGE);
			System.exit(0);
		}
		// may start this JVM again with the same arguments, which are then read again
		// there
		SignalChainingLauncher.relaunchWithSignalChainingIfNeeded();
		SpringApplication application = new SpringApplication(TorrentServerApplication.class);
		UtserverLaunch.configure(application, commandLine);
		application.run(commandLine.remainingArgs());
	}

}
