package dev.torrentd.qbittorrent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.JsonNodeType;

/**
 * Compares the shape of our JSON with a golden capture: the same keys and the same JSON
 * types, recursively. Numbers are one type (qBittorrent writes {@code 0} for a float that
 * happens to be integral, e.g. {@code progress}); arrays must have as many elements, each
 * compared with the golden element at the same index (qBittorrent puts {@code is_seed} on
 * the first file only, so element shapes may differ).
 * <p>
 * Differences are located by a path such as {@code $.torrents.*.name} or
 * {@code $[*].state}: array indexes become {@code [*]} and 40-hex torrent IDs used as map
 * keys become {@code *}. {@link Rules} name, by such a pattern, the differences a
 * comparison tolerates; anything else is reported.
 * <p>
 * Public for app's {@code QbittorrentFidelityIT}, which compares torrentd with a running
 * qBittorrent 4.5.2 through the same rules (this module's test-jar).
 */
public final class JsonShapes {

	private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

	private static final Pattern TORRENT_ID = Pattern.compile("\\.[0-9a-f]{40}(?=\\.|\\[|$)");

	private JsonShapes() {
	}

	/**
	 * The differences a comparison tolerates.
	 *
	 * @param extraKeys keys the golden capture lacks that we may send, by pattern, with
	 * the JSON type they must have
	 * @param mayLack golden keys we may leave out, by pattern
	 * @param retyped golden keys whose type changed since the capture, by pattern, with
	 * the type we must send
	 * @param newerKeys whether every key the golden side lacks is accepted (a newer API
	 * than the golden one), instead of only those in {@code extraKeys}
	 * @param doubles when not {@code null}: integers must stay integers, that is a
	 * fraction or exponent ({@code 1.0}) where the golden side writes an integer literal
	 * ({@code 1}) is a difference, except at these patterns, the keys that are floating
	 * point in the golden server (it writes an integral double without a fraction, so one
	 * capture cannot tell); {@code null}: every number is one type
	 */
	public record Rules(Map<String, JsonNodeType> extraKeys, Set<String> mayLack, Map<String, JsonNodeType> retyped,
			boolean newerKeys, @Nullable Set<String> doubles) {

		/**
		 * No tolerated difference; every number one type.
		 * @return the rules
		 */
		public static Rules strict() {
			return new Rules(Map.of(), Set.of(), Map.of(), false, null);
		}

		/**
		 * Accepts every key the golden side lacks (checking only the keys it has).
		 * @return the widened rules
		 */
		public Rules anyExtraKeys() {
			return new Rules(this.extraKeys, this.mayLack, this.retyped, true, this.doubles);
		}

		/**
		 * Tells integer literals from floating-point ones, see {@link Rules}.
		 * @param patterns the keys that are floating point on the golden side
		 * @return the narrowed rules
		 */
		public Rules integersStayIntegers(Set<String> patterns) {
			return new Rules(this.extraKeys, this.mayLack, this.retyped, this.newerKeys, Set.copyOf(patterns));
		}

		/**
		 * Allows extra keys in the objects at one pattern.
		 * @param objectPattern e.g. {@code $[*]} for the elements of a list
		 * @param keys key name to JSON type
		 * @return the widened rules
		 */
		public Rules extraKeys(String objectPattern, Map<String, JsonNodeType> keys) {
			Map<String, JsonNodeType> extra = new HashMap<>(this.extraKeys);
			keys.forEach((key, type) -> extra.put(objectPattern + "." + key, type));
			return new Rules(Map.copyOf(extra), this.mayLack, this.retyped, this.newerKeys, this.doubles);
		}

		/**
		 * Allows golden keys to be absent.
		 * @param patterns full key patterns, e.g. {@code $.torrents}
		 * @return the widened rules
		 */
		public Rules mayLack(String... patterns) {
			Set<String> lack = new HashSet<>(this.mayLack);
			lack.addAll(List.of(patterns));
			return new Rules(this.extraKeys, Set.copyOf(lack), this.retyped, this.newerKeys, this.doubles);
		}

		/**
		 * Expects another type than the golden one at a key.
		 * @param pattern the key pattern
		 * @param type the type we must send
		 * @return the changed rules
		 */
		public Rules retyped(String pattern, JsonNodeType type) {
			Map<String, JsonNodeType> changed = new HashMap<>(this.retyped);
			changed.put(pattern, type);
			return new Rules(this.extraKeys, this.mayLack, Map.copyOf(changed), this.newerKeys, this.doubles);
		}

	}

	/**
	 * The pattern of a path: indexes and torrent IDs replaced by wildcards.
	 * @param path e.g. {@code $.torrents.0282dd156eac44ba0b76ce227e775234a322a781.name}
	 * @return e.g. {@code $.torrents.*.name}
	 */
	public static String pattern(String path) {
		return TORRENT_ID.matcher(INDEX.matcher(path).replaceAll("[*]")).replaceAll(".*");
	}

	/**
	 * Compares a whole answer with its golden capture.
	 * @param golden the captured JSON
	 * @param actual our JSON
	 * @param rules the tolerated differences
	 * @return one line per difference; empty when the shapes are the same
	 */
	public static List<String> compare(JsonNode golden, JsonNode actual, Rules rules) {
		List<String> differences = new ArrayList<>();
		compare("$", golden, actual, rules, differences);
		return differences;
	}

	/**
	 * Compares a {@code sync/maindata} delta with its golden capture. A delta carries
	 * whatever changed since the previous answer, and what changes besides the scenario's
	 * own edits (speeds, free disk space, activity times) depends on timing; so every
	 * golden key must be there with its type, and each further key must be one the full
	 * answer has, with the full answer's type.
	 * @param golden the captured delta
	 * @param full the captured full answer that gives the shape of further keys
	 * @param actual our delta
	 * @param rules the tolerated differences (for keys neither capture has)
	 * @return one line per difference
	 */
	public static List<String> compareDelta(JsonNode golden, JsonNode full, JsonNode actual, Rules rules) {
		List<String> differences = new ArrayList<>();
		compareDelta("$", golden, full, actual, rules, differences);
		return differences;
	}

	private static void compare(String path, JsonNode golden, JsonNode actual, Rules rules, List<String> differences) {
		JsonNodeType expected = rules.retyped().getOrDefault(pattern(path), golden.getNodeType());
		if (actual.getNodeType() != expected) {
			differences.add(path + ": golden " + name(expected) + ", ours " + describe(actual));
			return;
		}
		if (expected != golden.getNodeType()) {
			return;
		}
		Set<String> doubles = rules.doubles();
		if (doubles != null && golden.isIntegralNumber() && actual.isFloatingPointNumber()
				&& !doubles.contains(pattern(path))) {
			differences.add(path + ": golden integer " + golden + ", ours floating point " + actual);
		}
		if (golden.isObject()) {
			for (String key : golden.propertyNames()) {
				String child = path + "." + key;
				JsonNode ours = actual.get(key);
				if (ours == null) {
					if (!rules.mayLack().contains(pattern(child))) {
						differences.add(child + ": missing (golden " + describe(golden.get(key)) + ")");
					}
				}
				else {
					compare(child, golden.get(key), ours, rules, differences);
				}
			}
			for (String key : actual.propertyNames()) {
				if (!golden.has(key)) {
					extraKey(path + "." + key, actual.get(key), rules, differences);
				}
			}
		}
		else if (golden.isArray()) {
			if (golden.size() != actual.size()) {
				differences.add(path + ": golden has " + golden.size() + " elements, ours " + actual.size());
			}
			for (int i = 0; i < Math.min(golden.size(), actual.size()); i++) {
				compare(path + "[" + i + "]", golden.get(i), actual.get(i), rules, differences);
			}
		}
	}

	private static void compareDelta(String path, JsonNode golden, @Nullable JsonNode full, JsonNode actual,
			Rules rules, List<String> differences) {
		if (!actual.isObject()) {
			differences.add(path + ": golden object, ours " + describe(actual));
			return;
		}
		for (String key : golden.propertyNames()) {
			String child = path + "." + key;
			JsonNode ours = actual.get(key);
			JsonNode goldenChild = golden.get(key);
			if (ours == null) {
				if (!rules.mayLack().contains(pattern(child))) {
					differences.add(child + ": missing (golden " + describe(goldenChild) + ")");
				}
			}
			else if (goldenChild.isObject()) {
				compareDelta(child, goldenChild, child(full, key), ours, rules, differences);
			}
			else {
				compare(child, goldenChild, ours, rules, differences);
			}
		}
		for (String key : actual.propertyNames()) {
			if (golden.has(key)) {
				continue;
			}
			String child = path + "." + key;
			JsonNode reference = child(full, key);
			if (reference == null) {
				extraKey(child, actual.get(key), rules, differences);
			}
			else if (reference.isObject()) {
				compareDelta(child, JsonNodeFactory.instance.objectNode(), reference, actual.get(key), rules,
						differences);
			}
			else {
				compare(child, reference, actual.get(key), rules, differences);
			}
		}
	}

	private static @Nullable JsonNode child(@Nullable JsonNode node, String key) {
		return (node != null && node.isObject()) ? node.get(key) : null;
	}

	private static void extraKey(String path, JsonNode actual, Rules rules, List<String> differences) {
		if (rules.newerKeys()) {
			return;
		}
		JsonNodeType allowed = rules.extraKeys().get(pattern(path));
		if (allowed == null) {
			differences.add(path + ": not in the golden capture (ours " + describe(actual) + ")");
		}
		else if (actual.getNodeType() != allowed) {
			differences.add(path + ": expected " + name(allowed) + ", ours " + describe(actual));
		}
	}

	private static String describe(JsonNode node) {
		String text = node.toString();
		return name(node.getNodeType()) + " " + ((text.length() > 60) ? text.substring(0, 57) + "..." : text);
	}

	private static String name(JsonNodeType type) {
		return type.name().toLowerCase(java.util.Locale.ROOT);
	}

}
