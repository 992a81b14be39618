package dev.torrentd.utorrent;

import java.nio.file.Path;

/**
 * Where the µTorrent dialect keeps what is its own (µTorrent's {@code settings.dat}: the
 * settings with no engine equivalent, the transfer history): a directory the app
 * provides, inside the state directory.
 *
 * @param directory the directory; created when first written
 */
public record UtStorage(Path directory) {
}
