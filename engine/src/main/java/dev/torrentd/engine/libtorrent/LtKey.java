package dev.torrentd.engine.libtorrent;

import org.libtorrent4j.swig.info_hash_t;
import org.libtorrent4j.swig.torrent_handle;

/**
 * Who an alert or status is about, copied out of libtorrent: the best info hash (the
 * truncated v2 hash for hybrid torrents), the v1 hash, and the handle's unique id. A
 * hybrid torrent added from a v1-only magnet changes its best hash when its metadata
 * arrives, so entries are found by either hash; the handle id tells a re-added torrent
 * from a late alert of the removed one.
 *
 * @param bestHash 40 hex digits
 * @param v1Hash 40 hex digits, or "" if none
 * @param handleId libtorrent's {@code torrent_handle::id()}, 0 when the torrent is gone
 */
record LtKey(String bestHash, String v1Hash, long handleId) {

	static LtKey of(torrent_handle handle) {
		info_hash_t hashes = handle.info_hashes();
		return new LtKey(hashes.get_best().to_hex(), hashes.has_v1() ? hashes.getV1().to_hex() : "", handle.id());
	}

}
