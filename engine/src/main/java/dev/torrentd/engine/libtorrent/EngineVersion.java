package dev.torrentd.engine.libtorrent;

/** Versions reported by the engine. */
final class EngineVersion {

	/** torrentd's version, from the jar manifest when packaged. */
	static final String VERSION = version();

	private EngineVersion() {
	}

	private static String version() {
		String v = EngineVersion.class.getPackage().getImplementationVersion();
		return (v != null) ? v : "0.1.0";
	}

}
