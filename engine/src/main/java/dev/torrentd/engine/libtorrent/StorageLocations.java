package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Where libtorrent keeps a torrent's data when an incomplete-download folder is in use
 * ({@link dev.torrentd.engine.EngineSettings#incompleteSavePath()}): pure rules, after
 * qBittorrent's {@code TorrentImpl::adjustStorageLocation},
 * {@code SessionImpl::categoryDownloadPath} and {@code FileSearcher::search}.
 */
final class StorageLocations {

	private StorageLocations() {
	}

	/**
	 * The folder the data belongs in now: the download path until the torrent has
	 * finished, then the save path (qBittorrent's {@code adjustStorageLocation}).
	 * @param savePath the torrent's save path
	 * @param downloadPath its download path, or null for none
	 * @param finished every wanted byte was verified at some point (qBittorrent's
	 * "finished status", or libtorrent's finished/seeding state)
	 * @return the folder libtorrent should keep the data in
	 */
	static Path target(Path savePath, @Nullable Path downloadPath, boolean finished) {
		return (downloadPath == null || finished) ? savePath : downloadPath;
	}

	/**
	 * The download path of a new torrent, or of one whose save path follows its category.
	 * As qBittorrent's implicit category download path: {@code <incomplete>/<category>}
	 * for an automatically managed torrent with a category, the incomplete folder itself
	 * for any other torrent (torrentd categories have no download path of their own).
	 * @param incomplete the incomplete-download folder, or null when it is off
	 * @param autoManaged the save path follows the category
	 * @param category the category name, "" for none
	 * @param savePath the torrent's save path: a download path equal to it means none
	 * @return the download path, or null for none
	 */
	static @Nullable Path downloadPath(@Nullable Path incomplete, boolean autoManaged, String category, Path savePath) {
		if (incomplete == null) {
			return null;
		}
		Path path = (autoManaged && !category.isEmpty()) ? incomplete.resolve(category).normalize() : incomplete;
		return path.equals(savePath) ? null : path;
	}

	/**
	 * Where a torrent that libtorrent has no location for yet starts: as qBittorrent's
	 * file search when a torrent is added, the save path if any of its files is there
	 * already (content being added to seed, or downloaded before), else the download
	 * path.
	 * @param savePath the torrent's save path
	 * @param downloadPath its download path, or null for none
	 * @param files the torrent's file paths relative to the save path (empty without
	 * metadata)
	 * @param exists whether a file exists
	 * @return the folder to give libtorrent
	 */
	static Path initial(Path savePath, @Nullable Path downloadPath, List<String> files, Predicate<Path> exists) {
		if (downloadPath == null) {
			return savePath;
		}
		for (String file : files) {
			if (exists.test(savePath.resolve(file))) {
				return savePath;
			}
		}
		return downloadPath;
	}

}
