package dev.torrentd.utorrent.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.utorrent.error.GuiException;
import dev.torrentd.utorrent.server.UtserverConfig;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The download directories of {@code list-dirs} and the {@code download_dir}/{@code path}
 * options of the adds (µTorrent Server manual): index 0 is always the default save path,
 * then the {@code dir_download} entries of utserver.conf in file order.
 */
@Component
class DownloadDirs {

	private final TorrentEngine engine;

	private final UtserverConfig utserver;

	DownloadDirs(TorrentEngine engine, UtserverConfig utserver) {
		this.engine = engine;
		this.utserver = utserver;
	}

	List<Path> all() {
		List<Path> dirs = new ArrayList<>();
		dirs.add(this.engine.settings().defaultSavePath());
		dirs.addAll(this.utserver.current().downloadDirs());
		return dirs;
	}

	/**
	 * Free space in megabytes (the unit the reference WebUI shows), 0 when unknown.
	 */
	static long availableMegabytes(Path dir) {
		Path existing = dir.toAbsolutePath();
		while (existing != null && !Files.exists(existing)) {
			existing = existing.getParent();
		}
		try {
			return (existing != null) ? Files.getFileStore(existing).getUsableSpace() / (1024 * 1024) : 0;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * Where an add puts the torrent.
	 * @param downloadDir the {@code download_dir} index, or null
	 * @param path the {@code path} sub-directory, or null
	 * @return the save path, or null for the default (so that a label set later can place
	 * it)
	 * @throws GuiException for a bad index, an absolute path or one containing {@code ..}
	 */
	@Nullable Path savePath(@Nullable String downloadDir, @Nullable String path) {
		int index = 0;
		if (downloadDir != null && !downloadDir.isBlank()) {
			try {
				index = Integer.parseInt(downloadDir.trim());
			}
			catch (NumberFormatException ex) {
				throw new GuiException("Invalid download_dir: " + downloadDir);
			}
		}
		List<Path> dirs = all();
		if (index < 0 || index >= dirs.size()) {
			throw new GuiException("Invalid download_dir: " + downloadDir);
		}
		String sub = (path != null) ? path.trim() : "";
		if (sub.isEmpty()) {
			return (index == 0) ? null : dirs.get(index);
		}
		return subDirectory(dirs.get(index), sub);
	}

	static Path subDirectory(Path base, String sub) {
		Path relative = Path.of(sub);
		boolean parent = false;
		for (Path part : relative) {
			parent |= part.toString().equals("..");
		}
		if (relative.isAbsolute() || sub.startsWith("/") || sub.startsWith("\\") || parent) {
			throw new GuiException("Invalid path: it must be relative and may not contain ..");
		}
		return base.resolve(relative).normalize();
	}

}
