@NullMarked
package dev.torrentd.qbittorrent.v2;

import org.jspecify.annotations.NullMarked;
