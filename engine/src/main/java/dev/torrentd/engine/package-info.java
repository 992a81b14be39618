/**
 * The engine's public API: one facade ({@link dev.torrentd.engine.TorrentEngine}) plus
 * the records, enums and exceptions it speaks. This is the only package the dialect
 * modules may import; no libtorrent4j type appears here.
 */
@NullMarked
package dev.torrentd.engine;

import org.jspecify.annotations.NullMarked;
