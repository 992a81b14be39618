package dev.torrentd.engine;

/**
 * A torrent's own share limits, as qBittorrent's {@code ratio_limit},
 * {@code seeding_time_limit}, {@code inactive_seeding_time_limit} and
 * {@code share_limit_action}. Each limit is {@link #USE_GLOBAL}, {@link #NO_LIMIT}, or a
 * value &ge; 0.
 *
 * @param ratioLimit uploaded / downloaded at which the action runs
 * @param seedingTimeLimitMinutes minutes of seeding after which the action runs
 * @param inactiveSeedingTimeLimitMinutes minutes of seeding without transfer after which
 * the action runs
 * @param action the action, or {@link ShareLimitAction#DEFAULT} for the global one
 */
public record ShareLimits(double ratioLimit, long seedingTimeLimitMinutes, long inactiveSeedingTimeLimitMinutes,
		ShareLimitAction action) {

	/** The limit is taken from the global settings. */
	public static final int USE_GLOBAL = -2;

	/** There is no limit. */
	public static final int NO_LIMIT = -1;

	public ShareLimits {
		requireLimit("ratio limit", ratioLimit);
		requireLimit("seeding time limit", seedingTimeLimitMinutes);
		requireLimit("inactive seeding time limit", inactiveSeedingTimeLimitMinutes);
	}

	/**
	 * Every limit and the action taken from the global settings.
	 * @return the default limits of a new torrent
	 */
	public static ShareLimits useGlobal() {
		return new ShareLimits(USE_GLOBAL, USE_GLOBAL, USE_GLOBAL, ShareLimitAction.DEFAULT);
	}

	private static void requireLimit(String what, double value) {
		if (value < 0 && value != USE_GLOBAL && value != NO_LIMIT) {
			throw new IllegalArgumentException(what + " must be -2 (global), -1 (none) or >= 0: " + value);
		}
	}

}
