import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.EngineSettings;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;
import dev.torrentd.engine.TorrentState;
import dev.torrentd.engine.libtorrent.EngineConfig;
import dev.torrentd.engine.libtorrent.LibtorrentEngine;

/**
 * Times how fast a fresh torrentd engine downloads one file from a single seeder on
 * loopback, so that the engine's default libtorrent tuning can be compared with other
 * clients (qbittorrent-nox) measured the same way. Run it through {@code download.sh},
 * which prepares the file, the torrent and the seeder.
 * <p>
 * Each run uses a new engine with empty state and download folders: a warm engine or a
 * partial file from the previous run would measure resume, not download. The clock
 * starts just before {@code add} and stops at the first snapshot that says complete, the
 * same span a Web API client sees between {@code torrents/add} and {@code progress == 1};
 * engine start-up and shutdown are left out because a long-running daemon pays them
 * once.
 * <p>
 * Usage: {@code java -cp CLASSPATH DownloadBenchmark.java --torrent FILE.torrent --data
 * SOURCE_FILE --peer HOST:PORT [--runs N] [--work DIR] [--timeout SECONDS]}. MB are
 * 10^6 bytes, MiB 2^20. Exits 1 if any run fails or its file differs from the source.
 */
public final class DownloadBenchmark {

	/*
	 * Short enough not to blur sub-second differences between runs, long enough that the
	 * polling itself costs nothing measurable.
	 */
	private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

	private DownloadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("DownloadBenchmark: " + ex.getMessage());
			System.err.println("usage: DownloadBenchmark.java --torrent FILE.torrent --data SOURCE_FILE"
					+ " --peer HOST:PORT [--runs N] [--work DIR] [--timeout SECONDS]");
			System.exit(2);
			return;
		}
		byte[] metainfo = Files.readAllBytes(options.torrent());
		long size = Files.size(options.data());
		List<Double> rates = new ArrayList<>();
		for (int run = 1; run <= options.runs(); run++) {
			double seconds;
			try {
				seconds = runOnce(options, metainfo, size);
			}
			catch (Exception ex) {
				// The trace goes to stderr: the first line is enough for the summary, the rest
				// is for whoever has to find out why.
				System.out.printf("run %d: FAILED: %s%n", run, (ex.getMessage() != null) ? ex.getMessage() : ex);
				ex.printStackTrace();
				System.exit(1);
				return;
			}
			double rate = size / seconds / 1e6;
			rates.add(rate);
			System.out.printf(Locale.ROOT, "run %d: %.2f s, %.1f MB/s%n", run, seconds, rate);
		}
		double mean = rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		System.out.printf(Locale.ROOT, "torrentd: mean %.1f MB/s over %d run%s of %s MiB%n", mean, rates.size(),
				(rates.size() == 1) ? "" : "s", mebibytes(size));
	}

	/**
	 * One download into a new engine.
	 * @return seconds from add to complete
	 */
	private static double runOnce(Options options, byte[] metainfo, long size) throws Exception {
		Path runDir = Files.createTempDirectory(options.work(), "run-");
		try {
			Path stateDir = Files.createDirectory(runDir.resolve("state"));
			Path downloadDir = Files.createDirectory(runDir.resolve("downloads"));
			// Loopback only and no peer discovery, so the seeder is the one peer; every
			// other setting stays at its default because the defaults are what is measured.
			EngineSettings settings = EngineSettings.defaults(downloadDir)
				.toBuilder()
				.listenInterfaces("127.0.0.1:0")
				.dht(false)
				.lsd(false)
				.upnp(false)
				.natpmp(false)
				.pex(false)
				.build();
			Path content;
			double seconds;
			try (TorrentEngine engine = LibtorrentEngine.start(EngineConfig.of(stateDir, settings))) {
				long start = System.nanoTime();
				AddResult added = engine.add(new TorrentSource.MetainfoFile(metainfo),
						AddOptions.builder().savePath(downloadDir).build());
				TorrentId id = added.id();
				engine.addPeers(List.of(id), List.of(options.peer()));
				Torrent torrent = awaitComplete(engine, id, start, options.timeout());
				seconds = (System.nanoTime() - start) / 1e9;
				if (torrent.wantedDoneBytes() != size) {
					throw new IllegalStateException(
							"complete with " + torrent.wantedDoneBytes() + " bytes, expected " + size);
				}
				content = torrent.contentPath();
			}
			// Compared after close so that whatever the engine still held in memory has
			// reached the file: the check is about what a user would find on disk.
			long mismatch = Files.mismatch(options.data(), content);
			if (mismatch != -1) {
				throw new IllegalStateException(content + " differs from " + options.data() + " at byte " + mismatch);
			}
			return seconds;
		}
		finally {
			deleteTree(runDir);
		}
	}

	private static Torrent awaitComplete(TorrentEngine engine, TorrentId id, long start, Duration timeout)
			throws InterruptedException {
		long deadline = start + timeout.toNanos();
		while (true) {
			Torrent torrent = engine.get(id);
			if (torrent.complete()) {
				return torrent;
			}
			if (torrent.state() == TorrentState.ERROR) {
				throw new IllegalStateException("torrent in ERROR: " + torrent.errorMessage());
			}
			if (System.nanoTime() - deadline > 0) {
				throw new IllegalStateException(String.format(Locale.ROOT,
						"not complete after %d s: state %s, %.1f %% done, %d connection(s)", timeout.toSeconds(),
						torrent.state(), torrent.progress() * 100, torrent.connections()));
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
	}

	private static String mebibytes(long bytes) {
		long mib = 1 << 20;
		return (bytes % mib == 0) ? Long.toString(bytes / mib) : String.format(Locale.ROOT, "%.2f", bytes / (double) mib);
	}

	private static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + root, ex);
		}
	}

	private record Options(Path torrent, Path data, InetSocketAddress peer, int runs, Path work, Duration timeout) {

		static Options parse(String[] args) {
			Path torrent = null;
			Path data = null;
			InetSocketAddress peer = null;
			int runs = 3;
			Path work = Path.of(System.getProperty("java.io.tmpdir"));
			Duration timeout = Duration.ofSeconds(300);
			for (int i = 0; i < args.length; i++) {
				String name = args[i];
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				String value = args[++i];
				switch (name) {
					case "--torrent" -> torrent = Path.of(value);
					case "--data" -> data = Path.of(value);
					case "--peer" -> peer = peer(value);
					case "--runs" -> runs = positive(name, value);
					case "--work" -> work = Path.of(value);
					case "--timeout" -> timeout = Duration.ofSeconds(positive(name, value));
					default -> throw new IllegalArgumentException("unknown option " + name);
				}
			}
			if (torrent == null || data == null || peer == null) {
				throw new IllegalArgumentException("--torrent, --data and --peer are required");
			}
			return new Options(torrent, data, peer, runs, work, timeout);
		}

		private static InetSocketAddress peer(String value) {
			int colon = value.lastIndexOf(':');
			if (colon <= 0) {
				throw new IllegalArgumentException("--peer must be HOST:PORT, not " + value);
			}
			return new InetSocketAddress(value.substring(0, colon), positive("--peer port", value.substring(colon + 1)));
		}

		private static int positive(String name, String value) {
			try {
				int number = Integer.parseInt(value);
				if (number > 0) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new IllegalArgumentException(name + " must be a positive integer, not " + value);
		}

	}

}
