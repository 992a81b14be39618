package dev.torrentd.qbittorrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.WatchFolders;
import dev.torrentd.automation.WatchedFolder;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.wire.AutomationPreferences;
import dev.torrentd.qbittorrent.wire.QbPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code app/preferences} and {@code app/setPreferences}: reads and writes the
 * preferences across their homes (engine settings, the alternative speed limits, the
 * shared automation services and the dialect's {@link QbPreferencesStore}), mapped by
 * {@link QbPreferences} and {@link AutomationPreferences}. The WebUI credentials, port
 * and login rules are the server's configuration ({@code torrentd.auth.*},
 * {@code server.port}, {@code torrentd.qbittorrent.*}): shown, and writes to them ignored
 * with a log line.
 */
@Component
public class QbPreferencesService {

	private static final Logger log = LoggerFactory.getLogger(QbPreferencesService.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TorrentEngine engine;

	private final AltSpeedLimits altSpeedLimits;

	private final QbPreferencesStore store;

	private final QbPreferences.Server server;

	private final RssService rss;

	private final WatchFolders watchFolders;

	private final EventPrograms eventPrograms;

	/**
	 * The preferences over their homes.
	 * @param engine the engine
	 * @param altSpeedLimits the speed limits and their mode
	 * @param store the dialect's store
	 * @param server what the server's configuration says about the WebUI
	 * @param rss the RSS service ({@code rss_*})
	 * @param watchFolders the watch folders ({@code scan_dirs})
	 * @param eventPrograms the event programs ({@code autorun_*})
	 */
	public QbPreferencesService(TorrentEngine engine, AltSpeedLimits altSpeedLimits, QbPreferencesStore store,
			QbPreferences.Server server, RssService rss, WatchFolders watchFolders, EventPrograms eventPrograms) {
		this.engine = engine;
		this.altSpeedLimits = altSpeedLimits;
		this.store = store;
		this.server = server;
		this.rss = rss;
		this.watchFolders = watchFolders;
		this.eventPrograms = eventPrograms;
	}

	@Autowired
	QbPreferencesService(TorrentEngine engine, AltSpeedLimits altSpeedLimits, QbPreferencesStore store,
			QbittorrentProperties properties, QbStorage storage, Environment environment, RssService rss,
			WatchFolders watchFolders, EventPrograms eventPrograms) {
		this(engine, altSpeedLimits, store, server(properties, storage, environment), rss, watchFolders, eventPrograms);
	}

	/**
	 * What the server's configuration says about the WebUI.
	 * @param properties the dialect's settings
	 * @param storage the dialect's directory (its {@code logs} folder is shown as the log
	 * path)
	 * @param environment for {@code torrentd.auth.username} and {@code server.port}
	 * @return the values {@code app/preferences} shows
	 */
	static QbPreferences.Server server(QbittorrentProperties properties, QbStorage storage, Environment environment) {
		return new QbPreferences.Server(properties.qbProfile(),
				environment.getProperty("torrentd.auth.username", "admin"),
				environment.getProperty("server.port", Integer.class, 8080), properties.maxAuthFailCount(),
				properties.banDuration().toSeconds(), properties.sessionTimeout().toSeconds(),
				properties.csrfProtection(), properties.bypassLocalAuth(), properties.bypassAuthSubnetWhitelist(),
				storage.directory().resolve("logs").toString());
	}

	/**
	 * The {@code app/preferences} object.
	 * @return every preference, keys sorted
	 */
	public Map<String, Object> preferences() {
		synchronized (this.altSpeedLimits) {
			return QbPreferences.read(this.engine.settings(), this.altSpeedLimits.limits(), automation(),
					this.store.values(), this.server);
		}
	}

	/**
	 * Applies {@code app/setPreferences}' {@code json}: text that is not a JSON object
	 * changes nothing, as in qBittorrent. The automation services are only told about
	 * what changes (the WebUI sends every preference back when it saves).
	 * @param json the parameter
	 */
	public void setPreferences(String json) {
		Map<String, Object> values;
		try {
			values = JSON.readValue(json, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JacksonException ex) {
			log.debug("setPreferences: ignoring json that is not an object: {}", ex.getOriginalMessage());
			return;
		}
		if (values == null) {
			return;
		}
		synchronized (this.altSpeedLimits) {
			AutomationPreferences.Settings automation = automation();
			QbPreferences.Update update = QbPreferences.update(values, this.engine.settings(),
					this.altSpeedLimits.limits(), automation, this.store.values());
			if (!update.ignored().isEmpty()) {
				log.info(
						"setPreferences: ignoring {}: they come from the server's configuration "
								+ "(torrentd.auth.*, server.port, torrentd.qbittorrent.*) or are read-only",
						update.ignored());
			}
			this.store.putAll(update.stored());
			this.altSpeedLimits.apply(update.settings(), update.limits());
			applyAutomation(values, automation, update.automation());
		}
	}

	private AutomationPreferences.Settings automation() {
		return new AutomationPreferences.Settings(this.rss.settings(), this.watchFolders.folders(),
				this.eventPrograms.settings());
	}

	private void applyAutomation(Map<String, Object> values, AutomationPreferences.Settings current,
			AutomationPreferences.Settings next) {
		if (!next.rss().equals(current.rss())) {
			this.rss.applySettings(next.rss());
		}
		if (!next.watchFolders().equals(current.watchFolders())) {
			setWatchFolders(values);
		}
		if (!next.programs().equals(current.programs())) {
			// against the programs as they are now: a µTorrent finish_cmd set meanwhile
			// stays
			this.eventPrograms.update((now) -> AutomationPreferences.programs(values, now));
		}
	}

	/**
	 * Sets the watch folders {@code scan_dirs} lists. A folder that cannot be watched (it
	 * cannot be created) is left out with a warning and the others are set, in one write,
	 * as qBittorrent skips a folder it cannot watch.
	 */
	private void setWatchFolders(Map<String, Object> values) {
		try {
			this.watchFolders.updateFolders((now) -> {
				List<WatchedFolder> watchable = new ArrayList<>();
				for (WatchedFolder folder : AutomationPreferences.watchFolders(values, now)) {
					try {
						this.watchFolders.check(folder);
						watchable.add(folder);
					}
					catch (IllegalArgumentException ex) {
						log.warn("setPreferences: not watching {}: {}", folder.path(), ex.getMessage());
					}
				}
				return watchable;
			});
		}
		catch (IllegalArgumentException ex) {
			log.warn("setPreferences: scan_dirs refused: {}", ex.getMessage());
		}
	}

}
