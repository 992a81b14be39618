package dev.torrentd.qbittorrent.wire;

import java.util.Map;
import java.util.TreeMap;

import dev.torrentd.engine.EngineVersions;

/**
 * The {@code app/buildInfo} object (spec §3.2), with the versions written as qBittorrent
 * writes them ({@code Utils::Misc::boostVersionString}, {@code opensslVersionString}).
 */
public final class BuildInfoJson {

	private BuildInfoJson() {
	}

	/**
	 * {@code {bitness, boost, libtorrent, openssl, platform, qt, zlib}}: the libraries
	 * the engine really runs on. There is no Qt, so {@code qt} names the Qt of the
	 * release presented; zlib is the one Java links.
	 * @param versions the engine's versions
	 * @param qt the Qt version to show
	 * @param zlib the zlib version to show
	 * @return the object, keys sorted
	 */
	public static Map<String, Object> buildInfo(EngineVersions versions, String qt, String zlib) {
		Map<String, Object> json = new TreeMap<>();
		json.put("bitness", bitness());
		json.put("boost", boost(versions.boost()));
		json.put("libtorrent", versions.libtorrent());
		json.put("openssl", openssl(versions.openssl()));
		json.put("platform", platform(System.getProperty("os.name", "")));
		json.put("qt", qt);
		json.put("zlib", zlib);
		return json;
	}

	/**
	 * Boost's version dotted with three parts, as qBittorrent prints
	 * {@code BOOST_VERSION}.
	 * @param boost Boost's {@code BOOST_LIB_VERSION}, e.g. {@code 1_78} (a dotted version
	 * is accepted too)
	 * @return e.g. {@code 1.78.0}
	 */
	static String boost(String boost) {
		String[] parts = boost.trim().split("[._]");
		StringBuilder dotted = new StringBuilder();
		for (int i = 0; i < 3; i++) {
			if (i > 0) {
				dotted.append('.');
			}
			dotted.append((i < parts.length && !parts[i].isEmpty()) ? parts[i] : "0");
		}
		return dotted.toString();
	}

	/**
	 * OpenSSL's bare version, the second word of {@code OpenSSL_version()} as qBittorrent
	 * takes it.
	 * @param openssl e.g. {@code OpenSSL 1.1.1m  14 Dec 2021}
	 * @return e.g. {@code 1.1.1m}; the text itself when it has a single word
	 */
	static String openssl(String openssl) {
		String[] words = openssl.trim().split("\\s+");
		return (words.length > 1) ? words[1] : words[0];
	}

	static String platform(String osName) {
		String os = osName.toLowerCase(java.util.Locale.ROOT);
		if (os.contains("linux")) {
			return "linux";
		}
		if (os.contains("mac")) {
			return "macos";
		}
		if (os.contains("windows")) {
			return "windows";
		}
		return "unknown";
	}

	private static int bitness() {
		String model = System.getProperty("sun.arch.data.model", "64");
		return "32".equals(model) ? 32 : 64;
	}

}
