package dev.torrentd.utorrent.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssService;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.utorrent.UtorrentProperties;
import dev.torrentd.utorrent.cache.ListCache;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.wire.LabelRows;
import dev.torrentd.utorrent.wire.RssFeedRow;
import dev.torrentd.utorrent.wire.RssFilterRow;
import dev.torrentd.utorrent.wire.TorrentRow;
import org.jspecify.annotations.Nullable;
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

	private final RssService rss;

	GuiReplies(UtorrentProperties properties, TorrentEngine engine, ListCache cache, RssService rss) {
		this.build = properties.build();
		this.engine = engine;
		this.cache = cache;
		this.rss = rss;
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
	 * List"): {@code label}, then {@code torrents}, {@code rssfeeds} and
	 * {@code rssfilters}, or for a known cache id {@code torrentp}/{@code torrentm},
	 * {@code rssfeedp}/{@code rssfeedm} and {@code rssfilterp}/{@code rssfilterm} (each
	 * pair always together: the reference WebUI adds their lengths), then
	 * {@code torrentc}.
	 */
	private Map<String, Object> list(@Nullable String cid) {
		List<Torrent> torrents = this.engine.torrents();
		boolean queueing = this.engine.settings().queueingEnabled();
		Map<String, List<Object>> torrentRows = new LinkedHashMap<>();
		for (Torrent torrent : torrents) {
			List<Object> row = TorrentRow.of(torrent, queueing);
			torrentRows.put((String) row.get(0), row);
		}
		List<RssFeed> feeds = this.rss.feeds();
		Map<Integer, List<Object>> feedRows = new LinkedHashMap<>();
		for (RssFeed feed : feeds) {
			feedRows.put(feed.ident(), RssFeedRow.of(feed));
		}
		boolean repackProper = this.rss.settings().downloadRepackProperEpisodes();
		Map<Integer, List<Object>> filterRows = new LinkedHashMap<>();
		for (RssRule rule : this.rss.rules()) {
			filterRows.put(rule.ident(), RssFilterRow.of(rule, feeds, repackProper));
		}
		ListCache.Answer answer = this.cache.answer(cid, new ListCache.Lists(torrentRows, feedRows, filterRows));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("label", LabelRows.of(torrents, this.engine.categories().keySet()));
		if (answer.full()) {
			json.put("torrents", answer.torrents().all());
			json.put("rssfeeds", answer.feeds().all());
			json.put("rssfilters", answer.filters().all());
		}
		else {
			json.put("torrentp", answer.torrents().changed());
			json.put("torrentm", answer.torrents().removed());
			json.put("rssfeedp", answer.feeds().changed());
			json.put("rssfeedm", answer.feeds().removed());
			json.put("rssfilterp", answer.filters().changed());
			json.put("rssfilterm", answer.filters().removed());
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
