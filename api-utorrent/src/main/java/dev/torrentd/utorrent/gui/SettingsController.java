package dev.torrentd.utorrent.gui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.EngineVersions;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.utorrent.UtorrentProperties;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.settings.GuiSettings;
import dev.torrentd.utorrent.settings.TransferHistory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application scope (µTorrent Server manual): getsettings/setsetting, getversion,
 * list-dirs, getxferhist/resetxferhist.
 */
@RestController
@RequestMapping(path = "/gui/", method = { RequestMethod.GET, RequestMethod.POST })
class SettingsController {

	private final GuiSettings settings;

	private final TransferHistory history;

	private final GuiReplies replies;

	private final DownloadDirs dirs;

	private final TorrentEngine engine;

	private final int build;

	SettingsController(GuiSettings settings, TransferHistory history, GuiReplies replies, DownloadDirs dirs,
			TorrentEngine engine, UtorrentProperties properties) {
		this.settings = settings;
		this.history = history;
		this.replies = replies;
		this.dirs = dirs;
		this.engine = engine;
		this.build = properties.build();
	}

	@RequestMapping(params = "action=getsettings")
	ResponseEntity<String> getSettings(GuiQuery query) {
		return this.replies.reply(query, Map.of("settings", this.settings.rows()));
	}

	@RequestMapping(params = "action=setsetting")
	ResponseEntity<String> setSetting(GuiQuery query) {
		this.settings.set(query.settingPairs());
		return this.replies.ok(query);
	}

	/** µTorrent Server's {@code version} object, describing torrentd's own versions. */
	@RequestMapping(params = "action=getversion")
	ResponseEntity<String> getVersion(GuiQuery query) {
		EngineVersions versions = this.engine.versions();
		Map<String, Object> version = new LinkedHashMap<>();
		version.put("engine_version", this.build);
		version.put("major_version", 3);
		version.put("minor_version", 3);
		version.put("product_code", "server");
		version.put("ui_version", this.build);
		version.put("user_agent", "torrentd (libtorrent/" + versions.libtorrent() + ")");
		version.put("version_date", "2013-09-12 00:00:00");
		version.put("peer_id", "-UT3300-");
		version.put("device_id", "linux");
		version.put("name", "torrentd");
		return this.replies.reply(query, Map.of("version", version));
	}

	@RequestMapping(params = "action=list-dirs")
	ResponseEntity<String> listDirs(GuiQuery query) {
		List<Map<String, Object>> dirs = this.dirs.all().stream().map(SettingsController::dir).toList();
		return this.replies.reply(query, Map.of("download-dirs", dirs));
	}

	@RequestMapping(params = "action=getxferhist")
	ResponseEntity<String> getTransferHistory(GuiQuery query) {
		return this.replies.reply(query, Map.of("transfer_history", this.history.days()));
	}

	@RequestMapping(params = "action=resetxferhist")
	ResponseEntity<String> resetTransferHistory(GuiQuery query) {
		this.history.reset();
		return this.replies.ok(query);
	}

	private static Map<String, Object> dir(Path path) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("path", path.toString());
		json.put("available", DownloadDirs.availableMegabytes(path));
		return json;
	}

}
