package dev.torrentd.engine.libtorrent;

import java.util.Set;

import dev.torrentd.engine.EngineSettings;
import org.libtorrent4j.SettingsPack;
import org.libtorrent4j.swig.address;
import org.libtorrent4j.swig.alert;
import org.libtorrent4j.swig.error_code;
import org.libtorrent4j.swig.ip_filter;
import org.libtorrent4j.swig.session_handle;
import org.libtorrent4j.swig.settings_pack;
import org.libtorrent4j.swig.settings_pack.bool_types;
import org.libtorrent4j.swig.settings_pack.int_types;
import org.libtorrent4j.swig.settings_pack.string_types;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@link EngineSettings} into libtorrent settings, plus the fixed tuning that makes
 * transfers fast (measured in docs/engine.md): no outgoing uTP, a small alert mask, and
 * larger request, send and disk queues.
 */
final class SessionSettings {

	private static final Logger log = LoggerFactory.getLogger(SessionSettings.class);

	/**
	 * Peer requests in flight to one peer; one fast peer hit libtorrent's default of 500.
	 */
	static final int MAX_OUT_REQUEST_QUEUE = 1500;

	/** Bytes buffered per upload stream; the 500 KiB default caps a single fast peer. */
	static final int SEND_BUFFER_WATERMARK = 4 * 1024 * 1024;

	static final int SEND_BUFFER_LOW_WATERMARK = 1024 * 1024;

	/**
	 * Bytes waiting for the disk thread before the socket stops reading; 1 MiB stalls
	 * fast peers.
	 */
	static final int MAX_QUEUED_DISK_BYTES = 8 * 1024 * 1024;

	/** Room for resume-data alerts of every torrent at start-up and shutdown bursts. */
	static final int ALERT_QUEUE_SIZE = 50_000;

	/** Seconds to wait for trackers' replies to the "stopped" announce at shutdown. */
	static final int STOP_TRACKER_TIMEOUT = 2;

	private SessionSettings() {
	}

	/**
	 * The settings to start a session with (the alert mask is applied after the start,
	 * see {@link #alertMask()}).
	 * @param s the engine's settings
	 * @return a settings pack
	 */
	static SettingsPack pack(EngineSettings s) {
		SettingsPack sp = new SettingsPack();
		sp.setString(string_types.listen_interfaces.swigValue(), s.listenInterfaces());
		sp.setString(string_types.user_agent.swigValue(), "torrentd/" + EngineVersion.VERSION + " libtorrent/2.0.6");
		sp.setBoolean(bool_types.enable_dht.swigValue(), s.dht());
		sp.setBoolean(bool_types.enable_lsd.swigValue(), s.lsd());
		sp.setBoolean(bool_types.enable_upnp.swigValue(), s.upnp());
		sp.setBoolean(bool_types.enable_natpmp.swigValue(), s.natpmp());
		boolean tcp = s.protocols() != dev.torrentd.engine.PeerProtocols.UTP;
		boolean utp = s.protocols() != dev.torrentd.engine.PeerProtocols.TCP;
		sp.setBoolean(bool_types.enable_incoming_tcp.swigValue(), tcp);
		sp.setBoolean(bool_types.enable_outgoing_tcp.swigValue(), tcp);
		sp.setBoolean(bool_types.enable_incoming_utp.swigValue(), utp);
		// libtorrent dials uTP first to every peer when this is on: ~3.5 s lost per
		// TCP-only peer
		// and 12 MB/s on loopback instead of 230 MB/s (docs/engine.md). Only a uTP-only
		// setup dials uTP.
		sp.setBoolean(bool_types.enable_outgoing_utp.swigValue(), !tcp);
		switch (s.encryption()) {
			case REQUIRE -> {
				sp.setInteger(int_types.out_enc_policy.swigValue(), settings_pack.enc_policy.pe_forced.swigValue());
				sp.setInteger(int_types.in_enc_policy.swigValue(), settings_pack.enc_policy.pe_forced.swigValue());
				sp.setInteger(int_types.allowed_enc_level.swigValue(), settings_pack.enc_level.pe_rc4.swigValue());
				sp.setBoolean(bool_types.prefer_rc4.swigValue(), true);
			}
			case DISABLE -> {
				sp.setInteger(int_types.out_enc_policy.swigValue(), settings_pack.enc_policy.pe_disabled.swigValue());
				sp.setInteger(int_types.in_enc_policy.swigValue(), settings_pack.enc_policy.pe_disabled.swigValue());
				sp.setInteger(int_types.allowed_enc_level.swigValue(), settings_pack.enc_level.pe_both.swigValue());
				sp.setBoolean(bool_types.prefer_rc4.swigValue(), false);
			}
			default -> {
				sp.setInteger(int_types.out_enc_policy.swigValue(), settings_pack.enc_policy.pe_enabled.swigValue());
				sp.setInteger(int_types.in_enc_policy.swigValue(), settings_pack.enc_policy.pe_enabled.swigValue());
				sp.setInteger(int_types.allowed_enc_level.swigValue(), settings_pack.enc_level.pe_both.swigValue());
				sp.setBoolean(bool_types.prefer_rc4.swigValue(), false);
			}
		}
		sp.setInteger(int_types.connections_limit.swigValue(), unlimitedAsMax(s.maxConnections()));
		sp.setInteger(int_types.unchoke_slots_limit.swigValue(), s.maxUploads() < 0 ? -1 : s.maxUploads());
		sp.setInteger(int_types.download_rate_limit.swigValue(), clamp(s.downloadLimitBytesPerSecond()));
		sp.setInteger(int_types.upload_rate_limit.swigValue(), clamp(s.uploadLimitBytesPerSecond()));
		sp.setBoolean(bool_types.allow_multiple_connections_per_ip.swigValue(), s.multipleConnectionsPerIp());
		boolean queue = s.queueingEnabled();
		sp.setInteger(int_types.active_downloads.swigValue(), queue ? s.maxActiveDownloads() : -1);
		sp.setInteger(int_types.active_seeds.swigValue(), queue ? s.maxActiveUploads() : -1);
		sp.setInteger(int_types.active_limit.swigValue(), queue ? s.maxActiveTorrents() : -1);
		sp.setBoolean(bool_types.dont_count_slow_torrents.swigValue(), s.dontCountSlowTorrents());
		sp.setInteger(int_types.max_out_request_queue.swigValue(), MAX_OUT_REQUEST_QUEUE);
		sp.setInteger(int_types.send_buffer_watermark.swigValue(), SEND_BUFFER_WATERMARK);
		sp.setInteger(int_types.send_buffer_low_watermark.swigValue(), SEND_BUFFER_LOW_WATERMARK);
		sp.setInteger(int_types.max_queued_disk_bytes.swigValue(), MAX_QUEUED_DISK_BYTES);
		sp.setInteger(int_types.alert_queue_size.swigValue(), ALERT_QUEUE_SIZE);
		sp.setInteger(int_types.stop_tracker_timeout.swigValue(), STOP_TRACKER_TIMEOUT);
		return sp;
	}

	/**
	 * The alerts torrentd handles: status, errors, storage, trackers, performance
	 * warnings and file progress. libtorrent4j's own mask adds block/piece/peer alerts
	 * (~65 000 per 512 MiB); dropping them costs nothing and saves CPU.
	 * @return a settings pack that sets only the alert mask
	 */
	static SettingsPack alertMask() {
		int mask = alert.status_notification.to_int() | alert.error_notification.to_int()
				| alert.storage_notification.to_int() | alert.tracker_notification.to_int()
				| alert.performance_warning.to_int() | alert.file_progress_notification.to_int();
		return new SettingsPack().setInteger(int_types.alert_mask.swigValue(), mask);
	}

	/**
	 * Puts every peer in libtorrent's global peer class (rate-limited) or restores its
	 * default filter that exempts LAN and loopback peers from the global limits.
	 * @param session the session
	 * @param rateLimitLocalPeers whether LAN and loopback peers are limited too
	 */
	static void applyPeerClassFilter(session_handle session, boolean rateLimitLocalPeers) {
		ip_filter filter = new ip_filter();
		error_code ec = new error_code();
		long globalClass = 1L << 0;
		long localClass = 1L << 2;
		filter.add_rule(address.from_string("0.0.0.0", ec), address.from_string("255.255.255.255", ec), globalClass);
		filter.add_rule(address.from_string("::", ec),
				address.from_string("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", ec), globalClass);
		if (!rateLimitLocalPeers) {
			for (String[] range : new String[][] { { "10.0.0.0", "10.255.255.255" }, { "172.16.0.0", "172.31.255.255" },
					{ "192.168.0.0", "192.168.255.255" }, { "169.254.0.0", "169.254.255.255" },
					{ "127.0.0.0", "127.255.255.255" }, { "fc00::", "fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" },
					{ "fe80::", "febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff" }, { "::1", "::1" } }) {
				filter.add_rule(address.from_string(range[0], ec), address.from_string(range[1], ec),
						globalClass | localClass);
			}
		}
		session.set_peer_class_filter(filter);
	}

	/**
	 * Refuses the banned addresses as peers, incoming and outgoing; libtorrent
	 * disconnects the ones already connected. Entries that are not IP literals are
	 * skipped.
	 * @param session the session
	 * @param bannedAddresses IP literals
	 */
	static void applyIpFilter(session_handle session, Set<String> bannedAddresses) {
		ip_filter filter = new ip_filter();
		long blocked = 1L;
		for (String text : bannedAddresses) {
			error_code ec = new error_code();
			address banned = address.from_string(text, ec);
			if (ec.value() != 0) {
				log.warn("not an IP address, not banned: {}", text);
				continue;
			}
			filter.add_rule(banned, banned, blocked);
		}
		session.set_ip_filter(filter);
	}

	private static int unlimitedAsMax(int value) {
		return (value < 0) ? Integer.MAX_VALUE : value;
	}

	private static int clamp(long bytesPerSecond) {
		return (int) Math.min(Integer.MAX_VALUE, bytesPerSecond);
	}

}
