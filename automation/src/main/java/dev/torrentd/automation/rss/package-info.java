/**
 * The implementation behind {@link dev.torrentd.automation.Automation}; not imported by
 * the dialects.
 */
@NullMarked
package dev.torrentd.automation.rss;

import org.jspecify.annotations.NullMarked;
