package dev.torrentd.qbittorrent.v2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.InvalidMetainfoException;
import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.qbittorrent.error.QbApiException;
import dev.torrentd.qbittorrent.error.QbError;
import dev.torrentd.qbittorrent.wire.AddRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * {@code torrents/add} as qBittorrent 5.1's {@code addAction}: first every {@code urls}
 * line, then every uploaded file part whatever its field name (Sonarr and Flood name it
 * {@code torrents}, @ctrl/qbittorrent {@code file}). A source counts as accepted when the
 * engine added it and it was not a duplicate; a line that is no source, a bad magnet or a
 * link that cannot be fetched is just not accepted. An uploaded file that is not a
 * torrent stops there with 415, earlier sources staying added; a valid one that cannot be
 * added (save path not creatable) is not accepted. Deliberately different: an http(s)
 * link is fetched before the answer (up to 30 s), where qBittorrent answers at once and
 * fetches in the background.
 */
@Component
public class AddTorrents {

	private static final Logger log = LoggerFactory.getLogger(AddTorrents.class);

	private final TorrentEngine engine;

	AddTorrents(TorrentEngine engine) {
		this.engine = engine;
	}

	/**
	 * Adds what the request names.
	 * @param request the urlencoded or multipart request
	 * @return true when at least one source was accepted ({@code Ok.}), false otherwise
	 * ({@code Fails.})
	 */
	public boolean add(HttpServletRequest request) {
		AddRequest add = AddRequest.parse(request::getParameter);
		boolean accepted = false;
		for (String url : add.urls()) {
			accepted |= AddRequest.source(url).map((source) -> addUrl(source, add.options())).orElse(false);
		}
		for (MultipartFile file : files(request)) {
			accepted |= addFile(file, add.options());
		}
		return accepted;
	}

	private boolean addUrl(TorrentSource source, AddOptions options) {
		try {
			return !this.engine.add(source, options).duplicate();
		}
		catch (InvalidTorrentException ex) {
			// qBittorrent reports a failed URL only in its log
			log.warn("Failed to add torrent. Source: {}. Reason: {}", source, ex.getMessage());
			return false;
		}
	}

	private boolean addFile(MultipartFile file, AddOptions options) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : file.getName();
		try {
			return !this.engine.add(new TorrentSource.MetainfoFile(file.getBytes()), options).duplicate();
		}
		catch (InvalidMetainfoException ex) {
			throw new QbApiException(QbError.BAD_DATA, "Error: '" + name + "' is not a valid torrent file.");
		}
		catch (InvalidTorrentException ex) {
			// a valid torrent that could not be added (e.g. its save path cannot be
			// created): not accepted, with the reason in the log, as qBittorrent logs it
			log.warn("Failed to add torrent. Source: {}. Reason: {}", name, ex.getMessage());
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<MultipartFile> files(HttpServletRequest request) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		List<MultipartFile> files = new ArrayList<>();
		if (multipart != null) {
			for (List<MultipartFile> parts : multipart.getMultiFileMap().values()) {
				for (MultipartFile part : parts) {
					// a browser form sends an empty, nameless part when no file was
					// chosen
					if (!(part.isEmpty()
							&& (part.getOriginalFilename() == null || part.getOriginalFilename().isEmpty()))) {
						files.add(part);
					}
				}
			}
		}
		return files;
	}

}
