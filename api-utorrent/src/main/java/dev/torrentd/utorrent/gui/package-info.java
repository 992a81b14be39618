/**
 * The {@code /gui/} controllers: one handler per action, routed by {@code params}.
 */
@NullMarked
package dev.torrentd.utorrent.gui;

import org.jspecify.annotations.NullMarked;
