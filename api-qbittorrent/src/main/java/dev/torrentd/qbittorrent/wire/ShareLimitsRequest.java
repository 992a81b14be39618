package dev.torrentd.qbittorrent.wire;

import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code torrents/setShareLimits}: -2 use the global limit, -1 no
 * limit, else the value (ratio, or minutes); anything below -2 or between -2 and 0 counts
 * as no limit, as qBittorrent clamps it.
 *
 * @param ratioLimit {@code ratioLimit}
 * @param seedingTimeLimitMinutes {@code seedingTimeLimit}
 * @param inactiveSeedingTimeLimitMinutes {@code inactiveSeedingTimeLimit}
 * @param action {@code shareLimitAction} (2.12, optional), or null to keep each torrent's
 * own action
 */
public record ShareLimitsRequest(double ratioLimit, long seedingTimeLimitMinutes, long inactiveSeedingTimeLimitMinutes,
		@Nullable String action) {

	/**
	 * The limits for one torrent.
	 * @param current the torrent's limits now, whose action is kept when none is given
	 * @return the new limits
	 */
	public ShareLimits limitsFor(ShareLimits current) {
		return new ShareLimits(clamp(this.ratioLimit), (long) clamp(this.seedingTimeLimitMinutes),
				(long) clamp(this.inactiveSeedingTimeLimitMinutes), action(current.action()));
	}

	private ShareLimitAction action(ShareLimitAction current) {
		if (this.action == null) {
			return current;
		}
		return switch (this.action.trim()) {
			case "Stop" -> ShareLimitAction.STOP;
			case "Remove" -> ShareLimitAction.REMOVE;
			case "RemoveWithContent" -> ShareLimitAction.REMOVE_WITH_CONTENT;
			case "EnableSuperSeeding" -> ShareLimitAction.ENABLE_SUPER_SEEDING;
			case "Default" -> ShareLimitAction.DEFAULT;
			default -> current;
		};
	}

	private static double clamp(double value) {
		if (value == ShareLimits.USE_GLOBAL) {
			return ShareLimits.USE_GLOBAL;
		}
		return (value < 0 || !Double.isFinite(value)) ? ShareLimits.NO_LIMIT : value;
	}

}
