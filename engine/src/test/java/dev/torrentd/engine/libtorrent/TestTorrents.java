package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.libtorrent4j.TorrentBuilder;
import org.libtorrent4j.TorrentInfo;

/**
 * Real data and real .torrent files for tests: random bytes on disk, and v1-only metainfo
 * made by libtorrent (v1-only because aria2c 1.36 rejects hybrid torrents).
 */
public final class TestTorrents {

	private TestTorrents() {
	}

	/**
	 * Writes a file of random bytes.
	 * @param file where
	 * @param size bytes
	 * @param seed random seed, so that runs are repeatable
	 * @return the file
	 */
	public static Path randomFile(Path file, long size, long seed) {
		Random random = new Random(seed);
		byte[] chunk = new byte[64 * 1024];
		try {
			Files.createDirectories(file.getParent());
			try (var out = Files.newOutputStream(file)) {
				long left = size;
				while (left > 0) {
					random.nextBytes(chunk);
					int n = (int) Math.min(chunk.length, left);
					out.write(chunk, 0, n);
					left -= n;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * Makes a v1 .torrent of a file or folder.
	 * @param content the file, or the folder of a multi-file torrent
	 * @param pieceSize bytes per piece (a power of two, at least 16 KiB)
	 * @param trackers announce URLs
	 * @return the bencoded .torrent
	 */
	public static byte[] metainfo(Path content, int pieceSize, String... trackers) {
		NativeLibrary.ensureExtracted();
		return build(new TorrentBuilder().flags(TorrentBuilder.V1_ONLY), content, pieceSize, trackers);
	}

	/**
	 * Makes a hybrid (v1 + v2) .torrent, libtorrent's default.
	 * @param content the file, or the folder of a multi-file torrent
	 * @param pieceSize bytes per piece
	 * @return the bencoded .torrent
	 */
	public static byte[] hybridMetainfo(Path content, int pieceSize) {
		NativeLibrary.ensureExtracted();
		return build(new TorrentBuilder(), content, pieceSize);
	}

	/**
	 * The v1 info hash of a .torrent.
	 * @param metainfo its bytes
	 * @return 40 hex digits
	 */
	public static String v1InfoHash(byte[] metainfo) {
		NativeLibrary.ensureExtracted();
		return TorrentInfo.bdecode(metainfo).swig().info_hashes().getV1().to_hex();
	}

	private static byte[] build(TorrentBuilder builder, Path content, int pieceSize, String... trackers) {
		builder.path(content.toFile()).pieceSize(pieceSize).creator("torrentd tests");
		for (String tracker : trackers) {
			builder.addTracker(tracker);
		}
		try {
			return builder.generate().entry().bencode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The ID of a .torrent.
	 * @param metainfo its bytes
	 * @return the info hash as 40 hex digits
	 */
	public static String infoHash(byte[] metainfo) {
		NativeLibrary.ensureExtracted();
		return TorrentInfo.bdecode(metainfo).swig().info_hashes().get_best().to_hex();
	}

}
