package dev.torrentd.automation.rss;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * Fetches feeds and torrent links with the JDK's HTTP client: redirects followed (not
 * https to http), connect and whole-response timeout, the body read up to a size limit.
 * Failures come as {@link FetchException} with a one-line reason.
 */
final class FeedFetcher {

	static final String USER_AGENT = "torrentd (RSS; like qBittorrent)";

	private final HttpClient client;

	private final Duration timeout;

	private final long maxBytes;

	/**
	 * A fetcher.
	 * @param timeout connect timeout, and the time the whole response may take
	 * @param maxBytes largest body read, in bytes
	 * @param executor runs the client's work and its completions
	 */
	FeedFetcher(Duration timeout, long maxBytes, Executor executor) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.executor(executor)
			.build();
		this.timeout = timeout;
		this.maxBytes = maxBytes;
	}

	/**
	 * Fetches a URL.
	 * @param uri an http(s) URL
	 * @return the response, failed with {@link FetchException} on a network error, a
	 * timeout or a body over the limit (any HTTP status is a response)
	 */
	CompletableFuture<Fetched> fetch(URI uri) {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("User-Agent", USER_AGENT)
			.header("Accept",
					"application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
							+ "application/x-bittorrent;q=0.9, */*;q=0.5")
			.GET()
			.build();
		CompletableFuture<HttpResponse<byte[]>> response;
		try {
			response = this.client.sendAsync(request, limited(this.maxBytes));
		}
		catch (IllegalArgumentException ex) {
			return CompletableFuture.failedFuture(new FetchException("invalid URL: " + uri));
		}
		CompletableFuture<Fetched> result = new CompletableFuture<>();
		response.orTimeout(this.timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((answer, error) -> {
			if (error != null) {
				// cancelling the client's future aborts the exchange
				response.cancel(true);
				result.completeExceptionally(new FetchException(reason(error)));
			}
			else {
				result
					.complete(new Fetched(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
							answer.headers().firstValue("Location").orElse(null), answer.body()));
			}
		});
		return result;
	}

	/**
	 * Fetches a URL and waits for it.
	 * @param uri an http(s) URL
	 * @return the response
	 * @throws FetchException on a network error, a timeout or a body over the limit
	 */
	Fetched fetchNow(URI uri) throws FetchException {
		try {
			return fetch(uri).get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof FetchException fetch) ? fetch : new FetchException(reason(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException("interrupted");
		}
	}

	private String reason(Throwable error) {
		Throwable cause = error;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException)
				&& cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof TooLargeException) {
			return cause.getMessage();
		}
		if (cause instanceof TimeoutException || cause instanceof HttpTimeoutException) {
			String what = (cause instanceof HttpConnectTimeoutException) ? "connect timed out" : "timed out";
			return what + " after " + this.timeout.toSeconds() + " s";
		}
		if (cause instanceof ConnectException) {
			return "cannot connect" + ((cause.getMessage() != null) ? ": " + cause.getMessage() : "");
		}
		if (cause instanceof IOException && cause.getMessage() != null) {
			return FeedParser.oneLine(cause.getMessage());
		}
		return FeedParser.oneLine(
				cause.getClass().getSimpleName() + ((cause.getMessage() != null) ? ": " + cause.getMessage() : ""));
	}

	private static BodyHandler<byte[]> limited(long maxBytes) {
		return (info) -> {
			long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
			return new LimitedBody(maxBytes, declared > maxBytes);
		};
	}

	/**
	 * An HTTP response.
	 *
	 * @param status the status code
	 * @param contentType the {@code Content-Type} header, if any
	 * @param location the {@code Location} header, if any (a redirect not followed, e.g.
	 * to a magnet)
	 * @param body the body
	 */
	record Fetched(int status, @Nullable String contentType, @Nullable String location, byte[] body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

	/** A fetch that failed; the message is a one-line reason. */
	static final class FetchException extends Exception {

		FetchException(String message) {
			super(message);
		}

	}

	private static final class TooLargeException extends IOException {

		TooLargeException(long maxBytes) {
			super("too large: more than " + maxBytes + " bytes");
		}

	}

	/** Collects the body, giving up (and cancelling the transfer) past the limit. */
	private static final class LimitedBody implements BodySubscriber<byte[]> {

		private final CompletableFuture<byte[]> body = new CompletableFuture<>();

		private final ByteArrayOutputStream collected = new ByteArrayOutputStream();

		private final long maxBytes;

		private final boolean declaredTooLarge;

		private Flow.@Nullable Subscription subscription;

		LimitedBody(long maxBytes, boolean declaredTooLarge) {
			this.maxBytes = maxBytes;
			this.declaredTooLarge = declaredTooLarge;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.body;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (this.declaredTooLarge) {
				subscription.cancel();
				this.body.completeExceptionally(new TooLargeException(this.maxBytes));
				return;
			}
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> buffers) {
			if (this.body.isDone()) {
				return;
			}
			for (ByteBuffer buffer : buffers) {
				if (this.collected.size() + (long) buffer.remaining() > this.maxBytes) {
					if (this.subscription != null) {
						this.subscription.cancel();
					}
					this.body.completeExceptionally(new TooLargeException(this.maxBytes));
					return;
				}
				byte[] bytes = new byte[buffer.remaining()];
				buffer.get(bytes);
				this.collected.write(bytes, 0, bytes.length);
			}
		}

		@Override
		public void onError(Throwable error) {
			this.body.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			this.body.complete(this.collected.toByteArray());
		}

	}

}
