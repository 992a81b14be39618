package dev.torrentd.engine;

/** State of one piece, as qBittorrent's {@code torrents/pieceStates} 0/1/2. */
public enum PieceState {

	MISSING,

	DOWNLOADING,

	HAVE

}
