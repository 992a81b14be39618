package dev.torrentd.utorrent.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.utorrent.UtorrentProperties;
import dev.torrentd.utorrent.cache.ListCache;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.wire.LabelRows;
import dev.torrentd.utorrent.wire.TorrentRow;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds every {@code /gui/} JSON answer: {@code "build"} first, then the handler's keys,
 * then — when the request also says {@code list=1}, as the reference WebUI does after an
 * action — the torrent list. Compact JSON as {@code text/plain; charset=utf-8}, as
 * µTorrent sends it.
 */
@Component
public class GuiReplies {

	static final MediaType TEXT = MediaType.parseMediaType("text/plain; charset=utf-8");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int build;

	private final TorrentEngine engine;

	private final ListCache cache;

	GuiReplies(UtorrentProperties properties, TorrentEngine engine, ListCache cache) {
		this.build = properties.build();
		this.engine = engine;
		this.cache = cache;
	}

	/**
	 * {@code {"build":N}} (plus the list when asked).
	 * @param query the request
	 * @return the answer
	 */
	public ResponseEntity<String> ok(GuiQuery query) {
		return reply(query, Map.of());
	}

	/**
	 * {@code {"build":N, …body}} (plus the list when asked).
	 * @param query the request
	 * @param body the handler's keys, in order
	 * @return the answer
	 */
	public ResponseEntity<String> reply(GuiQuery query, Map<String, ?> body) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("build", this.build);
		json.putAll(body);
		if ("1".equals(query.first("list"))) {
			json.putAll(list(query.first("cid")));
		}
		return json(json);
	}

	/**
	 * The {@code list=1} keys (µTorrent Server manual, "Torrent/labels/RSS/Filters
	 * List"): {@code label}, then {@code torrents} with
	 * {@code rssfeeds}/{@code rssfilters}, or for a known cache id
	 * {@code torrentp}/{@code torrentm} with the RSS p/m pairs (always together: the
	 * reference WebUI adds their lengths), then {@code torrentc}.
	 */
	private Map<String, Object> list(String cid) {
		List<Torrent> torrents = this.engine.torrents();
		boolean queueing = this.engine.settings().queueingEnabled();
		Map<String, List<Object>> rows = new LinkedHashMap<>();
		for (Torrent torrent : torrents) {
			List<Object> row = TorrentRow.of(torrent, queueing);
			rows.put((String) row.get(0), row);
		}
		ListCache.Answer answer = this.cache.answer(cid, rows);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("label", LabelRows.of(torrents, this.engine.categories().keySet()));
		if (answer.full()) {
			json.put("torrents", answer.all());
			json.put("rssfeeds", List.of());
			json.put("rssfilters", List.of());
		}
		else {
			json.put("torrentp", answer.changed());
			json.put("torrentm", answer.removed());
			json.put("rssfeedp", List.of());
			json.put("rssfeedm", List.of());
			json.put("rssfilterp", List.of());
			json.put("rssfilterm", List.of());
		}
		json.put("torrentc", answer.cid());
		return json;
	}

	private static ResponseEntity<String> json(Map<String, Object> json) {
		return ResponseEntity.ok()
			.contentType(TEXT)
			.header("Cache-Control", "no-cache")
			.body(JSON.writeValueAsString(json));
	}

	/**
	 * Pairs each hash with its rows: {@code [HASH, [rows], HASH2, [rows]]} (getfiles,
	 * getpeers).
	 * @param pairs the hash and rows of each torrent
	 * @return the flat array
	 */
	static List<Object> hashPairs(Map<String, List<List<Object>>> pairs) {
		List<Object> flat = new ArrayList<>();
		pairs.forEach((hash, rows) -> {
			flat.add(hash);
			flat.add(rows);
		});
		return flat;
	}

}
