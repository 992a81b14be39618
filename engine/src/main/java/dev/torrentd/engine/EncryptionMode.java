package dev.torrentd.engine;

/** Protocol encryption policy, as qBittorrent's {@code encryption} 0/1/2. */
public enum EncryptionMode {

	/** Allow both, prefer encrypted. */
	PREFER,

	/** Only encrypted connections. */
	REQUIRE,

	/** Only plain connections. */
	DISABLE

}
