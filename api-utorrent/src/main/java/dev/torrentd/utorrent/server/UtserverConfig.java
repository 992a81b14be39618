package dev.torrentd.utorrent.server;

import java.util.concurrent.atomic.AtomicReference;

import dev.torrentd.utorrent.UtorrentProperties;

import org.springframework.stereotype.Component;

/**
 * The µTorrent Server settings in force: read from {@code utserver.conf} at start and
 * re-read on reload (the manual's "Reloadable Settings").
 */
@Component
public class UtserverConfig {

	private final AtomicReference<UtserverSettings> current = new AtomicReference<>(UtserverSettings.defaults());

	UtserverConfig(UtorrentProperties properties) {
	}

	/**
	 * The settings in force.
	 * @return the current settings
	 */
	public UtserverSettings current() {
		return this.current.get();
	}

}
