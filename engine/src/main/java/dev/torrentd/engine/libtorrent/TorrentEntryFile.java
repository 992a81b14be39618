package dev.torrentd.engine.libtorrent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.ShareLimitAction;
import dev.torrentd.engine.ShareLimits;
import dev.torrentd.engine.StopCondition;
import dev.torrentd.engine.TorrentId;
import org.jspecify.annotations.Nullable;

/**
 * The persisted part of a {@link TorrentEntry}, as a {@code .properties} file (UTF-8, one
 * key per setting). Properties rather than JSON keeps the engine free of a JSON library
 * and the file readable; tag names cannot contain commas (qBittorrent forbids them), so
 * tags are comma-joined.
 */
final class TorrentEntryFile {

	private TorrentEntryFile() {
	}

	static byte[] write(TorrentEntry e) {
		Properties p = new Properties();
		p.setProperty("save-path", e.savePath.toString());
		if (e.downloadPath != null) {
			p.setProperty("download-path", e.downloadPath.toString());
		}
		p.setProperty("finished", Boolean.toString(e.finishedStatus));
		p.setProperty("category", e.category);
		p.setProperty("tags", String.join(",", e.tags));
		if (e.name != null) {
			p.setProperty("name", e.name);
		}
		p.setProperty("magnet-name", e.magnetName);
		p.setProperty("added-at", e.addedAt.toString());
		if (e.completedAt != null) {
			p.setProperty("completed-at", e.completedAt.toString());
		}
		if (e.lastActivityAt != null) {
			p.setProperty("last-activity-at", e.lastActivityAt.toString());
		}
		p.setProperty("stopped", Boolean.toString(e.stopped));
		p.setProperty("force-start", Boolean.toString(e.forceStart));
		p.setProperty("auto-managed-save-path", Boolean.toString(e.autoManagedSavePath));
		p.setProperty("content-layout", e.contentLayout.name());
		p.setProperty("content-layout-applied", Boolean.toString(e.contentLayoutApplied));
		p.setProperty("sequential-download", Boolean.toString(e.sequentialDownload));
		p.setProperty("first-last-piece-priority", Boolean.toString(e.firstLastPiecePriority));
		p.setProperty("super-seeding", Boolean.toString(e.superSeeding));
		p.setProperty("download-limit", Long.toString(e.downloadLimit));
		p.setProperty("upload-limit", Long.toString(e.uploadLimit));
		p.setProperty("ratio-limit", Double.toString(e.shareLimits.ratioLimit()));
		p.setProperty("seeding-time-limit", Long.toString(e.shareLimits.seedingTimeLimitMinutes()));
		p.setProperty("inactive-seeding-time-limit", Long.toString(e.shareLimits.inactiveSeedingTimeLimitMinutes()));
		p.setProperty("share-limit-action", e.shareLimits.action().name());
		p.setProperty("stop-condition", e.stopCondition.name());
		p.setProperty("pending-file-priorities",
				e.pendingFilePriorities.stream().map(Enum::name).collect(Collectors.joining(",")));
		p.setProperty("file-priorities", e.filePriorities.stream().map(Enum::name).collect(Collectors.joining(",")));
		p.setProperty("queue-position", Integer.toString(e.queuePosition));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "torrentd torrent " + e.id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * Reads an entry back.
	 * @param id the torrent's ID (from the file name)
	 * @param bytes the file's content
	 * @return the entry, not yet in the session
	 * @throws IllegalArgumentException when a value cannot be read
	 */
	static TorrentEntry read(TorrentId id, byte[] bytes) {
		Properties p = new Properties();
		try {
			p.load(new java.io.InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TorrentEntry e = new TorrentEntry(id, Path.of(required(p, "save-path")),
				Instant.parse(required(p, "added-at")));
		String downloadPath = p.getProperty("download-path", "");
		e.downloadPath = downloadPath.isEmpty() ? null : Path.of(downloadPath);
		e.finishedStatus = Boolean.parseBoolean(p.getProperty("finished"));
		e.category = p.getProperty("category", "");
		e.tags = new TreeSet<>(split(p.getProperty("tags", "")));
		e.name = p.getProperty("name");
		e.magnetName = p.getProperty("magnet-name", "");
		e.completedAt = instant(p.getProperty("completed-at"));
		e.lastActivityAt = instant(p.getProperty("last-activity-at"));
		e.stopped = Boolean.parseBoolean(p.getProperty("stopped"));
		e.forceStart = Boolean.parseBoolean(p.getProperty("force-start"));
		e.autoManagedSavePath = Boolean.parseBoolean(p.getProperty("auto-managed-save-path"));
		e.contentLayout = ContentLayout.valueOf(p.getProperty("content-layout", "ORIGINAL"));
		e.contentLayoutApplied = Boolean.parseBoolean(p.getProperty("content-layout-applied"));
		e.sequentialDownload = Boolean.parseBoolean(p.getProperty("sequential-download"));
		e.firstLastPiecePriority = Boolean.parseBoolean(p.getProperty("first-last-piece-priority"));
		e.superSeeding = Boolean.parseBoolean(p.getProperty("super-seeding"));
		e.downloadLimit = Long.parseLong(p.getProperty("download-limit", "0"));
		e.uploadLimit = Long.parseLong(p.getProperty("upload-limit", "0"));
		e.shareLimits = new ShareLimits(Double.parseDouble(p.getProperty("ratio-limit", "-2")),
				Long.parseLong(p.getProperty("seeding-time-limit", "-2")),
				Long.parseLong(p.getProperty("inactive-seeding-time-limit", "-2")),
				ShareLimitAction.valueOf(p.getProperty("share-limit-action", "DEFAULT")));
		e.stopCondition = StopCondition.valueOf(p.getProperty("stop-condition", "NONE"));
		e.pendingFilePriorities = split(p.getProperty("pending-file-priorities", "")).stream()
			.map(FilePriority::valueOf)
			.toList();
		e.filePriorities = split(p.getProperty("file-priorities", "")).stream().map(FilePriority::valueOf).toList();
		e.queuePosition = Integer.parseInt(p.getProperty("queue-position", "-1"));
		return e;
	}

	private static String required(Properties p, String key) {
		String value = p.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException("missing " + key);
		}
		return value;
	}

	private static @Nullable Instant instant(@Nullable String text) {
		return (text == null || text.isEmpty()) ? null : Instant.parse(text);
	}

	private static List<String> split(String text) {
		return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).filter((s) -> !s.isEmpty()).toList();
	}

}
