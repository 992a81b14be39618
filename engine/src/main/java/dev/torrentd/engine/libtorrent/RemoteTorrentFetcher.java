package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

import dev.torrentd.engine.InvalidTorrentException;
import dev.torrentd.engine.TorrentSource;

/**
 * Fetches a .torrent from an http(s) link, bounded in time and size. Follows up to five
 * redirects itself, because indexers (Prowlarr, Jackett) often redirect a download link
 * to a {@code magnet:} URI, which an HTTP client cannot follow.
 */
final class RemoteTorrentFetcher {

	private static final int MAX_REDIRECTS = 5;

	/** Body reads that may block on a stalled server, kept off the common pool. */
	private static final java.util.concurrent.ExecutorService BODY_READERS = java.util.concurrent.Executors
		.newCachedThreadPool((r) -> {
			Thread t = new Thread(r, "torrentd-remote-torrent");
			t.setDaemon(true);
			return t;
		});

	private final HttpClient client;

	private final Duration timeout;

	private final long maxBytes;

	RemoteTorrentFetcher(Duration timeout, long maxBytes) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.timeout = timeout;
		this.maxBytes = maxBytes;
	}

	/**
	 * Fetches the link.
	 * @param uri an http(s) URI
	 * @return the .torrent's bytes, or the magnet URI it redirected to
	 * @throws InvalidTorrentException when the link cannot be fetched in time, answers
	 * with an error, or its body is larger than the limit
	 */
	TorrentSource fetch(URI uri) {
		URI current = uri;
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			String scheme = (current.getScheme() != null) ? current.getScheme().toLowerCase(Locale.ROOT) : "";
			if (scheme.equals("magnet")) {
				return new TorrentSource.Magnet(current.toString());
			}
			if (!scheme.equals("http") && !scheme.equals("https")) {
				throw new InvalidTorrentException("not an http(s) or magnet link: " + current);
			}
			HttpResponse<InputStream> response = send(current);
			int status = response.statusCode();
			if (status >= 300 && status < 400) {
				String location = response.headers()
					.firstValue("Location")
					.orElseThrow(() -> new InvalidTorrentException("HTTP " + status + " without Location from " + uri));
				close(response);
				current = current.resolve(location.trim());
				continue;
			}
			if (status != 200) {
				close(response);
				throw new InvalidTorrentException("HTTP " + status + " from " + uri);
			}
			return new TorrentSource.MetainfoFile(readBounded(response, uri));
		}
		throw new InvalidTorrentException("too many redirects from " + uri);
	}

	private HttpResponse<InputStream> send(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(this.timeout).GET().build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new InvalidTorrentException("cannot fetch " + uri + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InvalidTorrentException("interrupted while fetching " + uri, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidTorrentException("not a valid link: " + uri, ex);
		}
	}

	/**
	 * Reads the body on another thread so that a server that stalls mid-body cannot
	 * outlast the timeout.
	 */
	private byte[] readBounded(HttpResponse<InputStream> response, URI uri) {
		java.util.concurrent.CompletableFuture<byte[]> body = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> readAll(response, uri), BODY_READERS);
		try {
			return body.get(this.timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (java.util.concurrent.TimeoutException ex) {
			close(response);
			throw new InvalidTorrentException("timed out reading " + uri);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw (ex.getCause() instanceof InvalidTorrentException invalid) ? invalid
					: new InvalidTorrentException("cannot read " + uri + ": " + ex.getCause().getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close(response);
			throw new InvalidTorrentException("interrupted while fetching " + uri, ex);
		}
	}

	private byte[] readAll(HttpResponse<InputStream> response, URI uri) {
		try (InputStream in = response.body()) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
			if (bytes.length > this.maxBytes) {
				throw new InvalidTorrentException(
						"the .torrent at " + uri + " is larger than " + this.maxBytes + " bytes");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new InvalidTorrentException("cannot read " + uri + ": " + ex.getMessage(), ex);
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ignored) {
			// nothing to release beyond the connection
		}
	}

}
