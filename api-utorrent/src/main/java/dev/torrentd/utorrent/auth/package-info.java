/**
 * HTTP Basic credentials, the CSRF token of {@code /gui/token.html} bound to a
 * {@code GUID} cookie, guest and IP rules.
 */
@NullMarked
package dev.torrentd.utorrent.auth;

import org.jspecify.annotations.NullMarked;
