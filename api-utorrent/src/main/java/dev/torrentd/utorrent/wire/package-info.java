/**
 * µTorrent wire shapes: fixed-column rows (torrents, files, peers), status flags,
 * properties.
 */
@NullMarked
package dev.torrentd.utorrent.wire;

import org.jspecify.annotations.NullMarked;
