/**
 * What the automation services share: their threads and their JSON state files. Not
 * imported by the dialects.
 */
@NullMarked
package dev.torrentd.automation.support;

import org.jspecify.annotations.NullMarked;
