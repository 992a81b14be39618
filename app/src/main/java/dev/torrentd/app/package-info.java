/**
 * The torrentd server: a Spring Boot application that wires the engine and the client
 * dialects.
 */
@NullMarked
package dev.torrentd.app;

import org.jspecify.annotations.NullMarked;
