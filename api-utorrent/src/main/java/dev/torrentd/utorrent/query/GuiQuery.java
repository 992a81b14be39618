package dev.torrentd.utorrent.query;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.torrentd.engine.TorrentId;

import org.jspecify.annotations.Nullable;

/**
 * A {@code /gui/} query string read as µTorrent reads it: in order, duplicates kept, so
 * that {@code hash}, {@code s}, {@code v}, {@code p} and {@code f} bind to the ones
 * before them (µTorrent Server manual, setprops: "any following s= and v= pairs will
 * modify the properties of the last specified hash"). Values are percent-decoded as UTF-8
 * with {@code +} as a space; a malformed escape is kept as written.
 *
 * @param params every {@code name=value} in order ({@code name} alone has value "")
 */
public record GuiQuery(List<Param> params) {

	/** Magnet keys a client may have sent unencoded after {@code s=magnet:?xt=…}. */
	private static final Set<String> MAGNET_KEYS = Set.of("dn", "tr", "xl", "ws", "as", "xs", "kt", "so", "x.pe");

	public GuiQuery {
		params = List.copyOf(params);
	}

	/**
	 * One parameter.
	 *
	 * @param name the decoded name
	 * @param value the decoded value
	 */
	public record Param(String name, String value) {
	}

	/**
	 * A torrent with the properties set for it, in order ({@code setprops}).
	 *
	 * @param hash the torrent, as sent
	 * @param values the {@code s}/{@code v} pairs bound to it
	 */
	public record HashValues(String hash, List<Map.Entry<String, String>> values) {
	}

	/**
	 * Files of a torrent given one priority ({@code setprio}).
	 *
	 * @param hash the torrent, as sent
	 * @param priority the {@code p} value, as sent
	 * @param files the {@code f} values (file indexes), as sent
	 */
	public record Priority(String hash, String priority, List<String> files) {
	}

	/**
	 * Parses a raw query string.
	 * @param rawQuery the query string as received (may be null)
	 * @return the parameters in order
	 */
	public static GuiQuery parse(@Nullable String rawQuery) {
		List<Param> params = new ArrayList<>();
		if (rawQuery != null && !rawQuery.isEmpty()) {
			for (String part : rawQuery.split("&")) {
				if (part.isEmpty()) {
					continue;
				}
				int eq = part.indexOf('=');
				String name = (eq < 0) ? part : part.substring(0, eq);
				String value = (eq < 0) ? "" : part.substring(eq + 1);
				params.add(new Param(decode(name), decode(value)));
			}
		}
		return new GuiQuery(params);
	}

	/**
	 * The first value of a parameter.
	 * @param name the name
	 * @return the value, or null when absent
	 */
	public @Nullable String first(String name) {
		for (Param param : this.params) {
			if (param.name().equals(name)) {
				return param.value();
			}
		}
		return null;
	}

	/**
	 * Every value of a parameter, in order.
	 * @param name the name
	 * @return the values
	 */
	public List<String> all(String name) {
		List<String> values = new ArrayList<>();
		for (Param param : this.params) {
			if (param.name().equals(name)) {
				values.add(param.value());
			}
		}
		return values;
	}

	/**
	 * The {@code hash} values that are info hashes, in the order given, each once; others
	 * are skipped, as µTorrent ignores unknown hashes.
	 * @return the torrents
	 */
	public List<TorrentId> hashes() {
		LinkedHashMap<TorrentId, Boolean> ids = new LinkedHashMap<>();
		for (String hash : all("hash")) {
			TorrentId id = id(hash);
			if (id != null) {
				ids.putIfAbsent(id, Boolean.TRUE);
			}
		}
		return List.copyOf(ids.keySet());
	}

	/**
	 * An info hash in either case.
	 * @param hash the text
	 * @return the torrent, or null when it is not an info hash
	 */
	public static @Nullable TorrentId id(String hash) {
		try {
			return TorrentId.parse(hash.trim().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The {@code s}/{@code v} pairs in order ({@code setsetting}); a {@code v} without an
	 * {@code s} before it is skipped.
	 * @return the pairs
	 */
	public List<Map.Entry<String, String>> settingPairs() {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		String name = null;
		for (Param param : this.params) {
			if (param.name().equals("s")) {
				name = param.value();
			}
			else if (param.name().equals("v") && name != null) {
				pairs.add(Map.entry(name, param.value()));
			}
		}
		return pairs;
	}

	/**
	 * {@code setprops}: every {@code v} applies the current {@code s} to the current
	 * {@code hash}, whichever of {@code s} and {@code hash} came first (the reference
	 * WebUI sends {@code s=label&hash=H&v=L}, Sonarr {@code hash=H&s=label&v=L}); pairs
	 * before the first {@code hash} belong to it (@ctrl/utorrent sends
	 * {@code s=label&v=L&hash=H}).
	 * @return the torrents with their pairs, in the order the hashes first appear
	 */
	public List<HashValues> propertiesByHash() {
		Map<String, List<Map.Entry<String, String>>> byHash = new LinkedHashMap<>();
		List<Map.Entry<String, String>> beforeAnyHash = new ArrayList<>();
		String hash = null;
		String name = null;
		for (Param param : this.params) {
			switch (param.name()) {
				case "hash" -> {
					hash = param.value();
					List<Map.Entry<String, String>> values = byHash.computeIfAbsent(hash, (h) -> new ArrayList<>());
					values.addAll(beforeAnyHash);
					beforeAnyHash.clear();
				}
				case "s" -> name = param.value();
				case "v" -> {
					if (name != null) {
						(hash != null ? byHash.get(hash) : beforeAnyHash).add(Map.entry(name, param.value()));
					}
				}
				default -> {
				}
			}
		}
		List<HashValues> result = new ArrayList<>();
		byHash.forEach((h, values) -> result.add(new HashValues(h, values)));
		return result;
	}

	/**
	 * {@code setprio}: each {@code f} takes the current {@code hash} and {@code p}
	 * (utorrentctl sends {@code hash/p/f} triplets in one request).
	 * @return the groups, in order
	 */
	public List<Priority> priorities() {
		List<Priority> groups = new ArrayList<>();
		String hash = null;
		String priority = null;
		List<String> files = null;
		for (Param param : this.params) {
			switch (param.name()) {
				case "hash" -> {
					hash = param.value();
					files = null;
				}
				case "p" -> {
					priority = param.value();
					files = null;
				}
				case "f" -> {
					if (hash != null && priority != null) {
						if (files == null) {
							files = new ArrayList<>();
							groups.add(new Priority(hash, priority, files));
						}
						files.add(param.value());
					}
				}
				default -> {
				}
			}
		}
		return groups.stream().map((g) -> new Priority(g.hash(), g.priority(), List.copyOf(g.files()))).toList();
	}

	/**
	 * The {@code s} of {@code add-url}: a URL or magnet URI. A magnet whose own
	 * parameters arrived unencoded as separate query parameters (ng-torrent-ui sends
	 * {@code s=magnet:?xt=…&dn=…&tr=…}) gets them back.
	 * @return the URL, or null when absent
	 */
	public @Nullable String addUrl() {
		StringBuilder url = null;
		for (Param param : this.params) {
			if (url == null) {
				if (param.name().equals("s")) {
					url = new StringBuilder(param.value());
					if (!param.value().startsWith("magnet:")) {
						return param.value();
					}
				}
			}
			else if (MAGNET_KEYS.contains(param.name())) {
				url.append('&')
					.append(param.name())
					.append('=')
					.append(URLEncoder.encode(param.value(), StandardCharsets.UTF_8));
			}
			else {
				break;
			}
		}
		return (url != null) ? url.toString() : null;
	}

	private static String decode(String text) {
		if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '+') {
				bytes.write(' ');
			}
			else if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
				bytes.write(Integer.parseInt(text, i + 1, i + 3, 16));
				i += 2;
			}
			else {
				byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
					raw = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
					i++;
				}
				bytes.writeBytes(raw);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static boolean isHex(String text, int index) {
		return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
	}

}
