package dev.torrentd.engine;

/** A move in the download queue. */
public enum QueueMove {

	UP, DOWN, TOP, BOTTOM

}
