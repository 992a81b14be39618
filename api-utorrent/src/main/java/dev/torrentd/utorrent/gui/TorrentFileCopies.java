package dev.torrentd.utorrent.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import dev.torrentd.engine.AtomicFiles;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.utorrent.server.UtserverConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Copies of added .torrent files in {@code dir_torrent_files} (µTorrent Server manual),
 * named {@code <torrent name>.torrent}, which {@code removetorrent} and
 * {@code removedatatorrent} delete. Nothing is kept when the setting is empty.
 */
@Component
class TorrentFileCopies {

	private static final Logger log = LoggerFactory.getLogger(TorrentFileCopies.class);

	private final UtserverConfig utserver;

	private final TorrentEngine engine;

	TorrentFileCopies(UtserverConfig utserver, TorrentEngine engine) {
		this.utserver = utserver;
		this.engine = engine;
	}

	/**
	 * Writes the copy ({@link AtomicFiles}) as {@code <name>.torrent}, or
	 * {@code <name>.<hash prefix>.torrent} when another torrent's copy has that name; a
	 * failure is logged, the add stands.
	 */
	void save(TorrentId id, byte[] metainfo) {
		Path dir = this.utserver.current().torrentFilesDir();
		if (dir == null) {
			return;
		}
		this.engine.find(id).ifPresent((torrent) -> {
			try {
				Files.createDirectories(dir);
				Path plain = dir.resolve(fileName(torrent.name()));
				Path target = (Files.exists(plain) && !Arrays.equals(Files.readAllBytes(plain), metainfo))
						? dir.resolve(fileName(torrent.name(), id)) : plain;
				AtomicFiles.write(target, metainfo);
			}
			catch (IOException | UncheckedIOException ex) {
				log.warn("Could not keep a copy of {} in {}: {}", torrent.name(), dir, ex.getMessage());
			}
		});
	}

	/**
	 * Deletes the torrent's copy: its own {@code <name>.<hash prefix>.torrent}, else
	 * {@code <name>.torrent} unless another torrent has the same name (and so may own
	 * it).
	 */
	void delete(TorrentId id) {
		Path dir = this.utserver.current().torrentFilesDir();
		if (dir == null) {
			return;
		}
		this.engine.find(id).ifPresent((torrent) -> {
			try {
				if (!Files.deleteIfExists(dir.resolve(fileName(torrent.name(), id))) && this.engine.torrents()
					.stream()
					.noneMatch((other) -> !other.id().equals(id) && other.name().equals(torrent.name()))) {
					Files.deleteIfExists(dir.resolve(fileName(torrent.name())));
				}
			}
			catch (IOException ex) {
				log.warn("Could not delete the copy of {} in {}: {}", torrent.name(), dir, ex.getMessage());
			}
		});
	}

	static String fileName(String torrentName, TorrentId id) {
		return fileName(torrentName + "." + id.toString().substring(0, 8));
	}

	/** A name that stays inside the directory whatever the torrent is called. */
	static String fileName(String torrentName) {
		String safe = torrentName.replaceAll("[/\\\\\\x00]", "_");
		if (safe.isBlank() || safe.equals(".") || safe.equals("..")) {
			safe = "_";
		}
		return safe + ".torrent";
	}

}
