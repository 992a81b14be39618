@NullMarked
package dev.torrentd.qbittorrent.error;

import org.jspecify.annotations.NullMarked;
