package dev.torrentd.engine.libtorrent;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.libtorrent4j.AddTorrentParams;
import org.libtorrent4j.AlertListener;
import org.libtorrent4j.alerts.Alert;
import org.libtorrent4j.alerts.AlertType;
import org.libtorrent4j.alerts.FileRenamedAlert;
import org.libtorrent4j.alerts.ListenSucceededAlert;
import org.libtorrent4j.alerts.SaveResumeDataAlert;
import org.libtorrent4j.alerts.SessionStatsAlert;
import org.libtorrent4j.alerts.SocketType;
import org.libtorrent4j.alerts.StateUpdateAlert;
import org.libtorrent4j.alerts.StorageMovedAlert;
import org.libtorrent4j.alerts.TorrentAlert;
import org.libtorrent4j.alerts.TrackerReplyAlert;
import org.libtorrent4j.swig.torrent_alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns libtorrent's alerts into calls on the engine thread. Runs on libtorrent4j's alert
 * thread: it copies what it needs out of each alert (whose memory libtorrent frees at the
 * next poll) and hands the work to the engine thread at once, so the alert thread never
 * blocks.
 */
final class AlertBridge implements AlertListener {

	private static final Logger log = LoggerFactory.getLogger(AlertBridge.class);

	private static final AlertType[] TYPES = { AlertType.STATE_UPDATE, AlertType.SESSION_STATS,
			AlertType.METADATA_RECEIVED, AlertType.METADATA_FAILED, AlertType.SAVE_RESUME_DATA,
			AlertType.SAVE_RESUME_DATA_FAILED, AlertType.TORRENT_FINISHED, AlertType.TORRENT_CHECKED,
			AlertType.STATE_CHANGED, AlertType.TORRENT_PAUSED, AlertType.TORRENT_RESUMED, AlertType.FILE_RENAMED,
			AlertType.FILE_RENAME_FAILED, AlertType.STORAGE_MOVED, AlertType.STORAGE_MOVED_FAILED,
			AlertType.TRACKER_REPLY, AlertType.LISTEN_SUCCEEDED, AlertType.LISTEN_FAILED, AlertType.TORRENT_ERROR,
			AlertType.FILE_ERROR, AlertType.FASTRESUME_REJECTED, AlertType.TORRENT_DELETE_FAILED,
			AlertType.ALERTS_DROPPED, AlertType.SESSION_ERROR };

	/** What the bridge calls on the engine thread. */
	interface Target {

		StateEvents events();

		void onSessionStats(SessionCounters.Sample sample);

		void onListening(int port);

		void postTorrentUpdates();

	}

	private final Consumer<Runnable> engineThread;

	private final Target target;

	private final SessionCounters counters;

	private final LongAdder alertsDropped = new LongAdder();

	AlertBridge(Consumer<Runnable> engineThread, Target target, SessionCounters counters) {
		this.engineThread = engineThread;
		this.target = target;
		this.counters = counters;
	}

	/** Times libtorrent's alert queue overflowed so far. */
	long alertsDropped() {
		return this.alertsDropped.sum();
	}

	@Override
	public int[] types() {
		int[] types = new int[TYPES.length];
		for (int i = 0; i < TYPES.length; i++) {
			types[i] = TYPES[i].swig();
		}
		return types;
	}

	@Override
	public void alert(Alert<?> alert) {
		try {
			dispatch(alert);
		}
		catch (RuntimeException ex) {
			// e.g. "invalid torrent handle used" for a torrent removed meanwhile; the
			// alert loop must go on
			log.debug("alert {} not handled: {}", alert.type(), ex.getMessage());
		}
	}

	private void dispatch(Alert<?> alert) {
		switch (alert.type()) {
			case STATE_UPDATE -> {
				List<LtStatus> statuses = ((StateUpdateAlert) alert).status().stream().map(LtStatus::of).toList();
				run(() -> this.target.events().onStatuses(statuses));
			}
			case SESSION_STATS -> {
				SessionCounters.Sample sample = this.counters.read((SessionStatsAlert) alert);
				run(() -> this.target.onSessionStats(sample));
			}
			case METADATA_RECEIVED -> {
				LtKey key = key(alert);
				run(() -> this.target.events().onMetadata(key));
			}
			case SAVE_RESUME_DATA -> {
				SaveResumeDataAlert a = (SaveResumeDataAlert) alert;
				LtKey key = key(alert);
				byte[] data = AddTorrentParams.writeResumeDataBuf(a.params());
				run(() -> {
					this.target.events().onResumeData(key, data);
				});
			}
			case SAVE_RESUME_DATA_FAILED -> {
				LtKey key = key(alert);
				run(() -> this.target.events().onResumeDataFailed(key));
			}
			case TORRENT_FINISHED -> {
				LtKey key = key(alert);
				run(() -> this.target.events().onFinished(key));
			}
			case TORRENT_CHECKED -> {
				LtKey key = key(alert);
				run(() -> this.target.events().onChecked(key));
			}
			case FILE_RENAMED -> {
				LtKey key = key(alert);
				int index = ((FileRenamedAlert) alert).index();
				run(() -> this.target.events().onFileRenamed(key, index));
			}
			case STORAGE_MOVED -> {
				LtKey key = key(alert);
				String path = ((StorageMovedAlert) alert).storagePath();
				run(() -> this.target.events().onStorageMoved(key, path));
			}
			case STORAGE_MOVED_FAILED -> {
				LtKey key = key(alert);
				String message = alert.message();
				run(() -> this.target.events().onStorageMoveFailed(key, message));
			}
			case TRACKER_REPLY -> {
				TrackerReplyAlert a = (TrackerReplyAlert) alert;
				LtKey key = key(alert);
				String url = a.trackerUrl();
				int peers = a.numPeers();
				run(() -> this.target.events().onTrackerReply(key, url, peers));
			}
			case LISTEN_SUCCEEDED -> {
				ListenSucceededAlert a = (ListenSucceededAlert) alert;
				if (a.socketType() == SocketType.TCP) {
					int port = a.port();
					run(() -> this.target.onListening(port));
				}
			}
			case STATE_CHANGED, TORRENT_PAUSED, TORRENT_RESUMED -> this.target.postTorrentUpdates();
			case ALERTS_DROPPED -> {
				this.alertsDropped.increment();
				log.warn("libtorrent: {}", alert.message());
			}
			case LISTEN_FAILED, SESSION_ERROR, TORRENT_ERROR, FILE_ERROR, FILE_RENAME_FAILED, TORRENT_DELETE_FAILED,
					METADATA_FAILED ->
				log.warn("libtorrent: {}", alert.message());
			case FASTRESUME_REJECTED -> log.info("libtorrent: {} (the files are checked again)", alert.message());
			default -> log.debug("libtorrent: {}", alert.message());
		}
	}

	private void run(Runnable task) {
		this.engineThread.accept(task);
	}

	private static LtKey key(Alert<?> alert) {
		torrent_alert swig = ((TorrentAlert<?>) alert).swig();
		return LtKey.of(swig.getHandle());
	}

}
