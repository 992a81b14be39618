package dev.torrentd.utorrent.proxy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.utorrent.query.GuiQuery;
import dev.torrentd.utorrent.wire.TorrentRow;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /proxy?id=<info hash>&file=<index>} (µTorrent Server manual) or
 * {@code /proxy?sid=<stream id>&file=<index>} (the reference WebUI): one file of a
 * torrent, whole or — for a {@code Range} request — in part (206 with
 * {@code Content-Range}, 416 for a range outside the file; Spring MVC's resource handling
 * does both). {@code file} may be omitted for a single-file torrent. Only files of that
 * torrent, only through authentication (the {@code /proxy} chain);
 * {@code disposition=ATTACHMENT|INLINE} picks the Content-Disposition.
 */
@RestController
class ProxyController {

	private final TorrentEngine engine;

	ProxyController(TorrentEngine engine) {
		this.engine = engine;
	}

	@GetMapping("/proxy")
	ResponseEntity<?> file(GuiQuery query) {
		Optional<Torrent> torrent = torrent(query.first("id"), query.first("sid"));
		if (torrent.isEmpty()) {
			return notFound();
		}
		List<TorrentFile> files = this.engine.files(torrent.get().id());
		TorrentFile file = pick(files, query.first("file"));
		if (file == null) {
			return notFound();
		}
		Path where = torrent.get().downloadPath();
		Path base = ((where != null) ? where : torrent.get().savePath()).toAbsolutePath().normalize();
		Path path = base.resolve(file.path()).normalize();
		if (!path.startsWith(base) || !Files.isRegularFile(path)) {
			return notFound();
		}
		String name = path.getFileName().toString();
		boolean inline = "INLINE".equalsIgnoreCase(query.first("disposition"));
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(name, java.nio.charset.StandardCharsets.UTF_8)
			.build();
		Resource resource = new FileSystemResource(path);
		return ResponseEntity.ok()
			.contentType(MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.ACCEPT_RANGES, "bytes")
			.body(resource);
	}

	private Optional<Torrent> torrent(@Nullable String id, @Nullable String sid) {
		if (id != null) {
			var torrentId = GuiQuery.id(id);
			return (torrentId != null) ? this.engine.find(torrentId) : Optional.empty();
		}
		if (sid != null && !sid.isBlank()) {
			String wanted = sid.trim().toLowerCase(Locale.ROOT);
			return this.engine.torrents()
				.stream()
				.filter((t) -> TorrentRow.streamId(t.id()).equals(wanted))
				.findFirst();
		}
		return Optional.empty();
	}

	private static @Nullable TorrentFile pick(List<TorrentFile> files, @Nullable String index) {
		if (index == null || index.isBlank()) {
			return (files.size() == 1) ? files.get(0) : null;
		}
		try {
			int i = Integer.parseInt(index.trim());
			return files.stream().filter((f) -> f.index() == i).findFirst().orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static ResponseEntity<String> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.parseMediaType("text/plain; charset=utf-8"))
			.body("invalid request");
	}

}
