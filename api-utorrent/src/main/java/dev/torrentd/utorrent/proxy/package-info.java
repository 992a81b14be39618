/**
 * {@code /proxy}: a torrent's file streamed with HTTP range support.
 */
@NullMarked
package dev.torrentd.utorrent.proxy;

import org.jspecify.annotations.NullMarked;
