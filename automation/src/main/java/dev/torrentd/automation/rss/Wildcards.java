package dev.torrentd.automation.rss;

import java.util.regex.Pattern;

/**
 * Wildcard expressions as qBittorrent's rules read them (Qt's
 * {@code wildcardToRegularExpression}, unanchored, not path-aware): {@code *} any run of
 * characters, {@code ?} one character, {@code [abc]}/{@code [!abc]} a character set;
 * everything else literal. Written here because the JDK's only glob support is for
 * anchored file paths.
 */
final class Wildcards {

	private Wildcards() {
	}

	/**
	 * The regular expression for a wildcard expression.
	 * @param wildcard e.g. {@code "S01E0?"}
	 * @return a pattern that finds it anywhere in a text
	 */
	static String toRegex(String wildcard) {
		StringBuilder regex = new StringBuilder();
		int i = 0;
		while (i < wildcard.length()) {
			char c = wildcard.charAt(i);
			if (c == '*') {
				regex.append(".*");
			}
			else if (c == '?') {
				regex.append('.');
			}
			else if (c == '[') {
				int close = wildcard.indexOf(']', i + 2);
				if (close < 0) {
					regex.append(Pattern.quote("["));
				}
				else {
					String set = wildcard.substring(i + 1, close);
					boolean negated = set.startsWith("!");
					if (negated) {
						set = set.substring(1);
					}
					regex.append('[').append(negated ? "^" : "");
					for (char member : set.toCharArray()) {
						// ranges keep their dash; anything special to Java regex is
						// escaped
						regex.append((member == '-') ? "-" : escapeInSet(member));
					}
					regex.append(']');
					i = close;
				}
			}
			else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
			i++;
		}
		return regex.toString();
	}

	private static String escapeInSet(char c) {
		return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
	}

}
