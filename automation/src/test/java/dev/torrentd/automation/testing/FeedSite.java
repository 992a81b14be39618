package dev.torrentd.automation.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A web site on 127.0.0.1 for the tests, as an indexer would be: feeds, .torrent files,
 * redirects, slow pages; unknown paths answer 404. Every request is recorded. Shared with
 * the dialects' and the app's tests through this module's test-jar.
 */
public final class FeedSite implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();

	/** Every request: path and when it came. */
	public final List<Request> requests = new CopyOnWriteArrayList<>();

	/**
	 * Starts the site on an ephemeral port.
	 * @throws IOException if it cannot listen
	 */
	public FeedSite() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			this.requests.add(new Request(path, Instant.now(), exchange.getRequestHeaders().getFirst("User-Agent")));
			HttpHandler handler = this.handlers.get(path);
			if (handler == null) {
				reply(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
			}
			else {
				handler.handle(exchange);
			}
		});
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	/** The URL of a path on this site. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/** Serves a document at a path (replacing what was there); returns its URL. */
	public String serve(String path, String contentType, byte[] body) {
		this.handlers.put(path, (exchange) -> reply(exchange, 200, contentType, body));
		return url(path);
	}

	public String serve(String path, String contentType, String body) {
		return serve(path, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	public String handle(String path, HttpHandler handler) {
		this.handlers.put(path, handler);
		return url(path);
	}

	public String redirect(String path, String location) {
		return handle(path, (exchange) -> {
			exchange.getResponseHeaders().add("Location", location);
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
	}

	/** How many requests a path has had. */
	public long hits(String path) {
		return this.requests.stream().filter((request) -> request.path().equals(path)).count();
	}

	public static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	public record Request(String path, Instant at, String userAgent) {
	}

}
