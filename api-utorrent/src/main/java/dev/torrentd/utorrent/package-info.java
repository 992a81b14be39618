/**
 * The µTorrent WebUI / µTorrent Server dialect ({@code /gui/}, {@code /proxy}) over the
 * engine.
 */
@NullMarked
package dev.torrentd.utorrent;

import org.jspecify.annotations.NullMarked;
