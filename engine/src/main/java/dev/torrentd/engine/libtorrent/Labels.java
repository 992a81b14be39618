package dev.torrentd.engine.libtorrent;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.torrentd.engine.Category;

/**
 * The categories (µTorrent labels) and tags the engine knows, persisted in
 * {@code categories.properties} and {@code tags.properties}. Engine thread only.
 */
final class Labels {

	final Map<String, Category> categories = new TreeMap<>();

	final Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	private final StateStore store;

	private final StateWriter writer;

	Labels(StateStore store, StateWriter writer) {
		this.store = store;
		this.writer = writer;
	}

	void loadCategoriesAndTags() {
		this.store.loadProperties("categories")
			.forEach((name, path) -> this.categories.put(name,
					new Category(name, path.isEmpty() ? null : Path.of(path))));
		this.tags.addAll(this.store.loadProperties("tags").keySet());
	}

	void ensureCategory(String category) {
		if (!category.isEmpty() && !this.categories.containsKey(category)) {
			this.categories.put(category, new Category(category, null));
			saveCategories();
		}
	}

	void ensureTags(Set<String> names) {
		if (this.tags.addAll(names)) {
			saveTags();
		}
	}

	void saveCategories() {
		Map<String, String> values = new TreeMap<>();
		this.categories.values()
			.forEach((c) -> values.put(c.name(), (c.savePath() != null) ? c.savePath().toString() : ""));
		this.writer.execute(() -> this.store.saveProperties("categories", values));
	}

	void saveTags() {
		Map<String, String> values = new TreeMap<>();
		this.tags.forEach((t) -> values.put(t, ""));
		this.writer.execute(() -> this.store.saveProperties("tags", values));
	}

	/**
	 * Category names as qBittorrent accepts them: no backslash, no leading or trailing
	 * '/', no '//'.
	 */
	static void requireCategoryName(String name) {
		if (name.isEmpty()) {
			return;
		}
		if (name.isBlank() || name.contains("\\") || name.startsWith("/") || name.endsWith("/")
				|| name.contains("//")) {
			throw new IllegalArgumentException("invalid category name: " + name);
		}
	}

	/**
	 * Tag names as qBittorrent accepts them: not empty, no comma, no surrounding spaces.
	 */
	static void requireTagName(String name) {
		if (name.isBlank() || name.contains(",") || !name.strip().equals(name)) {
			throw new IllegalArgumentException("invalid tag name: '" + name + "'");
		}
	}

}
