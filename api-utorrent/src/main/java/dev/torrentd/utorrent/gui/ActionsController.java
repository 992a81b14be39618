package dev.torrentd.utorrent.gui;

import java.util.List;

import dev.torrentd.engine.QueueMove;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.utorrent.query.GuiQuery;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actions on torrents (µTorrent Server manual, "Actions"): each takes any number of
 * {@code hash} parameters; unknown hashes are ignored and the answer is
 * {@code {"build":N}}. torrentd has one stopped state, so {@code pause} stops and
 * {@code unpause} starts, as in libtorrent-webui.
 */
@RestController
@RequestMapping(path = "/gui/", method = { RequestMethod.GET, RequestMethod.POST })
class ActionsController {

	private final TorrentEngine engine;

	private final GuiReplies replies;

	private final TorrentFileCopies copies;

	ActionsController(TorrentEngine engine, GuiReplies replies, TorrentFileCopies copies) {
		this.engine = engine;
		this.replies = replies;
		this.copies = copies;
	}

	@RequestMapping(params = { "action=start" })
	ResponseEntity<String> start(GuiQuery query) {
		return startUnforced(query);
	}

	@RequestMapping(params = { "action=unpause" })
	ResponseEntity<String> unpause(GuiQuery query) {
		return startUnforced(query);
	}

	@RequestMapping(params = { "action=forcestart" })
	ResponseEntity<String> forceStart(GuiQuery query) {
		List<TorrentId> ids = known(query);
		this.engine.setForceStart(ids, true);
		this.engine.start(ids);
		return this.replies.ok(query);
	}

	@RequestMapping(params = { "action=stop" })
	ResponseEntity<String> stop(GuiQuery query) {
		this.engine.stop(known(query));
		return this.replies.ok(query);
	}

	@RequestMapping(params = { "action=pause" })
	ResponseEntity<String> pause(GuiQuery query) {
		this.engine.stop(known(query));
		return this.replies.ok(query);
	}

	@RequestMapping(params = { "action=recheck" })
	ResponseEntity<String> recheck(GuiQuery query) {
		this.engine.recheck(known(query));
		return this.replies.ok(query);
	}

	@RequestMapping(params = { "action=remove" })
	ResponseEntity<String> remove(GuiQuery query) {
		return remove(query, false, false);
	}

	@RequestMapping(params = { "action=removetorrent" })
	ResponseEntity<String> removeTorrent(GuiQuery query) {
		return remove(query, false, true);
	}

	@RequestMapping(params = { "action=removedata" })
	ResponseEntity<String> removeData(GuiQuery query) {
		return remove(query, true, false);
	}

	@RequestMapping(params = { "action=removedatatorrent" })
	ResponseEntity<String> removeDataTorrent(GuiQuery query) {
		return remove(query, true, true);
	}

	@RequestMapping(params = { "action=queueup" })
	ResponseEntity<String> queueUp(GuiQuery query) {
		return move(query, QueueMove.UP);
	}

	@RequestMapping(params = { "action=queuedown" })
	ResponseEntity<String> queueDown(GuiQuery query) {
		return move(query, QueueMove.DOWN);
	}

	@RequestMapping(params = { "action=queuetop" })
	ResponseEntity<String> queueTop(GuiQuery query) {
		return move(query, QueueMove.TOP);
	}

	@RequestMapping(params = { "action=queuebottom" })
	ResponseEntity<String> queueBottom(GuiQuery query) {
		return move(query, QueueMove.BOTTOM);
	}

	private ResponseEntity<String> startUnforced(GuiQuery query) {
		List<TorrentId> ids = known(query);
		this.engine.setForceStart(ids, false);
		this.engine.start(ids);
		return this.replies.ok(query);
	}

	private ResponseEntity<String> remove(GuiQuery query, boolean deleteData, boolean deleteTorrentFile) {
		List<TorrentId> ids = known(query);
		if (deleteTorrentFile) {
			ids.forEach(this.copies::delete);
		}
		this.engine.remove(ids, deleteData);
		return this.replies.ok(query);
	}

	/**
	 * One torrent at a time, in the order the hashes are given (the WebUI relies on it).
	 */
	private ResponseEntity<String> move(GuiQuery query, QueueMove move) {
		for (TorrentId id : known(query)) {
			this.engine.moveInQueue(List.of(id), move);
		}
		return this.replies.ok(query);
	}

	private List<TorrentId> known(GuiQuery query) {
		return query.hashes().stream().filter((id) -> this.engine.find(id).isPresent()).toList();
	}

}
