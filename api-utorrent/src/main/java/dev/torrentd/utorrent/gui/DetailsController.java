package dev.torrentd.utorrent.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.wire.FileRow;
import dev.torrentd.utorrent.wire.PeerRow;
import dev.torrentd.utorrent.wire.TorrentProps;
import dev.torrentd.utorrent.wire.TorrentRow;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Per-torrent details and their changes (µTorrent Server manual: getfiles, setprio,
 * getprops, setprops; getpeers as the 3.x WebUI reads it). Hashes are echoed upper-case,
 * as listed (the WebUI compares them with {@code ===}); a valid but unknown hash gets an
 * empty array, so that clients reading {@code files[1]} still find one.
 */
@RestController
@RequestMapping(path = "/gui/", method = { RequestMethod.GET, RequestMethod.POST })
class DetailsController {

	private final TorrentEngine engine;

	private final GuiReplies replies;

	private final PropertyWriter properties;

	DetailsController(TorrentEngine engine, GuiReplies replies, PropertyWriter properties) {
		this.engine = engine;
		this.replies = replies;
		this.properties = properties;
	}

	@RequestMapping(params = "action=getfiles")
	ResponseEntity<String> getFiles(GuiQuery query) {
		Map<String, List<List<Object>>> files = new LinkedHashMap<>();
		for (TorrentId id : query.hashes()) {
			List<List<Object>> rows = this.engine.find(id).isPresent()
					? this.engine.files(id).stream().map(FileRow::of).toList() : List.of();
			files.put(TorrentRow.hash(id), rows);
		}
		return this.replies.reply(query, Map.of("files", GuiReplies.hashPairs(files)));
	}

	@RequestMapping(params = "action=getpeers")
	ResponseEntity<String> getPeers(GuiQuery query) {
		Map<String, List<List<Object>>> peers = new LinkedHashMap<>();
		for (TorrentId id : query.hashes()) {
			List<List<Object>> rows = this.engine.find(id).isPresent()
					? this.engine.peers(id).stream().map(PeerRow::of).toList() : List.of();
			peers.put(TorrentRow.hash(id), rows);
		}
		return this.replies.reply(query, Map.of("peers", GuiReplies.hashPairs(peers)));
	}

	@RequestMapping(params = "action=getprops")
	ResponseEntity<String> getProps(GuiQuery query) {
		List<Map<String, Object>> props = new ArrayList<>();
		for (TorrentId id : query.hashes()) {
			this.engine.find(id)
				.ifPresent(
						(Torrent t) -> props.add(TorrentProps.of(t, this.engine.trackers(id), this.engine.settings())));
		}
		return this.replies.reply(query, Map.of("props", props));
	}

	@RequestMapping(params = "action=setprops")
	ResponseEntity<String> setProps(GuiQuery query) {
		for (GuiQuery.HashValues change : query.propertiesByHash()) {
			TorrentId id = GuiQuery.id(change.hash());
			if (id != null && this.engine.find(id).isPresent()) {
				this.properties.apply(id, change.values());
			}
		}
		return this.replies.ok(query);
	}

	@RequestMapping(params = "action=setprio")
	ResponseEntity<String> setPriority(GuiQuery query) {
		for (GuiQuery.Priority group : query.priorities()) {
			TorrentId id = GuiQuery.id(group.hash());
			if (id != null && this.engine.find(id).isPresent()) {
				this.properties.setFilePriority(id, group.priority(), group.files());
			}
		}
		return this.replies.ok(query);
	}

}
