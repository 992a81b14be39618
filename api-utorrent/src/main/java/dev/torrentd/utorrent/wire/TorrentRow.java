package dev.torrentd.utorrent.wire;

import java.util.List;

import dev.torrentd.automation.UtorrentStatus;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentState;

/**
 * One row of {@code torrents} / {@code torrentp} in {@code list=1}: 29 columns in
 * µTorrent 3.x order (µTorrent Server manual, list=1, plus the 3.x columns 25–28).
 * Numbers are integers, strings are never null.
 *
 * <p>
 * Columns: 0 hash (upper case), 1 status bits ({@link StatusFlags}), 2 name, 3 size of
 * the wanted files (bytes), 4 progress (‰ of the wanted bytes), 5 downloaded (bytes,
 * all-time), 6 uploaded (bytes, all-time), 7 ratio (‰), 8 upload rate (B/s), 9 download
 * rate (B/s), 10 ETA (s, -1 = unknown/infinite), 11 label (the category, "" for none), 12
 * peers connected, 13 peers in swarm, 14 seeds connected, 15 seeds in swarm, 16
 * availability (1/65536 of a copy), 17 queue order (1-based, -1 = not queued), 18
 * remaining (bytes), 19 download URL (""), 20 RSS feed URL (""), 21 status message
 * ({@link dev.torrentd.automation.UtorrentStatus#message}), 22 stream id, 23 added (unix
 * s), 24 completed (unix s, 0 = never), 25 app update URL (""), 26 save path (the
 * directory holding the content), 27 int 0, 28 "". Byte counts and dates are
 * {@code Long}, every other number an {@code Integer} (clients read them as 32-bit ints),
 * every text a non-null {@code String}: Sonarr needs at least 28 columns of JSON
 * integers, Cleanuparr strings in 11, 19–22, 25, 26 (utorrent-webui spec §2.4,
 * arr-clients §6.4).
 */
public final class TorrentRow {

	/** The number of columns (Sonarr reads at least 28, Cleanuparr 27). */
	public static final int COLUMNS = 29;

	/** Availability 1.0 (one distributed copy) in the column's 1/65536 units. */
	private static final int ONE_COPY = 65536;

	/** The ratio column's ceiling: the engine's ratio cap in per mille. */
	private static final int MAX_RATIO_PER_MILLE = (int) (Torrent.MAX_RATIO * 1000);

	private TorrentRow() {
	}

	/**
	 * The row of a torrent.
	 * @param torrent the engine's snapshot
	 * @param queueingEnabled whether the engine's queue is on
	 * @return 29 values
	 */
	public static List<Object> of(Torrent torrent, boolean queueingEnabled) {
		// List.of refuses null, so a null can never reach a client
		return List.of(hash(torrent.id()), StatusFlags.of(torrent, queueingEnabled), torrent.name(),
				torrent.wantedSizeBytes(), UtorrentStatus.progressPerMille(torrent), torrent.downloadedBytes(),
				torrent.uploadedBytes(), ratioPerMille(torrent.ratio()),
				WireNumbers.rate(torrent.uploadRateBytesPerSecond()),
				WireNumbers.rate(torrent.downloadRateBytesPerSecond()), etaSeconds(torrent), torrent.category(),
				torrent.connectedLeechers(), torrent.swarmLeechers(), torrent.connectedSeeds(), torrent.swarmSeeds(),
				availability(torrent), queueOrder(torrent.queuePosition()), torrent.remainingBytes(), "", "",
				UtorrentStatus.message(torrent), streamId(torrent.id()), torrent.addedAt().getEpochSecond(),
				WireNumbers.unixSeconds(torrent.completedAt()), "", torrent.savePath().toString(), 0, "");
	}

	/**
	 * The hash as µTorrent writes it: 40 upper-case hex digits.
	 * @param id the torrent
	 * @return the upper-case info hash
	 */
	public static String hash(TorrentId id) {
		return id.toString().toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * The STREAM ID column (22), which {@code /proxy?sid=} takes: 8 hex digits derived
	 * from the info hash.
	 * @param id the torrent
	 * @return the stream id
	 */
	public static String streamId(TorrentId id) {
		return id.toString().substring(0, 8);
	}

	/**
	 * The RATIO column (7): uploaded / downloaded in per mille, rounded; an infinite or
	 * huge ratio reads the engine's cap ({@link Torrent#MAX_RATIO}, 9,999,000 ‰) and a
	 * NaN 0.
	 * @param ratio the engine's ratio
	 * @return 0..9,999,000
	 */
	static int ratioPerMille(double ratio) {
		if (!(ratio > 0)) {
			return 0;
		}
		return (int) Math.min(MAX_RATIO_PER_MILLE, Math.round(ratio * 1000));
	}

	/**
	 * The ETA column (10): seconds until the wanted files are complete while downloading;
	 * -1 (shown as ∞) when the engine does not know ({@link Torrent#ETA_INFINITE}) and in
	 * every other state (seeding, stopped, queued, checking, fetching metadata, error).
	 */
	static int etaSeconds(Torrent torrent) {
		long eta = torrent.etaSeconds();
		if (torrent.state() != TorrentState.DOWNLOADING || torrent.complete() || eta < 0
				|| eta >= Torrent.ETA_INFINITE) {
			return -1;
		}
		return WireNumbers.toInt(eta);
	}

	/**
	 * The AVAILABILITY column (16): distributed copies in the connected swarm in
	 * 1/65536ths. libtorrent does not count them for a seed (-1): a complete torrent then
	 * reads one full copy (its own), an incomplete one 0.
	 */
	static int availability(Torrent torrent) {
		double copies = torrent.availability();
		if (!(copies >= 0)) {
			return torrent.complete() ? ONE_COPY : 0;
		}
		return WireNumbers.toInt(Math.round(copies * ONE_COPY));
	}

	/** The QUEUE ORDER column (17): 1-based, -1 when not in the download queue. */
	static int queueOrder(int queuePosition) {
		return (queuePosition < 0) ? -1 : queuePosition + 1;
	}

}
