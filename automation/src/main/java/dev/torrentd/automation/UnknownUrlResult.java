package dev.torrentd.automation;

import dev.torrentd.engine.AddResult;

/**
 * What µTorrent's {@code add-unknown-url} turned a URL into.
 */
public sealed interface UnknownUrlResult {

	/**
	 * The URL was a torrent (a magnet, or a link answering with a .torrent file).
	 *
	 * @param result what the engine did with it
	 */
	record Torrent(AddResult result) implements UnknownUrlResult {
	}

	/**
	 * The URL was an RSS or Atom feed; it is now subscribed.
	 *
	 * @param feed the new feed
	 */
	record Feed(RssFeed feed) implements UnknownUrlResult {
	}

}
