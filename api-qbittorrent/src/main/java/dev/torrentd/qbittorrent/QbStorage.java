package dev.torrentd.qbittorrent;

import java.nio.file.Path;

/**
 * Where the qBittorrent dialect keeps what is its own (the preferences that have no
 * engine setting, such as the alternative speed limits): a directory the app provides,
 * inside the state directory.
 *
 * @param directory the directory; created when first written
 */
public record QbStorage(Path directory) {
}
