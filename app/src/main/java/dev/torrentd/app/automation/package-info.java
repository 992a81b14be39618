/**
 * Starts the automation services (RSS, watch folders, event programs) for both dialects.
 */
@NullMarked
package dev.torrentd.app.automation;

import org.jspecify.annotations.NullMarked;
