package dev.torrentd.automation.rss;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

import dev.torrentd.automation.RssException;
import dev.torrentd.automation.RssFeed;
import dev.torrentd.automation.UnknownUrlResult;
import dev.torrentd.automation.rss.FeedFetcher.FetchException;
import dev.torrentd.automation.rss.FeedFetcher.Fetched;
import dev.torrentd.automation.rss.FeedParser.NotAFeedException;
import dev.torrentd.engine.AddOptions;
import dev.torrentd.engine.AddResult;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentSource;

/**
 * µTorrent's {@code add-unknown-url}: a magnet is added; an http(s) URL is fetched and
 * added as a torrent when it is one (or redirects to a magnet), subscribed to when it is
 * a feed. Fetches and adds on the caller's thread, without the {@link RssState} lock.
 */
final class UnknownUrlResolver {

	private final TorrentEngine engine;

	private final FeedFetcher fetcher;

	private final Function<String, RssFeed> subscribe;

	/**
	 * A resolver.
	 * @param engine where torrents are added
	 * @param fetcher fetches the URL
	 * @param subscribe subscribes to a feed URL at the root (the service's
	 * {@code addFeed(url, "")})
	 */
	UnknownUrlResolver(TorrentEngine engine, FeedFetcher fetcher, Function<String, RssFeed> subscribe) {
		this.engine = engine;
		this.fetcher = fetcher;
		this.subscribe = subscribe;
	}

	/**
	 * Adds or subscribes to a URL.
	 * @param url a magnet, or an http(s) URL of a torrent or a feed
	 * @param options how a torrent is added
	 * @return the added torrent or the new feed
	 * @throws RssException if the URL is neither, cannot be fetched, or the add fails
	 * (one-line reason)
	 */
	UnknownUrlResult resolve(String url, AddOptions options) {
		String trimmed = url.strip();
		if (FeedParser.isMagnet(trimmed)) {
			return new UnknownUrlResult.Torrent(addTorrent(new TorrentSource.Magnet(trimmed), options));
		}
		URI uri = Urls.httpUri(trimmed);
		if (uri == null) {
			throw new RssException("Not a magnet or an http(s) URL: " + trimmed);
		}
		Fetched fetched;
		try {
			fetched = this.fetcher.fetchNow(uri);
		}
		catch (FetchException ex) {
			throw new RssException("Cannot fetch " + trimmed + ": " + ex.getMessage());
		}
		// indexers such as Prowlarr answer a download link with a redirect to a magnet
		if (fetched.status() / 100 == 3 && fetched.location() != null && FeedParser.isMagnet(fetched.location())) {
			return new UnknownUrlResult.Torrent(addTorrent(new TorrentSource.Magnet(fetched.location()), options));
		}
		if (!fetched.ok()) {
			throw new RssException("Cannot fetch " + trimmed + ": HTTP " + fetched.status());
		}
		if (isTorrentFile(fetched)) {
			return new UnknownUrlResult.Torrent(addTorrent(new TorrentSource.MetainfoFile(fetched.body()), options));
		}
		try {
			FeedParser.parse(fetched.body(), fetched.contentType());
		}
		catch (NotAFeedException ex) {
			throw new RssException("Neither a torrent nor an RSS or Atom feed: " + trimmed);
		}
		return new UnknownUrlResult.Feed(this.subscribe.apply(trimmed));
	}

	private AddResult addTorrent(TorrentSource source, AddOptions options) {
		try {
			return this.engine.add(source, options);
		}
		catch (RuntimeException ex) {
			throw new RssException(FeedParser.oneLine(ex.getMessage()));
		}
	}

	/**
	 * A .torrent by its type, or by its shape: a bencoded dictionary ("d8:announce…").
	 */
	static boolean isTorrentFile(Fetched fetched) {
		String type = (fetched.contentType() != null) ? fetched.contentType().toLowerCase(Locale.ROOT) : "";
		if (type.startsWith(FeedParser.BITTORRENT_TYPE)) {
			return true;
		}
		byte[] body = fetched.body();
		return body.length > 2 && body[0] == 'd' && Character.isDigit(body[1])
				&& new String(body, 0, Math.min(body.length, 64), StandardCharsets.ISO_8859_1).matches("d\\d+:.*");
	}

}
