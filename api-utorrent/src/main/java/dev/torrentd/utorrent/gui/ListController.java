package dev.torrentd.utorrent.gui;

import java.util.Optional;

import dev.torrentd.utorrent.error.UnknownActionException;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.webui.WebUi;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /gui/} without an action: {@code list=1} (the torrent list), a bare
 * {@code /gui/} (the WebUI's index.html when there is one, else {@code {"build":N}},
 * which CouchPotato reads), and an unknown action (400 {@code invalid request}, which
 * utorrentctl uses to tell the desktop client from the server).
 */
@RestController
@RequestMapping(path = "/gui/", method = { RequestMethod.GET, RequestMethod.POST })
class ListController {

	private final GuiReplies replies;

	private final WebUi webUi;

	ListController(GuiReplies replies, WebUi webUi) {
		this.replies = replies;
		this.webUi = webUi;
	}

	@RequestMapping(params = { "list", "!action" })
	ResponseEntity<String> list(GuiQuery query) {
		return this.replies.ok(query);
	}

	@RequestMapping(params = { "!list", "!action" })
	ResponseEntity<?> bare(GuiQuery query) {
		boolean page = query.params().stream().allMatch((p) -> p.name().equals("t"));
		Optional<ResponseEntity<byte[]>> index = page ? this.webUi.serve("index.html") : Optional.empty();
		return index.<ResponseEntity<?>>map((r) -> r).orElseGet(() -> this.replies.ok(query));
	}

	@RequestMapping(params = "action")
	ResponseEntity<String> unknownAction(GuiQuery query) {
		throw new UnknownActionException(query.first("action"));
	}

}
