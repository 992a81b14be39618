package dev.torrentd.engine.libtorrent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.ContentLayout;

/**
 * The file renames that give a torrent the requested {@link ContentLayout}, as
 * qBittorrent applies {@code contentLayout} when a torrent is added.
 */
final class ContentLayouts {

	private ContentLayouts() {
	}

	/**
	 * Renames for a layout.
	 * @param paths the files' paths in index order, '/'-separated
	 * @param layout the wanted layout
	 * @param torrentName the torrent's name (names the folder that
	 * {@link ContentLayout#SUBFOLDER} adds)
	 * @return new paths by file index, only for files that move
	 */
	static Map<Integer, String> renames(List<String> paths, ContentLayout layout, String torrentName) {
		Map<Integer, String> renames = new LinkedHashMap<>();
		String root = TorrentSnapshots.rootFolder(paths);
		if (layout == ContentLayout.NO_SUBFOLDER && root != null) {
			for (int i = 0; i < paths.size(); i++) {
				renames.put(i, paths.get(i).substring(root.length() + 1));
			}
		}
		else if (layout == ContentLayout.SUBFOLDER && root == null) {
			String folder = withoutExtension(torrentName);
			for (int i = 0; i < paths.size(); i++) {
				renames.put(i, folder + "/" + paths.get(i));
			}
		}
		return renames;
	}

	/**
	 * Renames that give a torrent's files a layout.
	 * @param info the torrent's metadata, with its original file names
	 * @param layout the wanted layout
	 * @return new paths by native file index, only for files that move
	 */
	static Map<Integer, String> renames(MetaInfo info, ContentLayout layout) {
		return renames(info.paths(), layout, info.name());
	}

	private static String withoutExtension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

}
