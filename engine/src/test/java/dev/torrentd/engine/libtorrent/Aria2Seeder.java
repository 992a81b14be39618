package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A foreign BitTorrent peer: Debian's {@code aria2c} seeding a torrent on 127.0.0.1 only
 * (no DHT, LPD, PeX or IPv6, trackers ignored). It verifies the data first and listens
 * once ready.
 */
public final class Aria2Seeder implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private Aria2Seeder(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts seeding.
	 * @param torrentFile the .torrent on disk
	 * @param dataParent the folder that holds the torrent's content (the file, or its
	 * folder)
	 * @param port the port to listen on (127.0.0.1)
	 * @param uploadLimit aria2c's upload limit, e.g. "2M", or null for none
	 * @return the running seeder
	 */
	public static Aria2Seeder start(Path torrentFile, Path dataParent, int port, String uploadLimit) {
		Path log = torrentFile.resolveSibling("aria2c-" + port + ".log");
		List<String> command = new ArrayList<>(List.of("aria2c", torrentFile.toString(), "--dir=" + dataParent,
				"--check-integrity=true", "--bt-seed-unverified=false", "--seed-ratio=0.0", "--enable-dht=false",
				"--enable-dht6=false", "--bt-enable-lpd=false", "--enable-peer-exchange=false", "--interface=127.0.0.1",
				"--disable-ipv6=true", "--listen-port=" + port, "--bt-max-peers=0", "--file-allocation=none",
				"--bt-exclude-tracker=*", "--summary-interval=0", "--console-log-level=warn", "--log=" + log,
				"--log-level=notice", "--allow-overwrite=false", "--auto-file-renaming=false",
				"--rpc-save-upload-metadata=false"));
		if (uploadLimit != null) {
			command.add("--max-overall-upload-limit=" + uploadLimit);
		}
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(torrentFile.resolveSibling("aria2c-" + port + ".out").toFile())
				.start();
			Aria2Seeder seeder = new Aria2Seeder(process, port, log);
			seeder.awaitListening(Duration.ofSeconds(120));
			return seeder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start aria2c (apt-get install aria2)", ex);
		}
	}

	public InetSocketAddress address() {
		return new InetSocketAddress("127.0.0.1", this.port);
	}

	private void awaitListening(Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("aria2c exited with " + this.process.exitValue() + ": " + logText());
			}
			if (logText().contains("listening on TCP port " + this.port) && accepts()) {
				return;
			}
			sleep(100);
		}
		close();
		throw new IllegalStateException("aria2c did not listen on " + this.port + " in " + timeout + ": " + logText());
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String logText() {
		try {
			return Files.exists(this.log) ? Files.readString(this.log) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
