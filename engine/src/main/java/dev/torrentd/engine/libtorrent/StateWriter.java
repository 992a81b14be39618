package dev.torrentd.engine.libtorrent;

/**
 * The writer thread of the state directory: every write of the engine goes through it, in
 * order, so that a removal's delete and a re-add's writes of the same torrent cannot
 * cross.
 */
interface StateWriter {

	/** Queues a write. */
	void execute(Runnable write);

	/**
	 * Queues a write behind the pending ones and waits until it is on disk.
	 * @throws java.io.UncheckedIOException (or any exception) the write threw
	 */
	void executeAndWait(Runnable write);

}
