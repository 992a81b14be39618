package dev.torrentd.engine.libtorrent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import dev.torrentd.engine.AtomicFiles;
import dev.torrentd.engine.TorrentId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state directory. Per torrent, in {@code torrents/}: {@code <id>.torrent} (metainfo)
 * or {@code <id>.magnet} (before the metadata arrives), {@code <id>.fastresume}
 * (libtorrent's resume data) and {@code <id>.properties} (torrentd's own: category, tags,
 * save path, times, limits…). Beside it: {@code categories.properties},
 * {@code tags.properties}, {@code settings.properties}, {@code statistics.properties}.
 * Every file is replaced atomically ({@link AtomicFiles}).
 * <p>
 * A torrent is on disk once its {@code .properties} file is; that file is written last
 * when a torrent is added and deleted first when it is removed.
 */
final class StateStore implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StateStore.class);

	private final Path root;

	private final Path torrents;

	private final LongAdder resumeDataWrites = new LongAdder();

	private final LongAdder resumeDataWriteNanos = new LongAdder();

	private final FileChannel lockFile;

	private final FileLock lock;

	/**
	 * Opens the state directory and locks it for this process.
	 * @param root the state directory (created if missing)
	 * @throws IllegalStateException if another engine has it open: two processes writing
	 * the same files would undo each other's changes
	 */
	StateStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.torrents = this.root.resolve("torrents");
		try {
			Files.createDirectories(this.torrents);
			this.lockFile = FileChannel.open(this.root.resolve("lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			this.lock = this.lockFile.tryLock();
		}
		catch (IOException | java.nio.channels.OverlappingFileLockException ex) {
			throw new IllegalStateException("cannot open the state directory " + this.root + ": " + ex.getMessage(),
					ex);
		}
		if (this.lock == null) {
			throw new IllegalStateException("the state directory " + this.root + " is in use by another torrentd");
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.lockFile.close();
		}
		catch (IOException ex) {
			log.debug("releasing the state directory lock: {}", ex.getMessage());
		}
	}

	Path root() {
		return this.root;
	}

	/**
	 * What was stored of one torrent.
	 *
	 * @param entry torrentd's metadata
	 * @param resumeData libtorrent's fast-resume data, if saved
	 * @param metainfo the .torrent, if known
	 * @param magnet the magnet URI, if added from one and the metadata was not saved yet
	 */
	record Stored(TorrentEntry entry, byte @Nullable [] resumeData, byte @Nullable [] metainfo,
			@Nullable String magnet) {
	}

	List<Stored> loadTorrents() {
		List<Stored> stored = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.torrents)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".properties"))
				.sorted()
				.toList()) {
				String name = file.getFileName().toString();
				Optional<TorrentId> id = TorrentId.tryParse(name.substring(0, name.length() - ".properties".length()));
				if (id.isEmpty()) {
					continue;
				}
				try {
					TorrentEntry entry = TorrentEntryFile.read(id.get(), Files.readAllBytes(file));
					byte[] resume = readIfExists(path(id.get(), ".fastresume"));
					byte[] metainfo = readIfExists(path(id.get(), ".torrent"));
					byte[] magnet = readIfExists(path(id.get(), ".magnet"));
					if (resume == null && metainfo == null && magnet == null) {
						log.warn("torrent {} has no resume data, metainfo or magnet in {}; skipped", id.get(),
								this.torrents);
						continue;
					}
					stored.add(new Stored(entry, resume, metainfo,
							(magnet != null) ? new String(magnet, StandardCharsets.UTF_8) : null));
				}
				catch (RuntimeException | IOException ex) {
					log.error("cannot read the state of torrent {} ({}); its files are left in place", id.get(),
							ex.getMessage());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + this.torrents, ex);
		}
		return stored;
	}

	void saveMetainfo(TorrentId id, byte[] metainfo) {
		AtomicFiles.write(path(id, ".torrent"), metainfo);
		AtomicFiles.delete(path(id, ".magnet"));
	}

	void saveMagnet(TorrentId id, String magnet) {
		AtomicFiles.write(path(id, ".magnet"), magnet.getBytes(StandardCharsets.UTF_8));
	}

	void saveEntry(TorrentId id, byte[] properties) {
		AtomicFiles.write(path(id, ".properties"), properties);
	}

	void saveResumeData(TorrentId id, byte[] resumeData) {
		long start = System.nanoTime();
		AtomicFiles.write(path(id, ".fastresume"), resumeData);
		this.resumeDataWriteNanos.add(System.nanoTime() - start);
		this.resumeDataWrites.increment();
	}

	/** Resume-data files written so far. */
	long resumeDataWrites() {
		return this.resumeDataWrites.sum();
	}

	/** Nanoseconds spent writing them. */
	long resumeDataWriteNanos() {
		return this.resumeDataWriteNanos.sum();
	}

	Optional<byte[]> metainfo(TorrentId id) {
		try {
			return Optional.ofNullable(readIfExists(path(id, ".torrent")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void deleteTorrent(TorrentId id) {
		AtomicFiles.delete(path(id, ".properties"), path(id, ".fastresume"), path(id, ".torrent"), path(id, ".magnet"));
	}

	Map<String, String> loadProperties(String name) {
		Path file = this.root.resolve(name + ".properties");
		Map<String, String> values = new TreeMap<>();
		try {
			byte[] bytes = readIfExists(file);
			if (bytes != null) {
				Properties p = new Properties();
				p.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
				p.forEach((k, v) -> values.put((String) k, (String) v));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			log.error("cannot read {}: {}; using defaults", file, ex.getMessage());
		}
		return values;
	}

	void saveProperties(String name, Map<String, String> values) {
		Properties p = new Properties();
		p.putAll(values);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			p.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "torrentd " + name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		AtomicFiles.write(this.root.resolve(name + ".properties"), out.toByteArray());
	}

	private Path path(TorrentId id, String suffix) {
		return this.torrents.resolve(id.hex() + suffix);
	}

	private static byte @Nullable [] readIfExists(Path file) throws IOException {
		return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
	}

}
