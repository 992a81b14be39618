package dev.torrentd.qbittorrent.wire;

import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.StopCondition;
import org.jspecify.annotations.Nullable;

/**
 * qBittorrent's wire names for the engine's enums and its share-limit values, in one
 * place for {@code torrents/add}, {@code torrents/setShareLimits} and the preferences.
 */
public final class QbNames {

	private QbNames() {
	}

	/**
	 * {@code Original}, {@code Subfolder}, {@code NoSubfolder}.
	 * @param name the wire name, or null
	 * @return the layout, null for anything else
	 */
	public static @Nullable ContentLayout contentLayout(@Nullable String name) {
		return switch ((name != null) ? name.trim() : "") {
			case "Original" -> ContentLayout.ORIGINAL;
			case "Subfolder" -> ContentLayout.SUBFOLDER;
			case "NoSubfolder" -> ContentLayout.NO_SUBFOLDER;
			default -> null;
		};
	}

	/**
	 * The wire name of a layout.
	 * @param layout the layout
	 * @return {@code Original}, {@code Subfolder} or {@code NoSubfolder}
	 */
	public static String contentLayout(ContentLayout layout) {
		return switch (layout) {
			case ORIGINAL -> "Original";
			case SUBFOLDER -> "Subfolder";
			case NO_SUBFOLDER -> "NoSubfolder";
		};
	}

	/**
	 * {@code Default}, {@code Stop}, {@code Remove}, {@code RemoveWithContent},
	 * {@code EnableSuperSeeding} (WebAPI 5.0).
	 * @param name the wire name, or null
	 * @return the action, null for anything else
	 */
	public static @Nullable ShareLimitAction shareLimitAction(@Nullable String name) {
		return switch ((name != null) ? name.trim() : "") {
			case "Default" -> ShareLimitAction.DEFAULT;
			case "Stop" -> ShareLimitAction.STOP;
			case "Remove" -> ShareLimitAction.REMOVE;
			case "RemoveWithContent" -> ShareLimitAction.REMOVE_WITH_CONTENT;
			case "EnableSuperSeeding" -> ShareLimitAction.ENABLE_SUPER_SEEDING;
			default -> null;
		};
	}

	/**
	 * {@code None}, {@code MetadataReceived}, {@code FilesChecked}.
	 * @param name the wire name, or null
	 * @return the condition, {@link StopCondition#NONE} for anything else
	 */
	public static StopCondition stopCondition(@Nullable String name) {
		return switch ((name != null) ? name.trim() : "") {
			case "MetadataReceived" -> StopCondition.METADATA_RECEIVED;
			case "FilesChecked" -> StopCondition.FILES_CHECKED;
			default -> StopCondition.NONE;
		};
	}

	/**
	 * A share limit as qBittorrent clamps it: -2 (use the global limit) stays, anything
	 * else below 0 and any non-finite value means no limit (-1).
	 * @param value a ratio or minutes
	 * @return the limit
	 */
	public static double shareLimit(double value) {
		if (value == ShareLimits.USE_GLOBAL) {
			return ShareLimits.USE_GLOBAL;
		}
		return (value < 0 || !Double.isFinite(value)) ? ShareLimits.NO_LIMIT : value;
	}

}
