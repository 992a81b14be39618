/**
 * The {@code list=1&cid=} cache: which rows changed or were removed since a cache id.
 */
@NullMarked
package dev.torrentd.utorrent.cache;

import org.jspecify.annotations.NullMarked;
