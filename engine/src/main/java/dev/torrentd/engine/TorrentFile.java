package dev.torrentd.engine;

/**
 * One file of a torrent, as qBittorrent's {@code torrents/files} and µTorrent's
 * {@code getfiles} need it.
 *
 * @param index index in the torrent
 * @param path path relative to the save path, '/'-separated, including the root folder
 * @param sizeBytes file size
 * @param doneBytes verified bytes of this file
 * @param priority download priority
 * @param firstPiece index of the file's first piece
 * @param lastPiece index of the file's last piece (inclusive)
 * @param availability fraction of the file's pieces available from connected peers in [0,
 * 1], -1 when unknown
 */
public record TorrentFile(int index, String path, long sizeBytes, long doneBytes, FilePriority priority, int firstPiece,
		int lastPiece, double availability) {

	/**
	 * Progress of this file.
	 * @return {@code doneBytes / sizeBytes}, 1 for an empty file
	 */
	public double progress() {
		return (this.sizeBytes == 0) ? 1 : (double) this.doneBytes / this.sizeBytes;
	}

}
