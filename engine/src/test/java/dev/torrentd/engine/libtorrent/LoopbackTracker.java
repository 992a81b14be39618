package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A minimal HTTP tracker on 127.0.0.1: answers every announce with an empty peer list,
 * one seed, and a 30-minute interval, and counts the announces it got.
 */
public final class LoopbackTracker implements AutoCloseable {

	private final HttpServer server;

	private final AtomicInteger announces = new AtomicInteger();

	public LoopbackTracker() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/announce", (exchange) -> {
			this.announces.incrementAndGet();
			byte[] body = "d8:completei1e10:incompletei0e8:intervali1800e5:peers0:e"
				.getBytes(StandardCharsets.US_ASCII);
			exchange.getResponseHeaders().add("Content-Type", "text/plain");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	public String announceUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/announce";
	}

	public int announces() {
		return this.announces.get();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
