package dev.torrentd.utorrent.settings;

import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TransferStats;
import dev.torrentd.utorrent.UtStorage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bytes transferred per day over the last 31 days, for {@code getxferhist}. Once a minute
 * the engine's session totals ({@link TransferStats#uploadedSessionBytes()},
 * {@link TransferStats#downloadedSessionBytes()}: payload bytes) are sampled and what
 * they grew by since the previous sample is added to the current local day; the days are
 * kept in {@code xferhist.json} of the dialect's storage, rewritten atomically after a
 * sample that changed them, and at shutdown. Session totals start at 0 with the engine,
 * so a sample below the previous one is a restart and counts whole.
 * <p>
 * The engine does not tell local (LAN) traffic apart, so {@code daily_local_upload} and
 * {@code daily_local_download} are always 0: the reference WebUI's "exclude local
 * traffic" then subtracts nothing.
 */
@Component
public class TransferHistory implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TransferHistory.class);

	static final String FILE_NAME = "xferhist.json";

	/** Entries per list: µTorrent keeps 31 days (spec §2.10). */
	static final int DAYS = 31;

	/** How often the session totals are sampled. */
	static final long SAMPLE_SECONDS = 60;

	private final Supplier<TransferStats> stats;

	private final InstantSource clock;

	private final ZoneId zone;

	private final Path file;

	private final @Nullable ScheduledExecutorService sampler;

	/** Bytes by day: [uploaded, downloaded]; days older than the window are dropped. */
	private final TreeMap<LocalDate, long[]> days;

	private long lastUploaded;

	private long lastDownloaded;

	/**
	 * The history of the engine's transfers, sampled once a minute on a daemon thread of
	 * its own (the application does not enable Spring's scheduling), in the system's time
	 * zone.
	 * @param engine the engine
	 * @param storage where {@code xferhist.json} is kept
	 * @param clock the clock, the system's when the context has none
	 */
	@Autowired
	public TransferHistory(TorrentEngine engine, UtStorage storage, ObjectProvider<InstantSource> clock) {
		this(engine::transferStats, clock.getIfAvailable(InstantSource::system), ZoneId.systemDefault(),
				storage.directory(), true);
	}

	/**
	 * A history sampled only by {@link #sample()} calls.
	 * @param stats the session totals
	 * @param clock the clock
	 * @param zone the time zone whose midnight starts a day
	 * @param directory where {@code xferhist.json} is kept
	 */
	TransferHistory(Supplier<TransferStats> stats, InstantSource clock, ZoneId zone, Path directory) {
		this(stats, clock, zone, directory, false);
	}

	private TransferHistory(Supplier<TransferStats> stats, InstantSource clock, ZoneId zone, Path directory,
			boolean scheduled) {
		this.stats = stats;
		this.clock = clock;
		this.zone = zone;
		this.file = directory.resolve(FILE_NAME);
		this.days = load(this.file);
		// the engine's session totals count from 0 at its start, which is this
		// process's: what they hold at the first sample is this run's traffic
		this.lastUploaded = 0;
		this.lastDownloaded = 0;
		if (scheduled) {
			this.sampler = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "utorrent-xferhist");
				thread.setDaemon(true);
				return thread;
			});
			this.sampler.scheduleWithFixedDelay(this::sampleQuietly, SAMPLE_SECONDS, SAMPLE_SECONDS, TimeUnit.SECONDS);
		}
		else {
			this.sampler = null;
		}
	}

	/**
	 * {@code daily_upload}, {@code daily_download}, {@code daily_local_upload},
	 * {@code daily_local_download}: 31 byte counts each, index 0 = today (the local
	 * date), including what was transferred since the last sample. The local lists are
	 * all 0 (see the class comment).
	 * @return the history
	 */
	public synchronized Map<String, List<Long>> days() {
		LocalDate today = today();
		long[] pending = pending(this.stats.get());
		List<Long> upload = new ArrayList<>(DAYS);
		List<Long> download = new ArrayList<>(DAYS);
		for (int i = 0; i < DAYS; i++) {
			long[] day = this.days.getOrDefault(today.minusDays(i), new long[2]);
			upload.add(day[0] + ((i == 0) ? pending[0] : 0));
			download.add(day[1] + ((i == 0) ? pending[1] : 0));
		}
		List<Long> none = Collections.nCopies(DAYS, 0L);
		Map<String, List<Long>> history = new LinkedHashMap<>();
		history.put("daily_upload", List.copyOf(upload));
		history.put("daily_download", List.copyOf(download));
		history.put("daily_local_upload", none);
		history.put("daily_local_download", none);
		return history;
	}

	/**
	 * {@code resetxferhist}: forgets the history, including what was transferred since
	 * the last sample.
	 */
	public synchronized void reset() {
		TransferStats now = this.stats.get();
		this.lastUploaded = now.uploadedSessionBytes();
		this.lastDownloaded = now.downloadedSessionBytes();
		this.days.clear();
		persist();
	}

	/**
	 * Adds what the session totals grew by since the previous sample to today, drops the
	 * days that left the 31-day window, and writes the file when that changed anything.
	 */
	synchronized void sample() {
		TransferStats now = this.stats.get();
		long[] delta = pending(now);
		this.lastUploaded = now.uploadedSessionBytes();
		this.lastDownloaded = now.downloadedSessionBytes();
		LocalDate today = today();
		boolean changed = false;
		if (delta[0] != 0 || delta[1] != 0) {
			long[] day = this.days.computeIfAbsent(today, (d) -> new long[2]);
			day[0] += delta[0];
			day[1] += delta[1];
			changed = true;
		}
		Map<LocalDate, long[]> expired = this.days.headMap(today.minusDays(DAYS - 1));
		if (!expired.isEmpty()) {
			expired.clear();
			changed = true;
		}
		if (changed) {
			persist();
		}
	}

	/** Stops sampling and records the last minute. */
	@Override
	public void destroy() {
		if (this.sampler != null) {
			// not shutdownNow: an interrupt would break a file write under way
			this.sampler.shutdown();
			try {
				this.sampler.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			sampleQuietly();
		}
	}

	private void sampleQuietly() {
		try {
			sample();
		}
		catch (RuntimeException ex) {
			// a failed sample is retried a minute later: its bytes are not lost
			log.warn("Could not sample the transfer history: {}", ex.toString());
		}
	}

	/** [uploaded, downloaded] since the previous sample; a drop is an engine restart. */
	private long[] pending(TransferStats now) {
		return new long[] { growth(this.lastUploaded, now.uploadedSessionBytes()),
				growth(this.lastDownloaded, now.downloadedSessionBytes()) };
	}

	static long growth(long previous, long current) {
		return (current >= previous) ? current - previous : Math.max(0, current);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.zone);
	}

	private void persist() {
		Map<String, List<Long>> content = new TreeMap<>();
		this.days.forEach((day, bytes) -> content.put(day.toString(), List.of(bytes[0], bytes[1])));
		JsonFiles.write(this.file, new Stored(content));
	}

	private static TreeMap<LocalDate, long[]> load(Path file) {
		TreeMap<LocalDate, long[]> days = new TreeMap<>();
		Stored stored = JsonFiles.read(file, new TypeReference<Stored>() {
		});
		if (stored == null || stored.days() == null) {
			return days;
		}
		stored.days().forEach((day, bytes) -> {
			try {
				if (bytes != null && bytes.size() == 2 && bytes.get(0) != null && bytes.get(1) != null) {
					days.put(LocalDate.parse(day), new long[] { bytes.get(0), bytes.get(1) });
					return;
				}
			}
			catch (RuntimeException ex) {
				// an unparsable date: dropped below
			}
			log.warn("Ignoring an unreadable day '{}' in {}", day, file);
		});
		return days;
	}

	/**
	 * The file's content: bytes uploaded and downloaded per local date.
	 *
	 * @param days {@code "2025-01-31": [uploaded, downloaded]}
	 */
	record Stored(@Nullable Map<String, @Nullable List<@Nullable Long>> days) {
	}

}
