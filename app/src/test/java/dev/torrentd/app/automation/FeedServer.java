package dev.torrentd.app.automation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A web site on 127.0.0.1 serving feeds and .torrent files, as an indexer would; counts
 * the requests per path.
 */
final class FeedServer implements AutoCloseable {

	private record Document(String contentType, byte[] body) {
	}

	private final HttpServer server;

	private final Map<String, Document> documents = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	FeedServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			this.requests.computeIfAbsent(path, (p) -> new AtomicInteger()).incrementAndGet();
			Document document = this.documents.get(path);
			if (document == null) {
				exchange.sendResponseHeaders(404, -1);
			}
			else {
				exchange.getResponseHeaders().add("Content-Type", document.contentType());
				exchange.sendResponseHeaders(200, document.body().length);
				exchange.getResponseBody().write(document.body());
			}
			exchange.close();
		});
		this.server.start();
	}

	/** Serves {@code body} at {@code path}; returns its URL. */
	String serve(String path, String contentType, byte[] body) {
		this.documents.put(path, new Document(contentType, body));
		return url(path);
	}

	String serve(String path, String contentType, String body) {
		return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	int requests(String path) {
		AtomicInteger count = this.requests.get(path);
		return (count != null) ? count.get() : 0;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
