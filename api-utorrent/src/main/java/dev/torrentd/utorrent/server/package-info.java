/**
 * µTorrent Server (utserver) behaviour: utserver.conf, reloads, maintenance request
 * files.
 */
@NullMarked
package dev.torrentd.utorrent.server;

import org.jspecify.annotations.NullMarked;
