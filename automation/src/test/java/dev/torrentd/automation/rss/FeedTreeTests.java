package dev.torrentd.automation.rss;

import java.time.Instant;
import java.util.List;

import dev.torrentd.automation.RssArticle;
import dev.torrentd.automation.RssException;
import dev.torrentd.automation.rss.RssStore.FeedsFile;
import dev.torrentd.automation.rss.RssStore.StoredFeed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedTreeTests {

	private static RssArticle article(String id, boolean read) {
		return new RssArticle(id, id, null, null, Instant.parse("2024-03-01T00:00:00Z"), "", "", read);
	}

	private static FeedTree empty() {
		return new FeedTree(new FeedsFile(1, List.of(), List.of()));
	}

	@Test
	void identsContinueAfterTheHighestStoredFeedEvenWhenTheCounterLags() {
		StoredFeed stored = new StoredFeed(7, "{u}", "A", "http://127.0.0.1:1/a.xml", true, true, false, "", "", null,
				null, List.of());
		FeedTree tree = new FeedTree(new FeedsFile(2, List.of(), List.of(stored)));
		assertThat(tree.addFeed("http://127.0.0.1:1/b.xml", "B").ident).isEqualTo(8);
		assertThat(tree.file().nextIdent()).isEqualTo(9);
	}

	@Test
	void aFeedWithoutPathIsNamedAfterItsUrl() {
		FeedTree tree = empty();
		assertThat(tree.addFeed("http://127.0.0.1:1/a.xml", "").path).isEqualTo("http://127.0.0.1:1/a.xml");
	}

	@Test
	void movingAFolderMovesEverythingWithinAndKeepsParentsFirst() {
		FeedTree tree = empty();
		tree.addFolder("TV");
		tree.addFolder("TV\\HD");
		tree.addFolder("Old");
		FeedState feed = tree.addFeed("http://127.0.0.1:1/a.xml", "TV\\HD\\A");
		assertThat(tree.move("TV", "Old\\TV")).isTrue();
		assertThat(tree.folders()).containsExactly("Old", "Old\\TV", "Old\\TV\\HD");
		assertThat(feed.path).isEqualTo("Old\\TV\\HD\\A");
		assertThat(tree.move("Old", "Old")).isFalse();
		assertThatThrownBy(() -> tree.move("Old", "Old\\TV\\X"))
			.hasMessage("Can't move a folder into itself or its subfolders.");
	}

	@Test
	void aNewUrlDropsTheArticlesAndDiscardsTheFetchUnderWay() {
		FeedTree tree = empty();
		FeedState feed = tree.addFeed("http://127.0.0.1:1/a.xml", "A");
		FeedState other = tree.addFeed("http://127.0.0.1:1/b.xml", "B");
		feed.articles.add(article("1", false));
		feed.loading = true;
		feed.error = "HTTP 500";
		int generation = feed.generation;
		tree.changeUrl(feed, "http://127.0.0.1:1/c.xml");
		assertThat(feed.url).isEqualTo("http://127.0.0.1:1/c.xml");
		assertThat(feed.articles).isEmpty();
		assertThat(feed.loading).isFalse();
		assertThat(feed.error).isNull();
		assertThat(feed.generation).isNotEqualTo(generation);
		assertThatThrownBy(() -> tree.changeUrl(feed, other.url)).isInstanceOf(RssException.class)
			.hasMessage("RSS feed with given URL already exists: http://127.0.0.1:1/b.xml.");
	}

	@Test
	void markingAFolderReadMarksEveryFeedWithinIt() {
		FeedTree tree = empty();
		tree.addFolder("TV");
		FeedState inside = tree.addFeed("http://127.0.0.1:1/a.xml", "TV\\A");
		FeedState outside = tree.addFeed("http://127.0.0.1:1/b.xml", "B");
		inside.articles.add(article("1", false));
		outside.articles.add(article("2", false));
		assertThat(tree.markAsRead("TV", null)).isTrue();
		assertThat(inside.articles).allMatch(RssArticle::read);
		assertThat(outside.articles).noneMatch(RssArticle::read);
		assertThat(tree.markAsRead("TV", null)).isFalse();
		assertThat(tree.markAsRead("Nowhere", null)).isFalse();
	}

	@Test
	void trimmingKeepsTheNewestArticles() {
		FeedTree tree = empty();
		FeedState feed = tree.addFeed("http://127.0.0.1:1/a.xml", "A");
		feed.articles.addAll(List.of(article("new", false), article("old", false)));
		assertThat(tree.trimArticles(1)).isTrue();
		assertThat(feed.articles).extracting(RssArticle::id).containsExactly("new");
		assertThat(tree.trimArticles(1)).isFalse();
	}

	@Test
	void removingAFolderRemovesWhatItHoldsButNotTheRoot() {
		FeedTree tree = empty();
		tree.addFolder("TV");
		FeedState feed = tree.addFeed("http://127.0.0.1:1/a.xml", "TV\\A");
		tree.remove("TV");
		assertThat(tree.contains(feed)).isFalse();
		assertThat(tree.folders()).isEmpty();
		assertThatThrownBy(() -> tree.remove("")).hasMessage("Cannot delete root folder.");
	}

}
