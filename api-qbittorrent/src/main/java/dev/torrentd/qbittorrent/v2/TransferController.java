package dev.torrentd.qbittorrent.v2;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.qbittorrent.AltSpeedLimits;
import dev.torrentd.qbittorrent.error.QbApiException;
import dev.torrentd.qbittorrent.error.QbError;
import dev.torrentd.qbittorrent.wire.PeerAddresses;
import dev.torrentd.qbittorrent.wire.QbValues;
import dev.torrentd.qbittorrent.wire.TransferJson;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/transfer}: global transfer figures, the global speed limits and the
 * alternative speed limits mode, as qBittorrent's {@code TransferController}. Limits are
 * bytes/s, 0 for none; the getters answer the limit in force.
 */
@RestController
@RequestMapping("/api/v2/transfer")
class TransferController {

	private final TorrentEngine engine;

	private final AltSpeedLimits altSpeedLimits;

	TransferController(TorrentEngine engine, AltSpeedLimits altSpeedLimits) {
		this.engine = engine;
		this.altSpeedLimits = altSpeedLimits;
	}

	/** The §4.9 object. */
	@RequestMapping(path = "/info", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> info() {
		return TransferJson.info(this.engine.transferStats(), this.engine.settings(), this.altSpeedLimits.enabled());
	}

	/** Text {@code 1} when the alternative limits are in force, else {@code 0}. */
	@RequestMapping(path = "/speedLimitsMode", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> speedLimitsMode() {
		return PlainText.of(this.altSpeedLimits.enabled() ? "1" : "0");
	}

	@PostMapping("/toggleSpeedLimitsMode")
	ResponseEntity<String> toggleSpeedLimitsMode() {
		this.altSpeedLimits.toggle();
		return PlainText.empty();
	}

	/** {@code mode}: an integer, any value but 0 for the alternative limits. */
	@PostMapping("/setSpeedLimitsMode")
	ResponseEntity<String> setSpeedLimitsMode(@RequestParam String mode) {
		this.altSpeedLimits.setEnabled(parseMode(mode) != 0);
		return PlainText.empty();
	}

	private static int parseMode(String mode) {
		try {
			return Integer.parseInt(mode.trim());
		}
		catch (NumberFormatException ex) {
			throw new QbApiException(QbError.BAD_PARAMS, "'mode': invalid argument");
		}
	}

	/** Text: the download limit in force, bytes/s, 0 for none. */
	@RequestMapping(path = "/downloadLimit", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> downloadLimit() {
		return PlainText.of(Long.toString(this.engine.settings().downloadLimitBytesPerSecond()));
	}

	/** Text: the upload limit in force, bytes/s, 0 for none. */
	@RequestMapping(path = "/uploadLimit", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> uploadLimit() {
		return PlainText.of(Long.toString(this.engine.settings().uploadLimitBytesPerSecond()));
	}

	/**
	 * {@code limit}: bytes/s for the mode in force; 0, negative or not a number for none.
	 * Kept as whole KiB/s (1 to 1024 become 1 KiB/s).
	 */
	@PostMapping("/setDownloadLimit")
	ResponseEntity<String> setDownloadLimit(@RequestParam String limit) {
		this.altSpeedLimits.setDownloadLimit(QbValues.longValue(limit));
		return PlainText.empty();
	}

	/** As {@link #setDownloadLimit}, for uploads. */
	@PostMapping("/setUploadLimit")
	ResponseEntity<String> setUploadLimit(@RequestParam String limit) {
		this.altSpeedLimits.setUploadLimit(QbValues.longValue(limit));
		return PlainText.empty();
	}

	/**
	 * {@code peers}: {@code ip:port} list separated by {@code |} (IPv6 as
	 * {@code [addr]:port}); their addresses join the engine's ban list (the
	 * {@code banned_IPs} preference), and connected peers from them are dropped, as
	 * qBittorrent's {@code banIP}. Malformed entries are skipped.
	 */
	@PostMapping("/banPeers")
	ResponseEntity<String> banPeers(@RequestParam String peers) {
		Set<String> banned = new TreeSet<>(this.engine.settings().bannedAddresses());
		PeerAddresses.parse(peers).forEach((peer) -> banned.add(peer.getAddress().getHostAddress()));
		this.engine.applySettings(this.engine.settings().toBuilder().bannedAddresses(banned).build());
		return PlainText.empty();
	}

}
