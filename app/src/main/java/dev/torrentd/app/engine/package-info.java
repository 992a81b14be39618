@NullMarked
package dev.torrentd.app.engine;

import org.jspecify.annotations.NullMarked;
