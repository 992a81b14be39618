package dev.torrentd.qbittorrent;

import java.util.Map;

import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.wire.QbPreferences;
import dev.torrentd.qbittorrent.wire.QbPreferences.SpeedLimits;

import org.springframework.stereotype.Component;

/**
 * qBittorrent's alternative speed limits mode ({@code transfer/speedLimitsMode},
 * {@code use_alt_speed_limits}) and its two sets of global limits ({@code dl_limit},
 * {@code up_limit}, {@code alt_dl_limit}, {@code alt_up_limit}). The set in force is the
 * engine's global limit, so whatever reads the engine sees the effective limit; the other
 * set and the mode are kept in the {@link QbPreferencesStore}. Switching the mode stores
 * the set that was in force and applies the other one to the engine. Every method is
 * atomic with respect to the others.
 */
@Component
public class AltSpeedLimits {

	static final String ENABLED = "use_alt_speed_limits";

	private static final String DL = "dl_limit";

	private static final String UP = "up_limit";

	private static final String ALT_DL = "alt_dl_limit";

	private static final String ALT_UP = "alt_up_limit";

	private final TorrentEngine engine;

	private final QbPreferencesStore store;

	/**
	 * The mode over an engine and the store that keeps the set of limits not in force.
	 * @param engine the engine, whose global limits are the set in force
	 * @param store the dialect's store
	 */
	public AltSpeedLimits(TorrentEngine engine, QbPreferencesStore store) {
		this.engine = engine;
		this.store = store;
	}

	/**
	 * Whether the alternative limits are in force. Not synchronized: the pollers
	 * ({@code sync/maindata}, {@code transfer/info}) must not wait while a change is
	 * applied to the engine.
	 * @return true when on
	 */
	public boolean enabled() {
		return Boolean.TRUE.equals(this.store.get(ENABLED));
	}

	/**
	 * Both sets of limits; the one in force is read from the engine.
	 * @return the normal and alternative limits, bytes/s, 0 for none
	 */
	public synchronized SpeedLimits limits() {
		EngineSettings settings = this.engine.settings();
		long dl = settings.downloadLimitBytesPerSecond();
		long up = settings.uploadLimitBytesPerSecond();
		if (enabled()) {
			return new SpeedLimits(stored(DL, SpeedLimits.DEFAULTS.download()),
					stored(UP, SpeedLimits.DEFAULTS.upload()), dl, up);
		}
		return new SpeedLimits(dl, up, stored(ALT_DL, SpeedLimits.DEFAULTS.altDownload()),
				stored(ALT_UP, SpeedLimits.DEFAULTS.altUpload()));
	}

	private long stored(String key, long fallback) {
		return (this.store.get(key) instanceof Number n) ? n.longValue() : fallback;
	}

	/**
	 * Switches the mode (as qBittorrent's {@code setSpeedLimitsMode}); nothing happens
	 * when it is already so.
	 * @param enabled true for the alternative limits
	 */
	public synchronized void setEnabled(boolean enabled) {
		if (enabled == enabled()) {
			return;
		}
		SpeedLimits limits = limits();
		store(limits, enabled);
		applyToEngine(this.engine.settings(), limits, enabled);
	}

	/** Switches to the other mode (as qBittorrent's {@code toggleSpeedLimitsMode}). */
	public synchronized void toggle() {
		setEnabled(!enabled());
	}

	/**
	 * Sets the download limit of the mode in force (as
	 * {@code transfer/setDownloadLimit}), rounded as qBittorrent
	 * ({@link QbPreferences#roundLimit}).
	 * @param bytesPerSecond the limit; 0 or less for none
	 */
	public synchronized void setDownloadLimit(long bytesPerSecond) {
		SpeedLimits l = limits();
		long limit = QbPreferences.roundLimit(bytesPerSecond);
		apply(this.engine.settings(), enabled() ? new SpeedLimits(l.download(), l.upload(), limit, l.altUpload())
				: new SpeedLimits(limit, l.upload(), l.altDownload(), l.altUpload()));
	}

	/**
	 * Sets the upload limit of the mode in force (as {@code transfer/setUploadLimit}),
	 * rounded as qBittorrent ({@link QbPreferences#roundLimit}).
	 * @param bytesPerSecond the limit; 0 or less for none
	 */
	public synchronized void setUploadLimit(long bytesPerSecond) {
		SpeedLimits l = limits();
		long limit = QbPreferences.roundLimit(bytesPerSecond);
		apply(this.engine.settings(), enabled() ? new SpeedLimits(l.download(), l.upload(), l.altDownload(), limit)
				: new SpeedLimits(l.download(), limit, l.altDownload(), l.altUpload()));
	}

	/**
	 * Applies engine settings together with new limits: the limits of the mode in force
	 * go to the engine, the others to the store.
	 * @param settings the engine settings (their speed limits are replaced)
	 * @param limits both sets of limits
	 */
	public synchronized void apply(EngineSettings settings, SpeedLimits limits) {
		boolean enabled = enabled();
		store(limits, enabled);
		applyToEngine(settings, limits, enabled);
	}

	private void store(SpeedLimits limits, boolean enabled) {
		// both sets are stored; only the set not in force is read back from here
		this.store.putAll(Map.of(ENABLED, enabled, DL, limits.download(), UP, limits.upload(), ALT_DL,
				limits.altDownload(), ALT_UP, limits.altUpload()));
	}

	private void applyToEngine(EngineSettings settings, SpeedLimits limits, boolean enabled) {
		EngineSettings next = settings.toBuilder()
			.downloadLimit(enabled ? limits.altDownload() : limits.download())
			.uploadLimit(enabled ? limits.altUpload() : limits.upload())
			.build();
		if (!next.equals(this.engine.settings())) {
			this.engine.applySettings(next);
		}
	}

}
