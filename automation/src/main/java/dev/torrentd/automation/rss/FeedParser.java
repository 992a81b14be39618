package dev.torrentd.automation.rss;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.torrentd.automation.RssArticle;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSS (0.9x–2.0) or Atom feed with ROME into articles, the way qBittorrent's
 * {@code RSS::Private::Parser} fills them: the id is the guid (Atom id), else the link,
 * else the title, and items without any are dropped, as are repeated ids; the torrent to
 * add is a torrent enclosure ({@code application/x-bittorrent}, or a URL ending in
 * {@code .torrent}, or a magnet), else the ezRSS {@code torrent:magnetURI}, else a magnet
 * link, else an enclosure without a type, else the link. Pure; DOCTYPEs are refused
 * (ROME's default), so no external entity is ever read.
 */
final class FeedParser {

	static final String BITTORRENT_TYPE = "application/x-bittorrent";

	private FeedParser() {
	}

	/**
	 * Parses a feed.
	 * @param body the response body
	 * @param contentType the response's {@code Content-Type} (for its charset), if any
	 * @return the feed's title, lastBuildDate text and articles in feed order
	 * @throws NotAFeedException with a one-line reason when the body is no RSS or Atom
	 * feed
	 */
	static ParsedFeed parse(byte[] body, @Nullable String contentType) throws NotAFeedException {
		Document document;
		try (Reader reader = (contentType != null) ? new XmlReader(new ByteArrayInputStream(body), contentType, true)
				: new XmlReader(new ByteArrayInputStream(body), true)) {
			document = new SecureBuilder().saxBuilder().build(reader);
		}
		catch (JDOMException | IOException ex) {
			throw new NotAFeedException("not an RSS or Atom feed: " + oneLine(ex.getMessage()));
		}
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setPreserveWireFeed(true);
			feed = input.build(document);
		}
		catch (FeedException | IllegalArgumentException ex) {
			throw new NotAFeedException("not an RSS or Atom feed: " + oneLine(ex.getMessage()));
		}
		List<RssArticle> articles = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (SyndEntry entry : feed.getEntries()) {
			RssArticle article = article(entry);
			if (article != null && ids.add(article.id())) {
				articles.add(article);
			}
		}
		return new ParsedFeed(text(feed.getTitle()), lastBuildDate(document.getRootElement()), articles);
	}

	private static @Nullable RssArticle article(SyndEntry entry) {
		String title = text(entry.getTitle());
		String link = blankToNull(entry.getLink());
		String magnetLink = null;
		if (link != null && isMagnet(link)) {
			magnetLink = link;
		}
		for (SyndLink other : entry.getLinks()) {
			if (magnetLink == null && other.getHref() != null && isMagnet(other.getHref())) {
				magnetLink = other.getHref().strip();
			}
		}
		String torrentEnclosure = null;
		String untypedEnclosure = null;
		for (SyndEnclosure enclosure : entry.getEnclosures()) {
			String url = blankToNull(enclosure.getUrl());
			if (url == null) {
				continue;
			}
			String type = (enclosure.getType() != null) ? enclosure.getType().strip() : "";
			if (torrentEnclosure == null && (type.equalsIgnoreCase(BITTORRENT_TYPE) || isMagnet(url)
					|| pathOf(url).toLowerCase(Locale.ROOT).endsWith(".torrent"))) {
				torrentEnclosure = url;
			}
			else if (untypedEnclosure == null && type.isEmpty()) {
				untypedEnclosure = url;
			}
		}
		String torrentUrl = firstOf(torrentEnclosure, magnetUri(entry), magnetLink, untypedEnclosure, link);
		String id = firstOf(blankToNull(wireId(entry)), link, blankToNull(title));
		if (id == null) {
			return null;
		}
		return new RssArticle(id, title, link, torrentUrl, instant(entry), description(entry), author(entry), false);
	}

	private static @Nullable String wireId(SyndEntry entry) {
		Object wire = entry.getWireEntry();
		if (wire instanceof Item item) {
			return (item.getGuid() != null) ? item.getGuid().getValue() : null;
		}
		if (wire instanceof Entry atom) {
			return atom.getId();
		}
		return entry.getUri();
	}

	/**
	 * The ezRSS {@code torrent:magnetURI}, directly in the item or in its
	 * {@code torrent}.
	 */
	private static @Nullable String magnetUri(SyndEntry entry) {
		Object wire = entry.getWireEntry();
		List<Element> markup = (wire instanceof Item item) ? item.getForeignMarkup()
				: (wire instanceof Entry atom) ? atom.getForeignMarkup() : entry.getForeignMarkup();
		for (Element element : markup) {
			String found = findMagnetUri(element);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable String findMagnetUri(Element element) {
		if (element.getName().equals("magnetURI")) {
			String text = element.getTextTrim();
			return isMagnet(text) ? text : null;
		}
		for (Element child : element.getChildren()) {
			String found = findMagnetUri(child);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static @Nullable Instant instant(SyndEntry entry) {
		Date date = (entry.getPublishedDate() != null) ? entry.getPublishedDate() : entry.getUpdatedDate();
		return (date != null) ? date.toInstant() : null;
	}

	private static String description(SyndEntry entry) {
		SyndContent description = entry.getDescription();
		if (description != null && description.getValue() != null) {
			return description.getValue().strip();
		}
		for (SyndContent content : entry.getContents()) {
			if (content.getValue() != null) {
				return content.getValue().strip();
			}
		}
		return "";
	}

	private static String author(SyndEntry entry) {
		if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
			return entry.getAuthor().strip();
		}
		if (!entry.getAuthors().isEmpty() && entry.getAuthors().get(0).getName() != null) {
			return entry.getAuthors().get(0).getName().strip();
		}
		return "";
	}

	/** The feed's lastBuildDate (RSS) or updated (Atom) exactly as written. */
	private static String lastBuildDate(Element root) {
		Element channel = child(root, "channel");
		if (channel != null) {
			Element lastBuildDate = child(channel, "lastBuildDate");
			return (lastBuildDate != null) ? lastBuildDate.getTextTrim() : "";
		}
		Element updated = child(root, "updated");
		return (updated != null) ? updated.getTextTrim() : "";
	}

	private static @Nullable Element child(Element parent, String name) {
		for (Element child : parent.getChildren()) {
			if (child.getName().equals(name)) {
				return child;
			}
		}
		return null;
	}

	static boolean isMagnet(String url) {
		return url.strip().regionMatches(true, 0, "magnet:", 0, 7);
	}

	private static String pathOf(String url) {
		int end = url.length();
		int query = url.indexOf('?');
		if (query >= 0) {
			end = query;
		}
		int fragment = url.indexOf('#');
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		return url.substring(0, end);
	}

	@SafeVarargs
	private static <T> @Nullable T firstOf(@Nullable T... candidates) {
		for (T candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return null;
	}

	private static String text(@Nullable String text) {
		return (text != null) ? text.strip() : "";
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static String oneLine(@Nullable String message) {
		if (message == null || message.isBlank()) {
			return "unreadable";
		}
		String line = message.strip().replaceAll("\\s+", " ");
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

	/** ROME's own hardened SAX builder (no DOCTYPE, no external entities). */
	private static final class SecureBuilder extends WireFeedInput {

		SAXBuilder saxBuilder() {
			return createSAXBuilder();
		}

	}

	/**
	 * A parsed feed.
	 *
	 * @param title the feed's title
	 * @param lastBuildDate its lastBuildDate/updated text, empty when absent
	 * @param articles its items in feed order, unread
	 */
	record ParsedFeed(String title, String lastBuildDate, List<RssArticle> articles) {

		ParsedFeed {
			articles = List.copyOf(articles);
		}

	}

	/** The body is no RSS or Atom feed; the message is a one-line reason. */
	static final class NotAFeedException extends Exception {

		NotAFeedException(String message) {
			super(message);
		}

	}

}
