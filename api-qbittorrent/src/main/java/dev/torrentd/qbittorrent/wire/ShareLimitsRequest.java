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
		return new ShareLimits(QbNames.shareLimit(this.ratioLimit),
				(long) QbNames.shareLimit(this.seedingTimeLimitMinutes),
				(long) QbNames.shareLimit(this.inactiveSeedingTimeLimitMinutes), action(current.action()));
	}

	private ShareLimitAction action(ShareLimitAction current) {
		ShareLimitAction named = QbNames.shareLimitAction(this.action);
		return (named != null) ? named : current;
	}

}
