package dev.torrentd.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The engine's runtime settings; the defaults are qBittorrent's, except where noted.
 * Change them with {@link TorrentEngine#applySettings}; they are persisted in the state
 * directory.
 *
 * @param listenInterfaces where to accept peers, in libtorrent's syntax
 * ({@code 0.0.0.0:6881,[::]:6881}); port 0 picks a free port
 * @param dht use the DHT
 * @param pex use peer exchange
 * @param lsd use local service discovery
 * @param upnp map the listen port with UPnP
 * @param natpmp map the listen port with NAT-PMP
 * @param protocols transports; with {@link PeerProtocols#TCP_AND_UTP} uTP is accepted
 * from peers but outgoing connections use TCP (libtorrent's uTP-first dialing costs
 * seconds per peer that lacks uTP and is slow on LANs; docs/engine.md)
 * @param encryption encryption policy
 * @param maxConnections global connection limit, -1 for none
 * @param maxConnectionsPerTorrent per-torrent connection limit, -1 for none
 * @param maxUploads global unchoke slots, -1 for none
 * @param maxUploadsPerTorrent per-torrent unchoke slots, -1 for none
 * @param downloadLimitBytesPerSecond global download limit, 0 for none
 * @param uploadLimitBytesPerSecond global upload limit, 0 for none
 * @param rateLimitLocalPeers apply the global limits to peers on the LAN and loopback too
 * (qBittorrent's "Apply rate limit to peers on LAN", on by default)
 * @param multipleConnectionsPerIp accept several peers from one IP address (qBittorrent's
 * {@code enable_multi_connections_from_same_ip}, off by default)
 * @param queueingEnabled hold torrents back beyond the active limits below
 * @param maxActiveDownloads active downloading torrents, -1 for none
 * @param maxActiveUploads active seeding torrents, -1 for none
 * @param maxActiveTorrents active torrents in all, -1 for none
 * @param dontCountSlowTorrents torrents below 2 KiB/s do not count toward the active
 * limits
 * @param defaultSavePath where content goes when nothing else says
 * @param autoManagedSavePath new torrents follow their category's save path
 * @param contentLayout layout of new torrents
 * @param addStopped add new torrents stopped
 * @param shareLimits global share limits
 * @param bannedAddresses IP addresses (literals) refused as peers: no connection to or
 * from them (qBittorrent's {@code banned_IPs}, filled by {@code transfer/banPeers})
 * @param incompleteSavePath where torrents download until they are complete, then moved
 * to their save path (qBittorrent's "Keep incomplete torrents in", {@code temp_path} with
 * {@code temp_path_enabled}; µTorrent Server's {@code dir_active} with
 * {@code dir_completed}); null = off (the default): torrents download in their save path.
 * A torrent with Automatic Torrent Management and a category downloads into
 * {@code <incompleteSavePath>/<category>} (qBittorrent's implicit category download
 * path), any other into this folder itself
 */
public record EngineSettings(String listenInterfaces, boolean dht, boolean pex, boolean lsd, boolean upnp,
		boolean natpmp, PeerProtocols protocols, EncryptionMode encryption, int maxConnections,
		int maxConnectionsPerTorrent, int maxUploads, int maxUploadsPerTorrent, long downloadLimitBytesPerSecond,
		long uploadLimitBytesPerSecond, boolean rateLimitLocalPeers, boolean multipleConnectionsPerIp,
		boolean queueingEnabled, int maxActiveDownloads, int maxActiveUploads, int maxActiveTorrents,
		boolean dontCountSlowTorrents, Path defaultSavePath, boolean autoManagedSavePath, ContentLayout contentLayout,
		boolean addStopped, GlobalShareLimits shareLimits, Set<String> bannedAddresses,
		@Nullable Path incompleteSavePath) {

	public EngineSettings {
		Objects.requireNonNull(listenInterfaces, "listenInterfaces");
		if (downloadLimitBytesPerSecond < 0 || uploadLimitBytesPerSecond < 0) {
			throw new IllegalArgumentException("rate limits are bytes/s >= 0 (0 = none)");
		}
		defaultSavePath = defaultSavePath.toAbsolutePath().normalize();
		bannedAddresses = Collections.unmodifiableSet(new TreeSet<>(bannedAddresses));
		incompleteSavePath = (incompleteSavePath != null) ? incompleteSavePath.toAbsolutePath().normalize() : null;
	}

	/**
	 * qBittorrent's defaults, listening on every interface on port 6881.
	 * @param defaultSavePath where content goes by default
	 * @return the default settings
	 */
	public static EngineSettings defaults(Path defaultSavePath) {
		return new EngineSettings("0.0.0.0:6881,[::]:6881", true, true, true, true, true, PeerProtocols.TCP_AND_UTP,
				EncryptionMode.PREFER, 500, 100, 20, 4, 0, 0, true, false, true, 3, 3, 5, false, defaultSavePath, false,
				ContentLayout.ORIGINAL, false, GlobalShareLimits.none(), Set.of(), null);
	}

	/**
	 * A builder holding these settings.
	 * @return a builder to change some of them
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** Changes some settings of a copy; every setter returns the builder. */
	public static final class Builder {

		private String listenInterfaces;

		private boolean dht;

		private boolean pex;

		private boolean lsd;

		private boolean upnp;

		private boolean natpmp;

		private PeerProtocols protocols;

		private EncryptionMode encryption;

		private int maxConnections;

		private int maxConnectionsPerTorrent;

		private int maxUploads;

		private int maxUploadsPerTorrent;

		private long downloadLimit;

		private long uploadLimit;

		private boolean rateLimitLocalPeers;

		private boolean multipleConnectionsPerIp;

		private boolean queueingEnabled;

		private int maxActiveDownloads;

		private int maxActiveUploads;

		private int maxActiveTorrents;

		private boolean dontCountSlowTorrents;

		private Path defaultSavePath;

		private boolean autoManagedSavePath;

		private ContentLayout contentLayout;

		private boolean addStopped;

		private GlobalShareLimits shareLimits;

		private Set<String> bannedAddresses;

		private @Nullable Path incompleteSavePath;

		private Builder(EngineSettings s) {
			this.listenInterfaces = s.listenInterfaces;
			this.dht = s.dht;
			this.pex = s.pex;
			this.lsd = s.lsd;
			this.upnp = s.upnp;
			this.natpmp = s.natpmp;
			this.protocols = s.protocols;
			this.encryption = s.encryption;
			this.maxConnections = s.maxConnections;
			this.maxConnectionsPerTorrent = s.maxConnectionsPerTorrent;
			this.maxUploads = s.maxUploads;
			this.maxUploadsPerTorrent = s.maxUploadsPerTorrent;
			this.downloadLimit = s.downloadLimitBytesPerSecond;
			this.uploadLimit = s.uploadLimitBytesPerSecond;
			this.rateLimitLocalPeers = s.rateLimitLocalPeers;
			this.multipleConnectionsPerIp = s.multipleConnectionsPerIp;
			this.queueingEnabled = s.queueingEnabled;
			this.maxActiveDownloads = s.maxActiveDownloads;
			this.maxActiveUploads = s.maxActiveUploads;
			this.maxActiveTorrents = s.maxActiveTorrents;
			this.dontCountSlowTorrents = s.dontCountSlowTorrents;
			this.defaultSavePath = s.defaultSavePath;
			this.autoManagedSavePath = s.autoManagedSavePath;
			this.contentLayout = s.contentLayout;
			this.addStopped = s.addStopped;
			this.shareLimits = s.shareLimits;
			this.bannedAddresses = s.bannedAddresses;
			this.incompleteSavePath = s.incompleteSavePath;
		}

		public Builder listenInterfaces(String listenInterfaces) {
			this.listenInterfaces = listenInterfaces;
			return this;
		}

		public Builder dht(boolean dht) {
			this.dht = dht;
			return this;
		}

		public Builder pex(boolean pex) {
			this.pex = pex;
			return this;
		}

		public Builder lsd(boolean lsd) {
			this.lsd = lsd;
			return this;
		}

		public Builder upnp(boolean upnp) {
			this.upnp = upnp;
			return this;
		}

		public Builder natpmp(boolean natpmp) {
			this.natpmp = natpmp;
			return this;
		}

		public Builder protocols(PeerProtocols protocols) {
			this.protocols = protocols;
			return this;
		}

		public Builder encryption(EncryptionMode encryption) {
			this.encryption = encryption;
			return this;
		}

		public Builder maxConnections(int maxConnections) {
			this.maxConnections = maxConnections;
			return this;
		}

		public Builder maxConnectionsPerTorrent(int maxConnectionsPerTorrent) {
			this.maxConnectionsPerTorrent = maxConnectionsPerTorrent;
			return this;
		}

		public Builder maxUploads(int maxUploads) {
			this.maxUploads = maxUploads;
			return this;
		}

		public Builder maxUploadsPerTorrent(int maxUploadsPerTorrent) {
			this.maxUploadsPerTorrent = maxUploadsPerTorrent;
			return this;
		}

		public Builder downloadLimit(long bytesPerSecond) {
			this.downloadLimit = bytesPerSecond;
			return this;
		}

		public Builder uploadLimit(long bytesPerSecond) {
			this.uploadLimit = bytesPerSecond;
			return this;
		}

		public Builder rateLimitLocalPeers(boolean rateLimitLocalPeers) {
			this.rateLimitLocalPeers = rateLimitLocalPeers;
			return this;
		}

		public Builder multipleConnectionsPerIp(boolean multipleConnectionsPerIp) {
			this.multipleConnectionsPerIp = multipleConnectionsPerIp;
			return this;
		}

		public Builder queueingEnabled(boolean queueingEnabled) {
			this.queueingEnabled = queueingEnabled;
			return this;
		}

		public Builder maxActiveDownloads(int maxActiveDownloads) {
			this.maxActiveDownloads = maxActiveDownloads;
			return this;
		}

		public Builder maxActiveUploads(int maxActiveUploads) {
			this.maxActiveUploads = maxActiveUploads;
			return this;
		}

		public Builder maxActiveTorrents(int maxActiveTorrents) {
			this.maxActiveTorrents = maxActiveTorrents;
			return this;
		}

		public Builder dontCountSlowTorrents(boolean dontCountSlowTorrents) {
			this.dontCountSlowTorrents = dontCountSlowTorrents;
			return this;
		}

		public Builder defaultSavePath(Path defaultSavePath) {
			this.defaultSavePath = defaultSavePath;
			return this;
		}

		public Builder autoManagedSavePath(boolean autoManagedSavePath) {
			this.autoManagedSavePath = autoManagedSavePath;
			return this;
		}

		public Builder contentLayout(ContentLayout contentLayout) {
			this.contentLayout = contentLayout;
			return this;
		}

		public Builder addStopped(boolean addStopped) {
			this.addStopped = addStopped;
			return this;
		}

		public Builder bannedAddresses(Set<String> bannedAddresses) {
			this.bannedAddresses = bannedAddresses;
			return this;
		}

		public Builder shareLimits(GlobalShareLimits shareLimits) {
			this.shareLimits = shareLimits;
			return this;
		}

		/**
		 * Where torrents download until complete.
		 * @param incompleteSavePath the folder, or null to download in the save path
		 * @return this builder
		 */
		public Builder incompleteSavePath(@Nullable Path incompleteSavePath) {
			this.incompleteSavePath = incompleteSavePath;
			return this;
		}

		public EngineSettings build() {
			return new EngineSettings(this.listenInterfaces, this.dht, this.pex, this.lsd, this.upnp, this.natpmp,
					this.protocols, this.encryption, this.maxConnections, this.maxConnectionsPerTorrent,
					this.maxUploads, this.maxUploadsPerTorrent, this.downloadLimit, this.uploadLimit,
					this.rateLimitLocalPeers, this.multipleConnectionsPerIp, this.queueingEnabled,
					this.maxActiveDownloads, this.maxActiveUploads, this.maxActiveTorrents, this.dontCountSlowTorrents,
					this.defaultSavePath, this.autoManagedSavePath, this.contentLayout, this.addStopped,
					this.shareLimits, this.bannedAddresses, this.incompleteSavePath);
		}

	}

}
