/**
 * The one place µTorrent error replies are made.
 */
@NullMarked
package dev.torrentd.utorrent.error;

import org.jspecify.annotations.NullMarked;
