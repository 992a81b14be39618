package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.EncryptionMode;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.PeerProtocols;
import dev.torrentd.engine.ShareLimitAction;

/**
 * {@link EngineSettings} as {@code settings.properties}. Settings changed at runtime
 * ({@link dev.torrentd.engine.TorrentEngine#applySettings}) are stored here and override
 * the configured ones at the next start, as qBittorrent's preferences file does.
 */
final class EngineSettingsFile {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EngineSettingsFile.class);

	private EngineSettingsFile() {
	}

	/**
	 * The settings that differ from the configured ones.
	 * @param s the settings in force
	 * @param configured the configured settings
	 * @return key-value pairs to store
	 */
	static Map<String, String> write(EngineSettings s, EngineSettings configured) {
		Map<String, String> all = write(s);
		Map<String, String> base = write(configured);
		all.entrySet().removeIf((entry) -> entry.getValue().equals(base.get(entry.getKey())));
		return all;
	}

	static Map<String, String> write(EngineSettings s) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("listen-interfaces", s.listenInterfaces());
		m.put("dht", Boolean.toString(s.dht()));
		m.put("pex", Boolean.toString(s.pex()));
		m.put("lsd", Boolean.toString(s.lsd()));
		m.put("upnp", Boolean.toString(s.upnp()));
		m.put("natpmp", Boolean.toString(s.natpmp()));
		m.put("protocols", s.protocols().name());
		m.put("encryption", s.encryption().name());
		m.put("max-connections", Integer.toString(s.maxConnections()));
		m.put("max-connections-per-torrent", Integer.toString(s.maxConnectionsPerTorrent()));
		m.put("max-uploads", Integer.toString(s.maxUploads()));
		m.put("max-uploads-per-torrent", Integer.toString(s.maxUploadsPerTorrent()));
		m.put("download-limit", Long.toString(s.downloadLimitBytesPerSecond()));
		m.put("upload-limit", Long.toString(s.uploadLimitBytesPerSecond()));
		m.put("rate-limit-local-peers", Boolean.toString(s.rateLimitLocalPeers()));
		m.put("multiple-connections-per-ip", Boolean.toString(s.multipleConnectionsPerIp()));
		m.put("queueing-enabled", Boolean.toString(s.queueingEnabled()));
		m.put("max-active-downloads", Integer.toString(s.maxActiveDownloads()));
		m.put("max-active-uploads", Integer.toString(s.maxActiveUploads()));
		m.put("max-active-torrents", Integer.toString(s.maxActiveTorrents()));
		m.put("dont-count-slow-torrents", Boolean.toString(s.dontCountSlowTorrents()));
		m.put("default-save-path", s.defaultSavePath().toString());
		m.put("auto-managed-save-path", Boolean.toString(s.autoManagedSavePath()));
		m.put("content-layout", s.contentLayout().name());
		m.put("add-stopped", Boolean.toString(s.addStopped()));
		m.put("share-ratio-limit", Double.toString(s.shareLimits().ratioLimit()));
		m.put("share-seeding-time-limit", Long.toString(s.shareLimits().seedingTimeLimitMinutes()));
		m.put("share-inactive-seeding-time-limit", Long.toString(s.shareLimits().inactiveSeedingTimeLimitMinutes()));
		m.put("share-limit-action", s.shareLimits().action().name());
		m.put("banned-addresses", String.join(",", s.bannedAddresses()));
		// "" = off, so that turning off a configured folder at runtime is kept too
		m.put("incomplete-save-path", (s.incompleteSavePath() != null) ? s.incompleteSavePath().toString() : "");
		return m;
	}

	/**
	 * The configured settings with every stored value laid over them.
	 * @param base the configured settings
	 * @param stored the stored values (possibly partial, from an older version)
	 * @return the settings to use
	 * @throws IllegalArgumentException when a stored value cannot be read
	 */
	static EngineSettings read(EngineSettings base, Map<String, String> stored) {
		EngineSettings.Builder b = base.toBuilder();
		Values v = new Values(stored);
		v.ifPresent("listen-interfaces", Function.identity(), b::listenInterfaces);
		v.ifPresent("dht", Boolean::parseBoolean, b::dht);
		v.ifPresent("pex", Boolean::parseBoolean, b::pex);
		v.ifPresent("lsd", Boolean::parseBoolean, b::lsd);
		v.ifPresent("upnp", Boolean::parseBoolean, b::upnp);
		v.ifPresent("natpmp", Boolean::parseBoolean, b::natpmp);
		v.ifPresent("protocols", PeerProtocols::valueOf, b::protocols);
		v.ifPresent("encryption", EncryptionMode::valueOf, b::encryption);
		v.ifPresent("max-connections", Integer::parseInt, b::maxConnections);
		v.ifPresent("max-connections-per-torrent", Integer::parseInt, b::maxConnectionsPerTorrent);
		v.ifPresent("max-uploads", Integer::parseInt, b::maxUploads);
		v.ifPresent("max-uploads-per-torrent", Integer::parseInt, b::maxUploadsPerTorrent);
		v.ifPresent("download-limit", Long::parseLong, b::downloadLimit);
		v.ifPresent("upload-limit", Long::parseLong, b::uploadLimit);
		v.ifPresent("rate-limit-local-peers", Boolean::parseBoolean, b::rateLimitLocalPeers);
		v.ifPresent("multiple-connections-per-ip", Boolean::parseBoolean, b::multipleConnectionsPerIp);
		v.ifPresent("queueing-enabled", Boolean::parseBoolean, b::queueingEnabled);
		v.ifPresent("max-active-downloads", Integer::parseInt, b::maxActiveDownloads);
		v.ifPresent("max-active-uploads", Integer::parseInt, b::maxActiveUploads);
		v.ifPresent("max-active-torrents", Integer::parseInt, b::maxActiveTorrents);
		v.ifPresent("dont-count-slow-torrents", Boolean::parseBoolean, b::dontCountSlowTorrents);
		v.ifPresent("default-save-path", Path::of, b::defaultSavePath);
		v.ifPresent("auto-managed-save-path", Boolean::parseBoolean, b::autoManagedSavePath);
		v.ifPresent("content-layout", ContentLayout::valueOf, b::contentLayout);
		v.ifPresent("add-stopped", Boolean::parseBoolean, b::addStopped);
		v.ifPresent("banned-addresses", EngineSettingsFile::addresses, b::bannedAddresses);
		v.ifPresent("incomplete-save-path", (text) -> text.isEmpty() ? null : Path.of(text), b::incompleteSavePath);
		GlobalShareLimits limits = base.shareLimits();
		try {
			b.shareLimits(new GlobalShareLimits(v.get("share-ratio-limit", Double::parseDouble, limits.ratioLimit()),
					v.get("share-seeding-time-limit", Long::parseLong, limits.seedingTimeLimitMinutes()),
					v.get("share-inactive-seeding-time-limit", Long::parseLong,
							limits.inactiveSeedingTimeLimitMinutes()),
					v.get("share-limit-action", ShareLimitAction::valueOf, limits.action())));
		}
		catch (IllegalArgumentException ex) {
			log.warn("settings.properties: ignoring the stored share limits ({})", ex.getMessage());
		}
		try {
			return b.build();
		}
		catch (IllegalArgumentException ex) {
			log.warn("settings.properties: ignoring the stored settings ({})", ex.getMessage());
			return base;
		}
	}

	private record Values(Map<String, String> stored) {

		<T> void ifPresent(String key, Function<String, T> parse, java.util.function.Consumer<T> set) {
			String value = this.stored.get(key);
			if (value != null) {
				try {
					set.accept(parse.apply(value));
				}
				catch (IllegalArgumentException ex) {
					log.warn("settings.properties: ignoring {}={} ({})", key, value, ex.getMessage());
				}
			}
		}

		<T> T get(String key, Function<String, T> parse, T fallback) {
			String value = this.stored.get(key);
			try {
				return (value != null) ? parse.apply(value) : fallback;
			}
			catch (IllegalArgumentException ex) {
				log.warn("settings.properties: ignoring {}={} ({})", key, value, ex.getMessage());
				return fallback;
			}
		}

	}

	private static Set<String> addresses(String list) {
		Set<String> addresses = new TreeSet<>();
		for (String address : list.split(",")) {
			if (!address.isBlank()) {
				addresses.add(address.trim());
			}
		}
		return addresses;
	}

}
