package dev.torrentd.engine.libtorrent;

import java.time.Instant;

import dev.torrentd.engine.ConnectionStatus;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TransferStats;
import org.libtorrent4j.LibTorrent;
import org.libtorrent4j.alerts.SessionStatsAlert;

/**
 * Session-wide counters from libtorrent's once-a-second session stats, turned into
 * {@link TransferStats}. Rates are the counters' deltas over the time between two
 * samples.
 */
final class SessionCounters {

	/** The counters read from one session-stats alert. */
	record Sample(long receivedPayload, long sentPayload, long failedBytes, long redundantBytes, long dhtNodes,
			long peersConnected, boolean hasIncomingConnections) {
	}

	private final int recvPayload = LibTorrent.findMetricIdx("net.recv_payload_bytes");

	private final int sentPayload = LibTorrent.findMetricIdx("net.sent_payload_bytes");

	private final int recvFailed = LibTorrent.findMetricIdx("net.recv_failed_bytes");

	private final int recvRedundant = LibTorrent.findMetricIdx("net.recv_redundant_bytes");

	private final int dhtNodes = LibTorrent.findMetricIdx("dht.dht_nodes");

	private final int peersConnected = LibTorrent.findMetricIdx("peer.num_peers_connected");

	private final int hasIncoming = LibTorrent.findMetricIdx("net.has_incoming_connections");

	private Sample last = new Sample(0, 0, 0, 0, 0, 0, false);

	private Instant lastAt = Instant.EPOCH;

	private long downloadRate;

	private long uploadRate;

	/** Reads the counters; call inside the alert callback. */
	Sample read(SessionStatsAlert alert) {
		return new Sample(value(alert, this.recvPayload), value(alert, this.sentPayload), value(alert, this.recvFailed),
				value(alert, this.recvRedundant), value(alert, this.dhtNodes), value(alert, this.peersConnected),
				value(alert, this.hasIncoming) > 0);
	}

	/** Takes a sample in (engine thread). */
	void update(Sample sample, Instant at) {
		long millis = java.time.Duration.between(this.lastAt, at).toMillis();
		if (this.lastAt != Instant.EPOCH && millis > 0) {
			this.downloadRate = Math.max(0, (sample.receivedPayload() - this.last.receivedPayload()) * 1000 / millis);
			this.uploadRate = Math.max(0, (sample.sentPayload() - this.last.sentPayload()) * 1000 / millis);
		}
		this.last = sample;
		this.lastAt = at;
	}

	Sample last() {
		return this.last;
	}

	TransferStats stats(EngineSettings settings, long allTimeDownloadBase, long allTimeUploadBase, int listenPort,
			long freeSpace) {
		ConnectionStatus status = (listenPort <= 0) ? ConnectionStatus.DISCONNECTED
				: this.last.hasIncomingConnections() ? ConnectionStatus.CONNECTED : ConnectionStatus.FIREWALLED;
		return new TransferStats(this.downloadRate, this.uploadRate, this.last.receivedPayload(),
				this.last.sentPayload(), allTimeDownloadBase + this.last.receivedPayload(),
				allTimeUploadBase + this.last.sentPayload(), this.last.failedBytes() + this.last.redundantBytes(),
				settings.downloadLimitBytesPerSecond(), settings.uploadLimitBytesPerSecond(), this.last.dhtNodes(),
				this.last.peersConnected(), status, Math.max(0, listenPort), freeSpace);
	}

	private static long value(SessionStatsAlert alert, int index) {
		return (index >= 0) ? alert.value(index) : 0;
	}

}
