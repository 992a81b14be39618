package dev.torrentd.engine;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How to add a torrent: the options of qBittorrent's {@code torrents/add} that the engine
 * implements. Build with {@link #builder()}; {@link #defaults()} takes every default from
 * the engine's settings.
 *
 * @param savePath where to put the content, or null for the category's path (automatic
 * management) or the default save path
 * @param category category name, "" for none; an unknown category is created
 * @param tags tag names; unknown tags are created
 * @param name display name, or null to keep the torrent's own
 * @param stopped add without starting (true) or started (false); null for the engine's
 * {@link EngineSettings#addStopped()} setting
 * @param forceStart start regardless of the queue limits
 * @param autoManagedSavePath whether the save path follows the category, or null for the
 * engine's default
 * @param contentLayout file layout, or null for the engine's default
 * @param skipChecking trust that the data on disk is complete (seed mode)
 * @param sequentialDownload fetch pieces in order
 * @param firstLastPiecePriority fetch the first and last piece of each file first
 * @param addToTopOfQueue put the torrent first in the download queue
 * @param downloadLimitBytesPerSecond per-torrent download limit, 0 for none
 * @param uploadLimitBytesPerSecond per-torrent upload limit, 0 for none
 * @param shareLimits the torrent's own share limits
 * @param stopCondition stop by itself at this point
 * @param filePriorities priorities by file index, applied when the metadata is known;
 * empty for all {@link FilePriority#NORMAL}
 */
public record AddOptions(@Nullable Path savePath, String category, Set<String> tags, @Nullable String name,
		@Nullable Boolean stopped, boolean forceStart, @Nullable Boolean autoManagedSavePath,
		@Nullable ContentLayout contentLayout, boolean skipChecking, boolean sequentialDownload,
		boolean firstLastPiecePriority, boolean addToTopOfQueue, long downloadLimitBytesPerSecond,
		long uploadLimitBytesPerSecond, ShareLimits shareLimits, StopCondition stopCondition,
		List<FilePriority> filePriorities) {

	public AddOptions {
		tags = Set.copyOf(tags);
		filePriorities = List.copyOf(filePriorities);
		if (downloadLimitBytesPerSecond < 0 || uploadLimitBytesPerSecond < 0) {
			throw new IllegalArgumentException("rate limits are bytes/s >= 0 (0 = none)");
		}
	}

	/**
	 * Options that take everything from the engine's settings.
	 * @return the default options
	 */
	public static AddOptions defaults() {
		return builder().build();
	}

	/**
	 * A builder starting from {@link #defaults()}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds {@link AddOptions}; every setter returns the builder. */
	public static final class Builder {

		private @Nullable Path savePath;

		private String category = "";

		private final Set<String> tags = new LinkedHashSet<>();

		private @Nullable String name;

		private @Nullable Boolean stopped;

		private boolean forceStart;

		private @Nullable Boolean autoManagedSavePath;

		private @Nullable ContentLayout contentLayout;

		private boolean skipChecking;

		private boolean sequentialDownload;

		private boolean firstLastPiecePriority;

		private boolean addToTopOfQueue;

		private long downloadLimit;

		private long uploadLimit;

		private ShareLimits shareLimits = ShareLimits.useGlobal();

		private StopCondition stopCondition = StopCondition.NONE;

		private List<FilePriority> filePriorities = List.of();

		private Builder() {
		}

		public Builder savePath(@Nullable Path savePath) {
			this.savePath = savePath;
			return this;
		}

		public Builder category(String category) {
			this.category = category;
			return this;
		}

		public Builder tags(Set<String> tags) {
			this.tags.clear();
			this.tags.addAll(tags);
			return this;
		}

		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		public Builder stopped(@Nullable Boolean stopped) {
			this.stopped = stopped;
			return this;
		}

		public Builder forceStart(boolean forceStart) {
			this.forceStart = forceStart;
			return this;
		}

		public Builder autoManagedSavePath(@Nullable Boolean autoManagedSavePath) {
			this.autoManagedSavePath = autoManagedSavePath;
			return this;
		}

		public Builder contentLayout(@Nullable ContentLayout contentLayout) {
			this.contentLayout = contentLayout;
			return this;
		}

		public Builder skipChecking(boolean skipChecking) {
			this.skipChecking = skipChecking;
			return this;
		}

		public Builder sequentialDownload(boolean sequentialDownload) {
			this.sequentialDownload = sequentialDownload;
			return this;
		}

		public Builder firstLastPiecePriority(boolean firstLastPiecePriority) {
			this.firstLastPiecePriority = firstLastPiecePriority;
			return this;
		}

		public Builder addToTopOfQueue(boolean addToTopOfQueue) {
			this.addToTopOfQueue = addToTopOfQueue;
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

		public Builder shareLimits(ShareLimits shareLimits) {
			this.shareLimits = shareLimits;
			return this;
		}

		public Builder stopCondition(StopCondition stopCondition) {
			this.stopCondition = stopCondition;
			return this;
		}

		public Builder filePriorities(List<FilePriority> filePriorities) {
			this.filePriorities = filePriorities;
			return this;
		}

		public AddOptions build() {
			return new AddOptions(this.savePath, this.category, this.tags, this.name, this.stopped, this.forceStart,
					this.autoManagedSavePath, this.contentLayout, this.skipChecking, this.sequentialDownload,
					this.firstLastPiecePriority, this.addToTopOfQueue, this.downloadLimit, this.uploadLimit,
					this.shareLimits, this.stopCondition, this.filePriorities);
		}

	}

}
