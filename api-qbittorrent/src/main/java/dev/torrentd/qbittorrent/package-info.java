@NullMarked
package dev.torrentd.qbittorrent;

import org.jspecify.annotations.NullMarked;
