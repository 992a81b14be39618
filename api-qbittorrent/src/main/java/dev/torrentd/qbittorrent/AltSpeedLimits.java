package dev.torrentd.qbittorrent;

import org.springframework.stereotype.Component;

/**
 * qBittorrent's alternative speed limits mode ({@code transfer/speedLimitsMode},
 * {@code use_alt_speed_limits}).
 */
@Component
public class AltSpeedLimits {

	/**
	 * Whether the alternative limits are in force.
	 * @return true when on
	 */
	public boolean enabled() {
		throw new UnsupportedOperationException("written in the app/transfer change");
	}

}
