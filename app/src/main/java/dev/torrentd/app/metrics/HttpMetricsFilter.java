package dev.torrentd.app.metrics;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts and times every request before any dialect's security sees it, so that refused
 * ones (401, 403, banned) count too: {@code torrentd_http_requests_seconds} labelled
 * {@code dialect}, {@code endpoint}, {@code client} ({@link ClientFamily}) and
 * {@code status} (the status code's class, {@code 2xx}…). For qBittorrent's
 * {@code sync/maindata} it also records the JSON body's size before compression,
 * {@code torrentd_qbittorrent_maindata_payload_bytes} (a full update is most of what a
 * Web UI downloads).
 */
public final class HttpMetricsFilter extends OncePerRequestFilter {

	/** The request timer's name (Prometheus: {@code torrentd_http_requests_seconds}). */
	public static final String REQUESTS = "torrentd.http.requests";

	/**
	 * The maindata size's name (Prometheus:
	 * {@code torrentd_qbittorrent_maindata_payload_bytes}).
	 */
	public static final String MAINDATA_PAYLOAD = "torrentd.qbittorrent.maindata.payload";

	private final MeterRegistry registry;

	private final DistributionSummary maindata;

	/**
	 * Creates the filter.
	 * @param registry where the meters go
	 */
	public HttpMetricsFilter(MeterRegistry registry) {
		this.registry = registry;
		this.maindata = DistributionSummary.builder(MAINDATA_PAYLOAD)
			.description("Size of qBittorrent sync/maindata answers before compression")
			.baseUnit("bytes")
			.register(registry);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		ApiEndpoint endpoint = ApiEndpoint.of(path, request.getQueryString());
		CountingResponse counted = "sync/maindata".equals(endpoint.endpoint()) ? new CountingResponse(response) : null;
		long start = System.nanoTime();
		try {
			chain.doFilter(request, (counted != null) ? counted : response);
		}
		finally {
			Timer.builder(REQUESTS)
				.description("HTTP requests by dialect, endpoint and client family")
				.tags(Tags.of("dialect", endpoint.dialect(), "endpoint", endpoint.endpoint(), "client",
						ClientFamily.of(request.getHeader("User-Agent")).label(), "status",
						(response.getStatus() / 100) + "xx"))
				.register(this.registry)
				.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			if (counted != null && response.getStatus() == HttpServletResponse.SC_OK) {
				this.maindata.record(counted.bytes());
			}
		}
	}

	/** The response, with the bytes written to its body counted. */
	private static final class CountingResponse extends HttpServletResponseWrapper {

		private @Nullable CountingStream stream;

		CountingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new CountingStream(super.getOutputStream());
			}
			return this.stream;
		}

		long bytes() {
			return (this.stream != null) ? this.stream.count : 0;
		}

	}

	private static final class CountingStream extends ServletOutputStream {

		private final ServletOutputStream target;

		long count;

		CountingStream(ServletOutputStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) throws IOException {
			this.target.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.target.write(b, off, len);
			this.count += len;
		}

		@Override
		public void flush() throws IOException {
			this.target.flush();
		}

		@Override
		public void close() throws IOException {
			this.target.close();
		}

		@Override
		public boolean isReady() {
			return this.target.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.target.setWriteListener(listener);
		}

	}

}
