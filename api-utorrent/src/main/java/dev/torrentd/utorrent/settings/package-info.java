/**
 * getsettings / setsetting: the typed setting list, persisted, and the transfer history.
 */
@NullMarked
package dev.torrentd.utorrent.settings;

import org.jspecify.annotations.NullMarked;
