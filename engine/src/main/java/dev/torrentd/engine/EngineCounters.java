package dev.torrentd.engine;

/**
 * Running totals of the engine's own work since it started, for monitoring (torrentd's
 * metrics; no qBittorrent or µTorrent API shows them).
 *
 * @param alertsDropped times libtorrent's alert queue overflowed and dropped alerts
 * ({@code alerts_dropped_alert}); each one may have lost torrent updates until the next
 * state refresh
 * @param resumeDataWrites resume-data files ({@code .fastresume}) written to the state
 * directory
 * @param resumeDataWriteNanos total time spent writing them, in nanoseconds (atomic
 * write: temporary file, flush to disk, rename)
 */
public record EngineCounters(long alertsDropped, long resumeDataWrites, long resumeDataWriteNanos) {
}
