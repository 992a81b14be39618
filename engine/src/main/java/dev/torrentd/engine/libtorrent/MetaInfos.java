package dev.torrentd.engine.libtorrent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.libtorrent4j.FileStorage;
import org.libtorrent4j.TorrentInfo;

/** Copies a libtorrent {@code torrent_info} into a {@link MetaInfo}. */
final class MetaInfos {

	private MetaInfos() {
	}

	static MetaInfo of(TorrentInfo ti) {
		FileStorage fs = ti.files();
		int count = fs.numFiles();
		List<MetaInfo.FileEntry> files = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			long size = fs.fileSize(i);
			int first = (size == 0) ? fs.pieceIndexAtFile(i) : fs.pieceIndexAtFile(i);
			int last = (size == 0) ? first : fs.lastPieceIndexAtFile(i);
			files.add(new MetaInfo.FileEntry(fs.filePath(i).replace('\\', '/'), size, first, last, fs.padFileAt(i)));
		}
		long created = ti.creationDate();
		org.libtorrent4j.swig.info_hash_t hashes = ti.swig().info_hashes();
		return new MetaInfo(ti.name(), files, ti.numPieces(), ti.pieceLength(), ti.totalSize(), nonNull(ti.comment()),
				nonNull(ti.creator()), (created > 0) ? Instant.ofEpochSecond(created) : null, ti.isPrivate(),
				hashes.has_v1() ? new org.libtorrent4j.Sha1Hash(hashes.getV1()).toHex() : "",
				hashes.has_v2() ? hashes.getV2().to_hex() : "");
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

}
