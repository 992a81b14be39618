@NullMarked
package dev.torrentd.app.security;

import org.jspecify.annotations.NullMarked;
