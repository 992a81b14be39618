/**
 * What torrentd does on its own, once for both dialects: RSS feeds and download rules
 * ({@link dev.torrentd.automation.RssService}), watch folders
 * ({@link dev.torrentd.automation.WatchFolders}) and programs run on torrent events
 * ({@link dev.torrentd.automation.EventPrograms}). Built on the engine's public API only;
 * {@link dev.torrentd.automation.Automation} starts and stops all three. This is the only
 * package the dialect modules import from this module.
 */
@NullMarked
package dev.torrentd.automation;

import org.jspecify.annotations.NullMarked;
