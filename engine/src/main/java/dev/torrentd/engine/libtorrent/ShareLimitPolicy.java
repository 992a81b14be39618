package dev.torrentd.engine.libtorrent;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;

/**
 * When a finished torrent has reached a share limit, and what to do then; libtorrent has
 * no such thing (its seed limits only rank the queue). Follows qBittorrent's
 * {@code SessionImpl::processShareLimits}: only finished torrents that are not
 * force-started, ratio first, then seeding time, then inactive seeding time.
 */
final class ShareLimitPolicy {

	private ShareLimitPolicy() {
	}

	/**
	 * A torrent's limits with the global ones substituted for
	 * {@link ShareLimits#USE_GLOBAL}.
	 *
	 * @param ratioLimit ratio, or -1 for none
	 * @param seedingTimeLimitMinutes minutes, or -1 for none
	 * @param inactiveSeedingTimeLimitMinutes minutes, or -1 for none
	 * @param action never {@link ShareLimitAction#DEFAULT}
	 */
	record Effective(double ratioLimit, long seedingTimeLimitMinutes, long inactiveSeedingTimeLimitMinutes,
			ShareLimitAction action) {
	}

	static Effective effective(ShareLimits own, GlobalShareLimits global) {
		return new Effective((own.ratioLimit() == ShareLimits.USE_GLOBAL) ? global.ratioLimit() : own.ratioLimit(),
				(own.seedingTimeLimitMinutes() == ShareLimits.USE_GLOBAL) ? global.seedingTimeLimitMinutes()
						: own.seedingTimeLimitMinutes(),
				(own.inactiveSeedingTimeLimitMinutes() == ShareLimits.USE_GLOBAL)
						? global.inactiveSeedingTimeLimitMinutes() : own.inactiveSeedingTimeLimitMinutes(),
				(own.action() == ShareLimitAction.DEFAULT) ? global.action() : own.action());
	}

	/**
	 * The action due for a torrent now, if any.
	 * @param torrent the torrent's snapshot
	 * @param limits its effective limits
	 * @param inactiveSeconds seconds since a payload byte last moved, -1 if never
	 * @return the action to take, or empty
	 */
	static Optional<ShareLimitAction> due(Torrent torrent, Effective limits, long inactiveSeconds) {
		if (!torrent.complete() || torrent.forceStart()) {
			return Optional.empty();
		}
		boolean reached = (limits.ratioLimit() >= 0 && torrent.ratio() <= Torrent.MAX_RATIO
				&& torrent.ratio() >= limits.ratioLimit())
				|| (limits.seedingTimeLimitMinutes() >= 0
						&& torrent.seedingSeconds() / 60 >= limits.seedingTimeLimitMinutes())
				|| (limits.inactiveSeedingTimeLimitMinutes() >= 0 && inactiveSeconds >= 0
						&& inactiveSeconds / 60 >= limits.inactiveSeedingTimeLimitMinutes());
		if (!reached) {
			return Optional.empty();
		}
		// qBittorrent skips an action that has already been taken
		if ((limits.action() == ShareLimitAction.STOP && torrent.isStopped())
				|| (limits.action() == ShareLimitAction.ENABLE_SUPER_SEEDING && torrent.superSeeding())) {
			return Optional.empty();
		}
		return Optional.of(limits.action());
	}

	static long inactiveSeconds(TorrentEntry e, Instant now) {
		return (e.lastActivityAt != null) ? Math.max(0, Duration.between(e.lastActivityAt, now).toSeconds()) : -1;
	}

}
