/**
 * The reference WebUI served from {@code webui.zip} or a {@code webui/} folder.
 */
@NullMarked
package dev.torrentd.utorrent.webui;

import org.jspecify.annotations.NullMarked;
