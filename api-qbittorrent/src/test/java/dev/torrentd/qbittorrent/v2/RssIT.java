package dev.torrentd.qbittorrent.v2;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import dev.torrentd.automation.RssRule;
import dev.torrentd.automation.RssService;
import dev.torrentd.automation.testing.FeedSite;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.libtorrent.TestTorrents;
import dev.torrentd.qbittorrent.QbTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /api/v2/rss/*} over real HTTP, with a session cookie, in the order qBittorrent's
 * WebUI and VueTorrent call it, against the real RSS service fetching a feed from a
 * loopback HTTP server.
 */
@SpringBootTest(classes = QbTestServer.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RssIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String RFC_2822 = "\\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}";

	private static FeedSite site;

	@TempDir
	static Path content;

	@LocalServerPort
	int port;

	@Autowired
	RssService rss;

	@Autowired
	TorrentEngine engine;

	private HttpClient client;

	@BeforeAll
	static void startSite() throws IOException {
		site = new FeedSite();
	}

	@AfterAll
	static void stopSite() {
		site.close();
	}

	@BeforeEach
	void login() throws Exception {
		this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> login = post("/api/v2/auth/login", "username", QbTestServer.USERNAME, "password",
				QbTestServer.PASSWORD);
		assertThat(login.body()).isEqualTo("Ok.");
	}

	@Test
	void theWebUiSequenceFromAFolderAndAFeedToARuleThatDownloads() throws Exception {
		byte[] metainfo = TestTorrents
			.metainfo(TestTorrents.randomFile(content.resolve("Show.Name.S01E05.720p.mkv"), 40_000, 81), 16384);
		String torrentUrl = serve("/download/505.torrent", metainfo);
		String feedUrl = serve("/tv/rss", rss(torrentUrl).getBytes(StandardCharsets.UTF_8));

		// the feed dialog: a folder, a feed in it
		assertEmptyOk(post("/api/v2/rss/addFolder", "path", "TV"));
		assertEmptyOk(post("/api/v2/rss/addFeed", "url", feedUrl, "path", "TV\\Indexer"));
		JsonNode items = json(get("/api/v2/rss/items"));
		assertThat(items.propertyNames()).containsExactly("TV");
		JsonNode feed = items.get("TV").get("Indexer");
		assertThat(feed.propertyNames()).containsExactlyInAnyOrder("uid", "url");
		assertThat(feed.get("url").asString()).isEqualTo(feedUrl);
		assertThat(feed.get("uid").asString())
			.matches("\\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}");

		// refresh, then poll items?withData=true as the WebUI does until the articles
		// are in
		assertEmptyOk(post("/api/v2/rss/refreshItem", "itemPath", "TV\\Indexer"));
		JsonNode loaded = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> json(get("/api/v2/rss/items?withData=true")).get("TV").get("Indexer"),
					(f) -> f.get("articles").size() == 2 && !f.get("isLoading").asBoolean());
		assertThat(loaded.propertyNames()).containsExactlyInAnyOrder("uid", "url", "title", "lastBuildDate",
				"isLoading", "hasError", "articles");
		assertThat(loaded.get("uid")).isEqualTo(feed.get("uid"));
		assertThat(loaded.get("title").asString()).isEqualTo("Indexer TV");
		assertThat(loaded.get("lastBuildDate").asString()).isEqualTo("Sun, 22 Nov 2026 10:00:00 GMT");
		assertThat(loaded.get("hasError").isBoolean()).isTrue();
		assertThat(loaded.get("hasError").asBoolean()).isFalse();
		JsonNode episode = article(loaded, "tv-505");
		assertThat(episode.propertyNames()).containsExactlyInAnyOrder("id", "date", "title", "author", "description",
				"torrentURL", "link");
		assertThat(episode.get("date").asString()).matches(RFC_2822).isEqualTo("22 Nov 2026 09:00:00 +0000");
		assertThat(episode.get("title").asString()).isEqualTo("Show.Name.S01E05.720p");
		assertThat(episode.get("author").asString()).isEqualTo("uploader");
		assertThat(episode.get("description").asString()).isEqualTo("720p <b>x264</b>");
		assertThat(episode.get("torrentURL").asString()).isEqualTo(torrentUrl);
		assertThat(episode.get("link").asString()).isEqualTo("http://127.0.0.1/details/505");
		assertThat(episode.has("isRead")).as("unread: no isRead key, as qBittorrent").isFalse();
		JsonNode magnetOnly = articleTitled(loaded, "Other.Show.S02E01");
		assertThat(magnetOnly.propertyNames()).as("an item with a magnet link and no guid, description or author")
			.contains("id", "date", "title", "torrentURL")
			.doesNotContain("author", "description", "link");
		assertThat(magnetOnly.get("torrentURL").asString())
			.isEqualTo("magnet:?xt=urn:btih:" + "c".repeat(40) + "&dn=Other");

		// the rule dialog: a new rule is "{}", then the whole rule is sent back edited
		assertEmptyOk(post("/api/v2/torrents/createCategory", "category", "rss-it"));
		assertEmptyOk(post("/api/v2/rss/setRule", "ruleName", "Show", "ruleDef", "{}"));
		ObjectNode created = (ObjectNode) json(get("/api/v2/rss/rules")).get("Show");
		assertThat(created.propertyNames()).containsExactlyInAnyOrder("enabled", "priority", "useRegex", "mustContain",
				"mustNotContain", "episodeFilter", "affectedFeeds", "lastMatch", "ignoreDays", "smartFilter",
				"previouslyMatchedEpisodes", "addPaused", "torrentContentLayout", "savePath", "assignedCategory",
				"torrentParams");
		assertThat(created.get("enabled").asBoolean()).isTrue();
		assertThat(created.get("lastMatch").asString()).isEmpty();
		assertThat(created.get("addPaused").isNull()).isTrue();
		assertThat(created.get("torrentParams").get("tags").isArray()).isTrue();
		assertThat(created.get("torrentParams").get("ratio_limit").asInt()).isEqualTo(-2);
		assertThat(json(get("/api/v2/rss/matchingArticles?ruleName=Show")).size()).as("no feed yet").isZero();

		created.put("mustContain", "Show.Name");
		created.put("smartFilter", true);
		created.putArray("affectedFeeds").add(feedUrl);
		ObjectNode params = (ObjectNode) created.get("torrentParams");
		params.put("category", "rss-it");
		params.putArray("tags").add("");
		params.put("stopped", true);
		assertEmptyOk(post("/api/v2/rss/setRule", "ruleName", "Show", "ruleDef", JSON.writeValueAsString(created)));
		JsonNode matching = json(post("/api/v2/rss/matchingArticles", "ruleName", "Show"));
		assertThat(matching.propertyNames()).containsExactly("Indexer");
		assertThat(StreamSupport.stream(matching.get("Indexer").spliterator(), false).map(JsonNode::asString))
			.containsExactly("Show.Name.S01E05.720p");

		// the rule downloads the matching article, stopped, in its category
		TorrentId id = TorrentId.parse(TestTorrents.infoHash(metainfo));
		Torrent added = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.engine.find(id), Optional::isPresent)
			.get();
		assertThat(added.category()).isEqualTo("rss-it");
		assertThat(added.isStopped()).isTrue();
		JsonNode rule = await().atMost(Duration.ofSeconds(10))
			.until(() -> json(get("/api/v2/rss/rules")).get("Show"), (r) -> !r.get("lastMatch").asString().isEmpty());
		assertThat(rule.get("lastMatch").asString()).matches(RFC_2822);
		assertThat(rule.get("previouslyMatchedEpisodes").size()).isEqualTo(1);
		assertThat(rule.get("assignedCategory").asString()).isEqualTo("rss-it");
		assertThat(rule.get("addPaused").asBoolean()).isTrue();
		assertThat(rule.get("torrentParams").get("stopped").asBoolean()).isTrue();
		assertThat(
				article(json(get("/api/v2/rss/items?withData=true")).get("TV").get("Indexer"), "tv-505").path("isRead")
					.asBoolean(false))
			.as("downloaded is read")
			.isTrue();

		// articles marked read one by one (VueTorrent) and a whole folder (WebUI)
		String otherId = magnetOnly.get("id").asString();
		assertEmptyOk(post("/api/v2/rss/markAsRead", "itemPath", "TV", "articleId", otherId));
		assertThat(isRead(otherId)).as("an article id on a folder does nothing").isFalse();
		assertEmptyOk(post("/api/v2/rss/markAsRead", "itemPath", "TV\\Indexer", "articleId", otherId));
		assertThat(isRead(otherId)).isTrue();

		// rename, move, remove
		assertEmptyOk(post("/api/v2/rss/renameRule", "ruleName", "Show", "newRuleName", "Show 720p"));
		assertThat(json(get("/api/v2/rss/rules")).propertyNames()).containsExactly("Show 720p");
		assertEmptyOk(post("/api/v2/rss/addFolder", "path", "Archive"));
		assertEmptyOk(post("/api/v2/rss/moveItem", "itemPath", "TV\\Indexer", "destPath", "Archive\\Old indexer"));
		JsonNode moved = json(get("/api/v2/rss/items"));
		assertThat(moved.get("TV").size()).isZero();
		assertThat(moved.get("Archive").get("Old indexer").get("url").asString()).isEqualTo(feedUrl);
		assertThat(json(get("/api/v2/rss/matchingArticles?ruleName=Show%20720p")).size())
			.as("the smart filter refuses the episode it already downloaded, as qBittorrent's matches()")
			.isZero();
		ObjectNode renamed = (ObjectNode) json(get("/api/v2/rss/rules")).get("Show 720p");
		renamed.put("smartFilter", false);
		assertEmptyOk(
				post("/api/v2/rss/setRule", "ruleName", "Show 720p", "ruleDef", JSON.writeValueAsString(renamed)));
		JsonNode afterMove = json(get("/api/v2/rss/matchingArticles?ruleName=Show%20720p"));
		assertThat(afterMove.propertyNames()).as("the feed's new name").containsExactly("Old indexer");
		assertThat(afterMove.get("Old indexer").get(0).asString()).isEqualTo("Show.Name.S01E05.720p");
		assertEmptyOk(post("/api/v2/rss/removeRule", "ruleName", "Show 720p"));
		assertThat(json(get("/api/v2/rss/rules")).size()).isZero();
		assertEmptyOk(post("/api/v2/rss/removeItem", "path", "Archive"));
		assertEmptyOk(post("/api/v2/rss/removeItem", "path", "TV"));
		assertThat(json(get("/api/v2/rss/items")).size()).isZero();
		this.engine.remove(List.of(id), true);
	}

	@Test
	void aFeedAddedWithAnEmptyPathIsNamedAfterItsUrl() throws Exception {
		String url = serve("/named/rss", rss("http://127.0.0.1/x.torrent").getBytes(StandardCharsets.UTF_8));
		assertEmptyOk(post("/api/v2/rss/addFeed", "url", url, "path", ""));
		try {
			assertThat(json(get("/api/v2/rss/items")).get(url).get("url").asString()).isEqualTo(url);
			assertEmptyOk(post("/api/v2/rss/setFeedURL", "path", url, "url", url + "?v=2"));
			assertThat(this.rss.feeds()).extracting((f) -> f.url()).contains(url + "?v=2");
		}
		finally {
			this.rss.feeds()
				.stream()
				.filter((f) -> f.url().startsWith(url))
				.forEach((f) -> this.rss.removeItem(f.path()));
		}
	}

	@Test
	void refusedRequestsAre409WithTheReasonAsText() throws Exception {
		String url = serve("/conflict/rss", rss("http://127.0.0.1/x.torrent").getBytes(StandardCharsets.UTF_8));
		assertEmptyOk(post("/api/v2/rss/addFolder", "path", "Conflicts"));
		assertEmptyOk(post("/api/v2/rss/addFeed", "url", url, "path", "Conflicts\\Feed"));
		try {
			assertConflict(post("/api/v2/rss/addFolder", "path", "Conflicts"), "Conflicts");
			assertConflict(post("/api/v2/rss/addFolder", "path", "Missing\\Child"), "Missing");
			assertConflict(post("/api/v2/rss/addFeed", "url", url, "path", "Conflicts\\Again"), url);
			assertConflict(post("/api/v2/rss/setFeedURL", "path", "Conflicts\\Nothing", "url", url + "2"),
					"Conflicts\\Nothing");
			assertConflict(post("/api/v2/rss/removeItem", "path", "Nowhere"), "Nowhere");
			assertConflict(post("/api/v2/rss/removeItem", "path", ""), null);
			assertConflict(post("/api/v2/rss/moveItem", "itemPath", "Nowhere", "destPath", "Else"), "Nowhere");
			assertConflict(post("/api/v2/rss/moveItem", "itemPath", "Conflicts\\Feed", "destPath", "Missing\\Feed"),
					"Missing");
		}
		finally {
			this.rss.removeItem("Conflicts");
		}
	}

	@Test
	void whatQbittorrentIgnoresAnswersAnEmpty200() throws Exception {
		assertEmptyOk(post("/api/v2/rss/markAsRead", "itemPath", "No such feed"));
		assertEmptyOk(post("/api/v2/rss/markAsRead", "itemPath", "No such feed", "articleId", "x"));
		assertEmptyOk(post("/api/v2/rss/refreshItem", "itemPath", "No such feed"));
		assertEmptyOk(post("/api/v2/rss/removeRule", "ruleName", "No such rule"));
		assertEmptyOk(post("/api/v2/rss/renameRule", "ruleName", "No such rule", "newRuleName", "Other"));
		assertThat(this.rss.rule("Other")).isEmpty();
		assertThat(get("/api/v2/rss/matchingArticles?ruleName=No%20such%20rule").body()).isEqualTo("{}");
	}

	@Test
	void setRuleWithTextThatIsNotJsonStoresARuleWithQbittorrentsDefaults() throws Exception {
		assertEmptyOk(post("/api/v2/rss/setRule", "ruleName", "Garbage", "ruleDef", "not json"));
		try {
			Optional<RssRule> rule = this.rss.rule("Garbage");
			assertThat(rule).hasValueSatisfying((r) -> {
				assertThat(r.enabled()).isTrue();
				assertThat(r.mustContain()).isEmpty();
				assertThat(r.affectedFeeds()).isEmpty();
			});
		}
		finally {
			this.rss.removeRule("Garbage");
		}
	}

	@Test
	void missingParametersAre400WrongMethod405AndNoSession403() throws Exception {
		HttpResponse<String> missing = post("/api/v2/rss/addFeed", "url", "http://127.0.0.1/x");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).isEqualTo("Bad Request");
		assertThat(post("/api/v2/rss/setRule", "ruleName", "x").statusCode()).isEqualTo(400);
		assertThat(get("/api/v2/rss/matchingArticles").statusCode()).isEqualTo(400);
		for (String action : List.of("addFolder", "addFeed", "setFeedURL", "removeItem", "moveItem", "markAsRead",
				"refreshItem", "setRule", "renameRule", "removeRule")) {
			HttpResponse<String> wrongMethod = get("/api/v2/rss/" + action);
			assertThat(wrongMethod.statusCode()).as(action).isEqualTo(405);
			assertThat(wrongMethod.body()).isEqualTo("Method Not Allowed");
		}
		for (String read : List.of("items", "rules")) {
			assertThat(get("/api/v2/rss/" + read).statusCode()).isEqualTo(200);
			assertThat(post("/api/v2/rss/" + read).statusCode()).isEqualTo(200);
		}
		assertThat(get("/api/v2/rss/setFeedRefreshInterval").statusCode()).isEqualTo(404);
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/v2/rss/items")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(403);
	}

	// ----

	private boolean isRead(String articleId) throws Exception {
		return article(json(get("/api/v2/rss/items?withData=true")).get("TV").get("Indexer"), articleId).path("isRead")
			.asBoolean(false);
	}

	private static JsonNode articleTitled(JsonNode feed, String title) {
		for (JsonNode article : feed.get("articles")) {
			if (article.path("title").asString("").equals(title)) {
				return article;
			}
		}
		throw new AssertionError("no article " + title + " in " + feed);
	}

	private static JsonNode article(JsonNode feed, String id) {
		for (JsonNode article : feed.get("articles")) {
			if (article.get("id").asString().equals(id)) {
				return article;
			}
		}
		throw new AssertionError("no article " + id + " in " + feed);
	}

	private String serve(String path, byte[] body) {
		return site.serve(path, path.endsWith(".torrent") ? "application/x-bittorrent" : "application/rss+xml", body);
	}

	private static String rss(String torrentUrl) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>Indexer TV</title><link>http://127.0.0.1/</link>
				<lastBuildDate>Sun, 22 Nov 2026 10:00:00 GMT</lastBuildDate>
				<item><title>Show.Name.S01E05.720p</title><guid isPermaLink="false">tv-505</guid>
				<link>http://127.0.0.1/details/505</link><author>uploader</author>
				<description>720p &lt;b&gt;x264&lt;/b&gt;</description>
				<pubDate>Sun, 22 Nov 2026 09:00:00 GMT</pubDate>
				<enclosure url="%s" length="1234" type="application/x-bittorrent"/></item>
				<item><title>Other.Show.S02E01</title>
				<link>magnet:?xt=urn:btih:%s&amp;dn=Other</link>
				<pubDate>Sun, 22 Nov 2026 08:00:00 GMT</pubDate></item>
				</channel></rss>
				""".formatted(torrentUrl, "c".repeat(40));
	}

	private static void assertEmptyOk(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
		assertThat(response.body()).isEmpty();
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
	}

	private static void assertConflict(HttpResponse<String> response, String mentioned) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain;charset=UTF-8");
		assertThat(response.body()).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
		if (mentioned != null) {
			assertThat(response.body()).contains(mentioned);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		return JSON.readTree(response.body());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String... namesAndValues) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		List<String> pairs = new ArrayList<>();
		form.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
