package dev.torrentd.engine.libtorrent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.ContentLayout;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentSource;

/**
 * An engine in a child JVM, so that a test can kill it with SIGKILL. The child adds a
 * torrent (category "tv", tag "restart") and a peer if told to, then prints one status
 * line every 100 ms:
 * {@code STATUS <state> <wanted done bytes> <wanted bytes> <downloaded this session>}.
 */
public final class EngineProcess implements AutoCloseable {

	/** What the child printed last. */
	public record Status(String state, long wantedDone, long wanted, long downloadedSession) {
	}

	private final Process process;

	private final BlockingQueue<Status> statuses = new LinkedBlockingQueue<>();

	private volatile Status last;

	private EngineProcess(Process process) {
		this.process = process;
		Thread reader = new Thread(this::read, "engine-process-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts the child JVM with the test's classpath and environment (LD_PRELOAD
	 * included).
	 * @param dir its state and downloads folder
	 * @param torrentFile a .torrent to add, or null
	 * @param peer a peer to connect to, or null
	 * @return the running child
	 */
	public static EngineProcess start(Path dir, Path torrentFile, InetSocketAddress peer) throws IOException {
		return start(dir, torrentFile, peer, false);
	}

	/**
	 * Starts the child JVM; with {@code layoutOptions} the torrent is added stopped,
	 * without its root folder, and with its first file not downloaded.
	 */
	public static EngineProcess start(Path dir, Path torrentFile, InetSocketAddress peer, boolean layoutOptions)
			throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EngineProcess.class.getName(), dir.toString(), (torrentFile != null) ? torrentFile.toString() : "-",
				(peer != null) ? peer.getHostString() + ":" + peer.getPort() : "-", Boolean.toString(layoutOptions))
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		return new EngineProcess(process);
	}

	private void read() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(this.process.getInputStream()))) {
			String line;
			while ((line = in.readLine()) != null) {
				String[] f = line.split(" ");
				if (f.length == 5 && f[0].equals("STATUS")) {
					Status s = new Status(f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]));
					this.last = s;
					this.statuses.add(s);
				}
			}
		}
		catch (IOException ex) {
			// the child was killed
		}
	}

	/**
	 * Waits for a status line that matches.
	 * @param condition what to wait for
	 * @param timeout how long
	 * @return the matching status
	 */
	public Status await(Predicate<Status> condition, Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			Status s = this.statuses.poll(100, TimeUnit.MILLISECONDS);
			if (s != null && condition.test(s)) {
				return s;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("the engine process exited with " + this.process.exitValue());
			}
		}
		throw new IllegalStateException("no matching status in " + timeout + "; last: " + this.last);
	}

	/** Kills the child with SIGKILL: no shutdown hook, no resume data saved at exit. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(10, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		kill();
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		TorrentEngine engine = TestEngines.open(dir);
		TorrentId id = null;
		if (!args[1].equals("-")) {
			byte[] metainfo = Files.readAllBytes(Path.of(args[1]));
			AddOptions.Builder options = AddOptions.builder().category("tv").tags(Set.of("restart"));
			if (Boolean.parseBoolean(args[3])) {
				options.stopped(true)
					.contentLayout(ContentLayout.NO_SUBFOLDER)
					.filePriorities(List.of(FilePriority.SKIP, FilePriority.NORMAL));
			}
			id = engine.add(new TorrentSource.MetainfoFile(metainfo), options.build()).id();
		}
		else if (!engine.torrents().isEmpty()) {
			id = engine.torrents().get(0).id();
		}
		if (id != null && !args[2].equals("-")) {
			String[] peer = args[2].split(":");
			engine.addPeers(List.of(id), List.of(new InetSocketAddress(peer[0], Integer.parseInt(peer[1]))));
		}
		while (true) {
			if (id != null) {
				Torrent t = engine.get(id);
				System.out.println("STATUS " + t.state() + " " + t.wantedDoneBytes() + " " + t.wantedSizeBytes() + " "
						+ t.downloadedSessionBytes());
				System.out.flush();
			}
			Thread.sleep(100);
		}
	}

}
