@NullMarked
package dev.torrentd.qbittorrent.wire;

import org.jspecify.annotations.NullMarked;
