package dev.torrentd.engine;

import java.net.URI;
import java.util.Arrays;

/** What to add: a magnet URI, the bytes of a .torrent file, or an http(s) link to one. */
public sealed interface TorrentSource {

	/**
	 * A magnet URI ({@code magnet:?xt=urn:btih:…}); parsed by libtorrent.
	 *
	 * @param uri the magnet URI as text (as clients send it, possibly not a valid java
	 * URI)
	 */
	record Magnet(String uri) implements TorrentSource {
	}

	/**
	 * The bytes of a .torrent file (bencoded metainfo).
	 *
	 * @param bytes the file's content
	 */
	record MetainfoFile(byte[] bytes) implements TorrentSource {

		public MetainfoFile {
			bytes = bytes.clone();
		}

		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

		@Override
		public boolean equals(Object other) {
			return (other instanceof MetainfoFile file) && Arrays.equals(this.bytes, file.bytes);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.bytes);
		}

		@Override
		public String toString() {
			return "MetainfoFile[" + this.bytes.length + " bytes]";
		}

	}

	/**
	 * An http(s) link to a .torrent file, fetched by the engine (bounded in size and
	 * time). A redirect to a magnet URI is followed, as indexers such as Prowlarr answer
	 * with one.
	 *
	 * @param uri the link
	 */
	record Remote(URI uri) implements TorrentSource {
	}

}
