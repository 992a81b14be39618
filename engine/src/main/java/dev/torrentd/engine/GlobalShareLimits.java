package dev.torrentd.engine;

/**
 * The share limits that apply to every torrent whose own limit is
 * {@link ShareLimits#USE_GLOBAL}, as qBittorrent's {@code max_ratio},
 * {@code max_seeding_time}, {@code max_inactive_seeding_time} and {@code max_ratio_act}.
 *
 * @param ratioLimit ratio, or {@link ShareLimits#NO_LIMIT}
 * @param seedingTimeLimitMinutes minutes, or {@link ShareLimits#NO_LIMIT}
 * @param inactiveSeedingTimeLimitMinutes minutes, or {@link ShareLimits#NO_LIMIT}
 * @param action what to do when a limit is reached (never
 * {@link ShareLimitAction#DEFAULT})
 */
public record GlobalShareLimits(double ratioLimit, long seedingTimeLimitMinutes, long inactiveSeedingTimeLimitMinutes,
		ShareLimitAction action) {

	public GlobalShareLimits {
		requireLimit("ratio limit", ratioLimit);
		requireLimit("seeding time limit", seedingTimeLimitMinutes);
		requireLimit("inactive seeding time limit", inactiveSeedingTimeLimitMinutes);
		if (action == ShareLimitAction.DEFAULT) {
			throw new IllegalArgumentException("the global share limit action must be a real action");
		}
	}

	/**
	 * No limits; the action is "stop", as qBittorrent's defaults.
	 * @return qBittorrent's default global share limits
	 */
	public static GlobalShareLimits none() {
		return new GlobalShareLimits(ShareLimits.NO_LIMIT, ShareLimits.NO_LIMIT, ShareLimits.NO_LIMIT,
				ShareLimitAction.STOP);
	}

	private static void requireLimit(String what, double value) {
		if (value < 0 && value != ShareLimits.NO_LIMIT) {
			throw new IllegalArgumentException(what + " must be -1 (none) or >= 0: " + value);
		}
	}

}
