package dev.torrentd.utorrent.gui;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.utorrent.error.GuiException;
import dev.torrentd.utorrent.query.GuiQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code add-url} and {@code add-file} (µTorrent Server manual): the add is finished
 * before the answer, so the torrent is in the next list and a {@code setprops} right
 * after finds it (Sonarr and @ctrl/utorrent do that). Success is exactly
 * {@code {"build":N}} (remote-torrent-adder checks); a duplicate is a success that
 * changes nothing.
 */
@RestController
@RequestMapping(path = "/gui/", method = { RequestMethod.GET, RequestMethod.POST })
class AddController {

	private final TorrentEngine engine;

	private final GuiReplies replies;

	private final DownloadDirs dirs;

	private final TorrentFileCopies copies;

	AddController(TorrentEngine engine, GuiReplies replies, DownloadDirs dirs, TorrentFileCopies copies) {
		this.engine = engine;
		this.replies = replies;
		this.dirs = dirs;
		this.copies = copies;
	}

	@RequestMapping(params = "action=add-url")
	ResponseEntity<String> addUrl(GuiQuery query) {
		String url = query.addUrl();
		if (url == null || url.isBlank()) {
			throw new GuiException("Can't add torrent: no URL given (s=)");
		}
		this.engine.add(source(url), options(query));
		return this.replies.ok(query);
	}

	@RequestMapping(params = "action=add-file")
	ResponseEntity<String> addFile(GuiQuery query,
			@RequestParam(name = "torrent_file", required = false) @Nullable List<MultipartFile> files)
			throws IOException {
		if (files == null || files.isEmpty()) {
			throw new GuiException("Can't add torrent: no torrent_file part in the form");
		}
		AddOptions options = options(query);
		for (MultipartFile file : files) {
			byte[] bytes = file.getBytes();
			AddResult result = this.engine.add(new TorrentSource.MetainfoFile(bytes), options);
			if (!result.duplicate()) {
				this.copies.save(result.id(), bytes);
			}
		}
		return this.replies.ok(query);
	}

	private AddOptions options(GuiQuery query) {
		Path savePath = this.dirs.savePath(query.first("download_dir"), query.first("path"));
		return AddOptions.builder().savePath(savePath).build();
	}

	/**
	 * A magnet URI or an http(s) link; the WebUI's {@code :COOKIE:} suffix is dropped
	 * (the engine sends no cookies).
	 */
	static TorrentSource source(String url) {
		String link = url.trim();
		int cookie = link.indexOf(":COOKIE:");
		if (cookie >= 0) {
			link = link.substring(0, cookie);
		}
		String lower = link.toLowerCase(Locale.ROOT);
		if (lower.startsWith("magnet:")) {
			return new TorrentSource.Magnet(link);
		}
		if (lower.startsWith("http://") || lower.startsWith("https://")) {
			try {
				return new TorrentSource.Remote(URI.create(link));
			}
			catch (IllegalArgumentException ex) {
				throw new GuiException("Can't add torrent: not a valid URL");
			}
		}
		throw new GuiException("Can't add torrent: not a magnet URI or an http(s) URL");
	}

}
