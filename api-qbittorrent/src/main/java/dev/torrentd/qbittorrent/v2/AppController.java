package dev.torrentd.qbittorrent.v2;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.QbPreferencesService;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.wire.BuildInfoJson;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/app}: versions, build info, shutdown, preferences, the default save path
 * and the network interfaces, as qBittorrent's {@code AppController}.
 */
@RestController
@RequestMapping("/api/v2/app")
class AppController {

	private final TorrentEngine engine;

	private final QbProfile profile;

	private final QbPreferencesService preferences;

	private final ConfigurableApplicationContext context;

	AppController(TorrentEngine engine, QbProfile profile, QbPreferencesService preferences,
			ConfigurableApplicationContext context) {
		this.engine = engine;
		this.profile = profile;
		this.preferences = preferences;
		this.context = context;
	}

	/** Text {@code v5.1.4} (profile 5.1) or {@code v4.6.7} (profile 4.6). */
	@RequestMapping(path = "/version", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> version() {
		return PlainText.of(this.profile.version());
	}

	/** Text {@code 2.11.4} (profile 5.1) or {@code 2.9.3} (profile 4.6). */
	@RequestMapping(path = "/webapiVersion", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> webapiVersion() {
		return PlainText.of(this.profile.webApiVersion());
	}

	/**
	 * {@code {bitness, boost, libtorrent, openssl, platform, qt, zlib}}: the libraries
	 * torrentd really runs on ({@code boost} {@code 1.78.0}, {@code openssl}
	 * {@code 1.1.1m}); there is no Qt, so {@code qt} names a Qt of the profile's era.
	 */
	@RequestMapping(path = "/buildInfo", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> buildInfo() {
		return BuildInfoJson.buildInfo(this.engine.versions(), "6.7.3", "1.3.1");
	}

	/** Stops the server about 100 ms after answering (as qBittorrent). */
	@PostMapping("/shutdown")
	ResponseEntity<String> shutdown() {
		Thread exit = new Thread(() -> {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			System.exit(SpringApplication.exit(this.context));
		}, "qbittorrent-shutdown");
		exit.setDaemon(false);
		exit.start();
		return PlainText.empty();
	}

	/** The preferences object (spec §4.11), keys sorted. */
	@RequestMapping(path = "/preferences", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> preferences() {
		return this.preferences.preferences();
	}

	/**
	 * Applies the keys present in {@code json} (a JSON object); unknown keys are ignored
	 * and text that is not a JSON object changes nothing (200 either way). The WebUI
	 * credentials and login rules are the server's configuration: writes to them are
	 * ignored and logged.
	 */
	@PostMapping("/setPreferences")
	ResponseEntity<String> setPreferences(@RequestParam String json) {
		this.preferences.setPreferences(json);
		return PlainText.empty();
	}

	/** Text: the default save path, absolute, no trailing slash. */
	@RequestMapping(path = "/defaultSavePath", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> defaultSavePath() {
		return PlainText.of(this.engine.settings().defaultSavePath().toString());
	}

	/** {@code [{name, value}]}: interfaces that have addresses. */
	@RequestMapping(path = "/networkInterfaceList", method = { RequestMethod.GET, RequestMethod.POST })
	List<Map<String, String>> networkInterfaceList() throws SocketException {
		List<Map<String, String>> list = new ArrayList<>();
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (nic.getInetAddresses().hasMoreElements()) {
				list.add(new TreeMap<>(Map.of("name", nic.getDisplayName(), "value", nic.getName())));
			}
		}
		return list;
	}

	/**
	 * {@code ["addr", …]}: the addresses of one interface, or of all for {@code iface=}.
	 */
	@RequestMapping(path = "/networkInterfaceAddressList", method = { RequestMethod.GET, RequestMethod.POST })
	List<String> networkInterfaceAddressList(@RequestParam String iface) throws SocketException {
		List<String> addresses = new ArrayList<>();
		for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (iface.isEmpty() || nic.getName().equals(iface)) {
				for (InetAddress address : Collections.list(nic.getInetAddresses())) {
					String text = address.getHostAddress();
					int scope = text.indexOf('%');
					addresses.add((scope < 0) ? text : text.substring(0, scope));
				}
			}
		}
		return addresses;
	}

}
