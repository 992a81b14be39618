package dev.torrentd.utorrent.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.utorrent.error.GuiException;
import dev.torrentd.utorrent.settings.SettingValues;
import dev.torrentd.utorrent.wire.FileRow;
import dev.torrentd.utorrent.wire.TorrentProps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Carries out {@code setprops} and {@code setprio} on one torrent (µTorrent Server
 * manual, "Torrent Job Properties"): {@code label} (a qBittorrent category),
 * {@code trackers}, {@code ulrate}/{@code dlrate} (bytes/s, 0 = none), {@code superseed},
 * and the seeding goal {@code seed_override}/{@code seed_ratio} (per mille, 0 =
 * none)/{@code seed_time} (seconds, 0 = none). {@code dht}, {@code pex} and
 * {@code ulslots} are per-torrent switches the engine does not have: accepted, logged, no
 * effect.
 */
@Component
class PropertyWriter {

	private static final Logger log = LoggerFactory.getLogger(PropertyWriter.class);

	private final TorrentEngine engine;

	PropertyWriter(TorrentEngine engine) {
		this.engine = engine;
	}

	void apply(TorrentId id, List<Map.Entry<String, String>> pairs) {
		Torrent torrent = this.engine.get(id);
		SeedGoal goal = null;
		for (int i = 0; i < pairs.size(); i++) {
			Map.Entry<String, String> pair = pairs.get(i);
			String value = pair.getValue();
			switch (pair.getKey()) {
				case "label" -> {
					if (isLabelRemoval(pairs, i)) {
						removeLabel(torrent, value);
						i++;
					}
					else {
						this.engine.setCategory(List.of(id), value.trim());
					}
				}
				case "trackers" -> trackers(id, value);
				case "ulrate" -> this.engine.setUploadLimit(List.of(id), Math.max(0, number(pair)));
				case "dlrate" -> this.engine.setDownloadLimit(List.of(id), Math.max(0, number(pair)));
				case "superseed" -> this.engine.setSuperSeeding(List.of(id), bool(value));
				case "seed_override" -> goal = goal(goal, torrent).withOverride(bool(value));
				case "seed_ratio" -> goal = goal(goal, torrent).withRatio(number(pair));
				case "seed_time" -> goal = goal(goal, torrent).withSeconds(number(pair));
				case "dht", "pex", "ulslots" -> log.info("setprops {}={} has no effect: torrentd has no per-torrent {}",
						pair.getKey(), value, pair.getKey());
				default -> log.info("setprops: unknown property {} ignored", pair.getKey());
			}
		}
		if (goal != null) {
			this.engine.setShareLimits(List.of(id), goal.limits(torrent.shareLimits()));
		}
	}

	void setFilePriority(TorrentId id, String priority, List<String> files) {
		FilePriority target;
		try {
			target = FileRow.priority(Integer.parseInt(priority.trim()));
		}
		catch (IllegalArgumentException ex) {
			throw new GuiException("Invalid priority: " + priority);
		}
		int count = this.engine.files(id).size();
		Map<Integer, FilePriority> priorities = new HashMap<>();
		for (String file : files) {
			try {
				int index = Integer.parseInt(file.trim());
				if (index >= 0 && index < count) {
					priorities.put(index, target);
				}
			}
			catch (NumberFormatException ex) {
				throw new GuiException("Invalid file index: " + file);
			}
		}
		if (!priorities.isEmpty()) {
			this.engine.setFilePriorities(id, priorities);
		}
	}

	/**
	 * Sonarr removes its label with {@code label=X&label=} after setting the post-import
	 * label in an earlier request: {@code X} followed at once by an empty label means
	 * "remove X", which leaves any other label alone.
	 */
	static boolean isLabelRemoval(List<Map.Entry<String, String>> pairs, int index) {
		return !pairs.get(index).getValue().isEmpty() && index + 1 < pairs.size()
				&& pairs.get(index + 1).getKey().equals("label") && pairs.get(index + 1).getValue().isEmpty();
	}

	private void removeLabel(Torrent torrent, String label) {
		if (torrent.category().equals(label.trim())) {
			this.engine.setCategory(List.of(torrent.id()), "");
		}
	}

	/**
	 * The text replaces the torrent's tracker list: trackers no longer listed are
	 * removed, new ones are added tier by tier (each tier of new trackers after the
	 * existing ones).
	 */
	private void trackers(TorrentId id, String text) {
		List<List<String>> tiers = TorrentProps.parseTrackers(text);
		Set<String> wanted = new LinkedHashSet<>();
		tiers.forEach(wanted::addAll);
		List<String> current = this.engine.get(id).trackers();
		List<String> removed = current.stream().filter((url) -> !wanted.contains(url)).toList();
		if (!removed.isEmpty()) {
			this.engine.removeTrackers(id, removed);
		}
		for (List<String> tier : tiers) {
			List<String> added = new ArrayList<>(tier);
			added.removeAll(current);
			if (!added.isEmpty()) {
				this.engine.addTrackers(id, added);
			}
		}
	}

	private SeedGoal goal(SeedGoal goal, Torrent torrent) {
		if (goal != null) {
			return goal;
		}
		ShareLimits limits = torrent.shareLimits();
		boolean own = limits.ratioLimit() != ShareLimits.USE_GLOBAL
				|| limits.seedingTimeLimitMinutes() != ShareLimits.USE_GLOBAL;
		double ratio = (limits.ratioLimit() >= 0) ? limits.ratioLimit() : 0;
		long seconds = (limits.seedingTimeLimitMinutes() >= 0) ? limits.seedingTimeLimitMinutes() * 60 : 0;
		return new SeedGoal(own, ratio, seconds);
	}

	/**
	 * A number read as {@code setsetting} reads it: the reference WebUI sends what the
	 * user typed times a unit ({@code 1.1} × 10 = {@code 11.000000000000002}), Medusa
	 * {@code 15.0}; decimals are truncated.
	 */
	static long number(Map.Entry<String, String> pair) {
		Long value = SettingValues.parseInteger(pair.getValue());
		if (value == null) {
			throw new GuiException("Invalid value for " + pair.getKey() + ": " + pair.getValue());
		}
		return value;
	}

	static boolean bool(String value) {
		return Boolean.TRUE.equals(SettingValues.parseBoolean(value));
	}

	/**
	 * A torrent's own seeding goal: ratio and time, 0 for none.
	 *
	 * @param override whether the torrent has its own goal (else the global one)
	 * @param ratio the ratio (1.0 = 100 %)
	 * @param seconds the seeding time
	 */
	record SeedGoal(boolean override, double ratio, long seconds) {

		SeedGoal withOverride(boolean override) {
			return new SeedGoal(override, this.ratio, this.seconds);
		}

		/**
		 * Setting a goal turns the override on, as the WebUI's properties dialog does.
		 */
		SeedGoal withRatio(long perMille) {
			return new SeedGoal(true, Math.max(0, perMille) / 1000.0, this.seconds);
		}

		SeedGoal withSeconds(long seconds) {
			return new SeedGoal(true, this.ratio, Math.max(0, seconds));
		}

		ShareLimits limits(ShareLimits current) {
			if (!this.override) {
				return ShareLimits.useGlobal();
			}
			double ratioLimit = (this.ratio > 0) ? this.ratio : ShareLimits.NO_LIMIT;
			long minutes = (this.seconds > 0) ? Math.max(1, (this.seconds + 59) / 60) : ShareLimits.NO_LIMIT;
			long inactive = (current.inactiveSeedingTimeLimitMinutes() == ShareLimits.USE_GLOBAL) ? ShareLimits.NO_LIMIT
					: current.inactiveSeedingTimeLimitMinutes();
			return new ShareLimits(ratioLimit, minutes, inactive, current.action());
		}

	}

}
