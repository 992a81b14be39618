package dev.torrentd.automation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a release title says about the episode it is: the show's name, season, episode and
 * the last episode of a range, and whether it is a REPACK or PROPER. The episode filter
 * of a rule reads the season and episode from it, and µTorrent's RSS item columns (NAME,
 * SEASON, EPISODE, EPISODE TO, REPACK) show it. Recognised markers: {@code S01E02},
 * {@code S01 E02}, {@code S01E02-E03}, {@code S01E02E03}, {@code 1x02} and
 * {@code 1x02-03}, in any case, not glued to a letter or digit before (so
 * {@code 1920x1080} is no episode). Pure.
 *
 * @param name the text before the episode marker with dots and underscores as spaces, or
 * the whole title when there is no marker
 * @param season the season, 0 when none
 * @param episode the (first) episode, 0 when none
 * @param episodeTo the last episode of a range, 0 when the title names one episode
 * @param repack whether the title says REPACK or PROPER
 */
public record ReleaseTitle(String name, int season, int episode, int episodeTo, boolean repack) {

	private static final Pattern SXXEYY = Pattern
		.compile("(?i)(?<![a-z0-9])s(\\d{1,3})[ ._-]?e(\\d{1,4})(?:(?:-e?|e)(\\d{1,4}))?(?![0-9])");

	private static final Pattern NXMM = Pattern
		.compile("(?i)(?<![a-z0-9])(\\d{1,2})x(\\d{1,4})(?:-(\\d{1,4}))?(?![0-9])");

	private static final Pattern REPACK = Pattern.compile("(?i)(?<![a-z])(repack|proper)(?![a-z])");

	/**
	 * Whether the title names an episode at all.
	 * @return true when a season/episode marker was found
	 */
	public boolean episodic() {
		return this.season > 0 || this.episode > 0;
	}

	/**
	 * Decodes a title.
	 * @param title the item's title
	 * @return the decoded parts
	 */
	public static ReleaseTitle parse(String title) {
		boolean repack = REPACK.matcher(title).find();
		Matcher marker = SXXEYY.matcher(title);
		if (!marker.find()) {
			marker = NXMM.matcher(title);
			if (!marker.find()) {
				return new ReleaseTitle(title.strip(), 0, 0, 0, repack);
			}
		}
		int season = number(marker.group(1));
		int episode = number(marker.group(2));
		int episodeTo = (marker.group(3) != null) ? number(marker.group(3)) : 0;
		if (episodeTo <= episode) {
			episodeTo = 0;
		}
		String name = cleanName(title.substring(0, marker.start()));
		return new ReleaseTitle(name.isEmpty() ? title.strip() : name, season, episode, episodeTo, repack);
	}

	private static int number(String digits) {
		return Integer.parseInt(digits);
	}

	/** "The.Show.Name." → "The Show Name"; a trailing separator such as " - " goes. */
	private static String cleanName(String prefix) {
		String spaced = prefix.replace('.', ' ').replace('_', ' ').strip();
		while (!spaced.isEmpty() && "-([".indexOf(spaced.charAt(spaced.length() - 1)) >= 0) {
			spaced = spaced.substring(0, spaced.length() - 1).strip();
		}
		return spaced.replaceAll("\\s+", " ");
	}

}
