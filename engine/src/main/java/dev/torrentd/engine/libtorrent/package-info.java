/**
 * The libtorrent4j adapter behind {@link dev.torrentd.engine.TorrentEngine}. Everything
 * here is package-private except {@link dev.torrentd.engine.libtorrent.LibtorrentEngine}
 * and its {@link dev.torrentd.engine.libtorrent.EngineConfig}.
 */
@NullMarked
package dev.torrentd.engine.libtorrent;

import org.jspecify.annotations.NullMarked;
