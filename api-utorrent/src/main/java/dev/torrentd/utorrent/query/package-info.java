/**
 * The raw query string, read in order with duplicates, as µTorrent reads it.
 */
@NullMarked
package dev.torrentd.utorrent.query;

import org.jspecify.annotations.NullMarked;
