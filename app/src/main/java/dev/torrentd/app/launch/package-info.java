@NullMarked
package dev.torrentd.app.launch;

import org.jspecify.annotations.NullMarked;
