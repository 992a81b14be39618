@NullMarked
package dev.torrentd.qbittorrent.auth;

import org.jspecify.annotations.NullMarked;
