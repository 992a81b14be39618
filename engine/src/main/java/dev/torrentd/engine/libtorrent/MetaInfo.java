package dev.torrentd.engine.libtorrent;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a torrent's metadata says, copied out of libtorrent once when the metadata is
 * known (and again after a file is renamed), so that reads never go back to libtorrent
 * for it.
 *
 * @param name the torrent's name
 * @param files files in index order, paths as renamed
 * @param pieceCount number of pieces
 * @param pieceLength bytes per piece (the last one may be shorter)
 * @param totalSize bytes of all files
 * @param comment comment, "" for none
 * @param createdBy "created by", "" for none
 * @param createdAt creation date, or null
 * @param isPrivate the private flag
 * @param infoHashV1 v1 info hash, "" if none
 * @param infoHashV2 v2 info hash, "" if none
 */
record MetaInfo(String name, List<FileEntry> files, int pieceCount, int pieceLength, long totalSize, String comment,
		String createdBy, @Nullable Instant createdAt, boolean isPrivate, String infoHashV1, String infoHashV2) {

	MetaInfo {
		files = List.copyOf(files);
	}

	/**
	 * Every file's path, pad files included, in native index order.
	 * @return the paths
	 */
	List<String> paths() {
		return this.files.stream().map(FileEntry::path).toList();
	}

	/**
	 * The paths of the files a user sees: BEP 47 pad files left out.
	 * @return the paths
	 */
	List<String> visiblePaths() {
		return this.files.stream().filter((f) -> !f.padFile()).map(FileEntry::path).toList();
	}

	/**
	 * One file of the metadata.
	 *
	 * @param path path relative to the save path, '/'-separated
	 * @param size bytes
	 * @param firstPiece first piece index
	 * @param lastPiece last piece index (inclusive)
	 * @param padFile a BEP 47 pad file (hidden from the dialects)
	 */
	record FileEntry(String path, long size, int firstPiece, int lastPiece, boolean padFile) {
	}

}
