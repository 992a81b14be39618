package dev.torrentd.utorrent.webui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.torrentd.utorrent.UtStorage;
import dev.torrentd.utorrent.server.UtserverConfig;
import dev.torrentd.utorrent.server.UtserverSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The reference WebUI's files, from {@code ut_webui_dir}'s {@code webui.zip} or
 * {@code webui/} folder (µTorrent Server manual, {@code ut_webui_dir}). Without
 * {@code ut_webui_dir} the directory is the state directory, which {@code -settingspath}
 * sets: the manual's default is "the same directory as settings.dat". The zip is kept
 * open and opened again when the settings are reloaded.
 */
@Component
public class WebUi implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(WebUi.class);

	private final Supplier<UtserverSettings> settings;

	private final @Nullable Path defaultDir;

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	/** The settings {@link #source} was opened for; null before the first request. */
	private @Nullable UtserverSettings openedFor;

	private Source source = Source.NONE;

	@Autowired
	WebUi(UtserverConfig config, UtStorage storage) {
		this(config::current, stateDirectory(storage));
	}

	/**
	 * A WebUI that serves nothing, for tests of the code that uses one.
	 */
	public WebUi() {
		this(new NoSettings(), null);
	}

	/**
	 * @param settings the settings in force ({@code ut_webui_dir}); another instance
	 * means a reload, which opens the WebUI again
	 * @param defaultDir the directory without {@code ut_webui_dir}, null for none
	 */
	WebUi(Supplier<UtserverSettings> settings, @Nullable Path defaultDir) {
		this.settings = settings;
		this.defaultDir = defaultDir;
	}

	private static Path stateDirectory(UtStorage storage) {
		Path dir = storage.directory().toAbsolutePath();
		return (dir.getParent() != null) ? dir.getParent() : dir;
	}

	/**
	 * A file of the WebUI: {@code path} itself, else {@code path.gz} sent with
	 * {@code Content-Encoding: gzip}; the content type is that of {@code path}
	 * ({@code application/octet-stream} when unknown), {@code Cache-Control: no-cache}. A
	 * path that leaves the WebUI ({@code ..}) finds nothing.
	 * @param path the path under {@code /gui/} ({@code index.html} for {@code /gui/})
	 * @return the answer, or empty when there is no WebUI or no such file
	 */
	public Optional<ResponseEntity<byte[]>> serve(String path) {
		String name = clean(path);
		if (name == null) {
			return Optional.empty();
		}
		this.lock.readLock().lock();
		try {
			Source current = currentSource();
			byte[] plain = current.read(name);
			if (plain != null) {
				return Optional.of(answer(name, plain, false));
			}
			byte[] gzipped = current.read(name + ".gz");
			if (gzipped != null) {
				return Optional.of(answer(name, gzipped, true));
			}
			return Optional.empty();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	@Override
	public void destroy() {
		this.lock.writeLock().lock();
		try {
			this.source.close();
			this.source = Source.NONE;
			this.openedFor = null;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * The path as a relative name inside the WebUI, or null when it is not one
	 * ({@code ..}, a NUL byte).
	 */
	static @Nullable String clean(String path) {
		String name = path;
		while (name.startsWith("/")) {
			name = name.substring(1);
		}
		if (name.isEmpty()) {
			return "index.html";
		}
		if (name.indexOf('\0') >= 0 || name.indexOf('\\') >= 0) {
			return null;
		}
		for (String segment : name.split("/", -1)) {
			if (segment.equals("..")) {
				return null;
			}
		}
		return name;
	}

	private static ResponseEntity<byte[]> answer(String name, byte[] body, boolean gzip) {
		MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
		ResponseEntity.BodyBuilder builder = ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noCache())
			// else Spring MVC adds "inline;filename=f.txt" to .js/.html/.css answers (its
			// reflected-file-download guard for paths with extensions)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline");
		if (gzip) {
			builder.header(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		return builder.body(body);
	}

	/** Called under the read lock; upgrades to the write lock to open a new source. */
	private Source currentSource() {
		UtserverSettings now = this.settings.get();
		if (now == this.openedFor) {
			return this.source;
		}
		this.lock.readLock().unlock();
		this.lock.writeLock().lock();
		try {
			if (now != this.openedFor) {
				Path dir = (now.webuiDir() != null) ? now.webuiDir() : this.defaultDir;
				Source opened = (dir != null) ? open(dir) : Source.NONE;
				this.source.close();
				this.source = opened;
				this.openedFor = now;
			}
			return this.source;
		}
		finally {
			this.lock.readLock().lock();
			this.lock.writeLock().unlock();
		}
	}

	private static Source open(Path dir) {
		Path zip = dir.resolve("webui.zip");
		if (Files.isRegularFile(zip)) {
			try {
				ZipFile file = new ZipFile(zip.toFile());
				log.info("WebUI: serving {}", zip);
				return new ZipSource(file);
			}
			catch (IOException ex) {
				log.warn("WebUI: {} cannot be read as a zip ({}); trying {}", zip, ex.toString(), dir.resolve("webui"));
			}
		}
		Path folder = dir.resolve("webui");
		if (Files.isDirectory(folder)) {
			log.info("WebUI: serving {}", folder);
			return new FolderSource(folder.toAbsolutePath().normalize());
		}
		log.info("WebUI: neither {} nor {} exists: /gui/ serves no WebUI", zip, folder);
		return Source.NONE;
	}

	/** The defaults, always the same instance: never a reload. */
	private static final class NoSettings implements Supplier<UtserverSettings> {

		private final UtserverSettings defaults = UtserverSettings.defaults();

		@Override
		public UtserverSettings get() {
			return this.defaults;
		}

	}

	/** Where the files come from. */
	private interface Source {

		Source NONE = (name) -> null;

		/** The bytes of a file, null when there is none. */
		byte @Nullable [] read(String name);

		default void close() {
		}

	}

	private record ZipSource(ZipFile zip) implements Source {

		@Override
		public byte @Nullable [] read(String name) {
			ZipEntry entry = this.zip.getEntry(name);
			if (entry == null || entry.isDirectory()) {
				return null;
			}
			try (InputStream in = this.zip.getInputStream(entry)) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				log.warn("WebUI: {} in {} cannot be read: {}", name, this.zip.getName(), ex.toString());
				return null;
			}
		}

		@Override
		public void close() {
			try {
				this.zip.close();
			}
			catch (IOException ex) {
				log.debug("WebUI: closing {}: {}", this.zip.getName(), ex.toString());
			}
		}

	}

	private record FolderSource(Path root) implements Source {

		@Override
		public byte @Nullable [] read(String name) {
			try {
				Path file = this.root.resolve(name).normalize();
				if (!file.startsWith(this.root) || !Files.isRegularFile(file)) {
					return null;
				}
				return Files.readAllBytes(file);
			}
			catch (InvalidPathException | IOException ex) {
				return null;
			}
		}

	}

}
