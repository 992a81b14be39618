package dev.torrentd.qbittorrent.v1;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.torrentd.engine.Category;
import dev.torrentd.engine.QueueMove;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.qbittorrent.AltSpeedLimits;
import dev.torrentd.qbittorrent.HashListCommands;
import dev.torrentd.qbittorrent.QbPreferencesService;
import dev.torrentd.qbittorrent.error.QbApiException;
import dev.torrentd.qbittorrent.error.QbError;
import dev.torrentd.qbittorrent.v2.AddTorrents;
import dev.torrentd.qbittorrent.wire.CategoryJson;
import dev.torrentd.qbittorrent.wire.QbValues;
import dev.torrentd.qbittorrent.wire.V1Json;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API v1's actions, {@code /command/*}, as qBittorrent 4.0.4's {@code WebApplication}:
 * form fields, {@code hashes} separated by {@code |}, an empty 200 when done. As 4.0.4,
 * an unknown hash is skipped silently and a missing field is 400. Deliberately more
 * lenient than 4.0.4: extra form fields are ignored (4.0.4 answered 400), and
 * {@code pause}/{@code resume}/{@code recheck} take {@code hashes} as well as 4.0.4's
 * single {@code hash}.
 */
@RestController
@RequestMapping(method = { RequestMethod.GET, RequestMethod.POST })
@ConditionalOnProperty(name = "torrentd.qbittorrent.legacy.enabled", havingValue = "true", matchIfMissing = true)
class V1CommandController {

	static final String QUEUEING_DISABLED = "Torrent queueing must be enabled";

	private final TorrentEngine engine;

	private final AddTorrents adder;

	private final AltSpeedLimits altSpeedLimits;

	private final QbPreferencesService preferences;

	private final HashListCommands hashLists;

	V1CommandController(TorrentEngine engine, AddTorrents adder, AltSpeedLimits altSpeedLimits,
			QbPreferencesService preferences, HashListCommands hashLists) {
		this.engine = engine;
		this.adder = adder;
		this.altSpeedLimits = altSpeedLimits;
		this.preferences = preferences;
		this.hashLists = hashLists;
	}

	// ---- adding

	/**
	 * {@code urls} (newline-separated magnets, http(s) links or info hashes) with
	 * {@code savepath}, {@code category} (created when unknown, as 4.0.4),
	 * {@code paused}, {@code skip_checking}, {@code sequentialDownload},
	 * {@code firstLastPiecePrio}, {@code rename}, {@code dlLimit}, {@code upLimit}:
	 * {@code Ok.} when at least one was added, else {@code Fails.}.
	 */
	@RequestMapping("/command/download")
	ResponseEntity<String> download(HttpServletRequest request) {
		createCategory(request.getParameter("category"));
		return V1Text.of(this.adder.add(request) ? "Ok." : "Fails.");
	}

	/**
	 * Multipart: every file part (Sonarr names it {@code torrents}) with the fields of
	 * {@link #download}. An empty 200 when added; 415 for a file that is no torrent; 500
	 * {@code Error: Could not add torrent to session.} when nothing could be added (a
	 * duplicate, as 4.0.4).
	 */
	@RequestMapping("/command/upload")
	ResponseEntity<String> upload(HttpServletRequest request) {
		createCategory(request.getParameter("category"));
		if (!this.adder.add(request)) {
			return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
				.contentType(V1Text.TEXT)
				.body("Error: Could not add torrent to session.");
		}
		return V1Text.empty();
	}

	/** {@code hash}, {@code urls} (newline-separated): appended; unknown hash skipped. */
	@RequestMapping("/command/addTrackers")
	ResponseEntity<String> addTrackers(@RequestParam String hash, @RequestParam String urls) {
		List<String> lines = Arrays.stream(urls.split("\n")).map(String::trim).filter((u) -> !u.isEmpty()).toList();
		find(hash).ifPresent((torrent) -> this.engine.addTrackers(torrent.id(), lines));
		return V1Text.empty();
	}

	// ---- lifecycle

	@RequestMapping("/command/pause")
	ResponseEntity<String> pause(@RequestParam(required = false) @Nullable String hash,
			@RequestParam(required = false) @Nullable String hashes) {
		this.engine.stop(ids(either(hash, hashes)));
		return V1Text.empty();
	}

	@RequestMapping("/command/resume")
	ResponseEntity<String> resume(@RequestParam(required = false) @Nullable String hash,
			@RequestParam(required = false) @Nullable String hashes) {
		this.engine.start(ids(either(hash, hashes)));
		return V1Text.empty();
	}

	@RequestMapping("/command/pauseAll")
	ResponseEntity<String> pauseAll() {
		this.engine.stop(ids("all"));
		return V1Text.empty();
	}

	@RequestMapping("/command/resumeAll")
	ResponseEntity<String> resumeAll() {
		this.engine.start(ids("all"));
		return V1Text.empty();
	}

	/** Removes the torrents, keeping their data. */
	@RequestMapping("/command/delete")
	ResponseEntity<String> delete(@RequestParam String hashes) {
		this.engine.remove(ids(hashes), false);
		return V1Text.empty();
	}

	/** Removes the torrents and their data. */
	@RequestMapping("/command/deletePerm")
	ResponseEntity<String> deletePerm(@RequestParam String hashes) {
		this.engine.remove(ids(hashes), true);
		return V1Text.empty();
	}

	@RequestMapping("/command/recheck")
	ResponseEntity<String> recheck(@RequestParam(required = false) @Nullable String hash,
			@RequestParam(required = false) @Nullable String hashes) {
		this.engine.recheck(ids(either(hash, hashes)));
		return V1Text.empty();
	}

	/**
	 * {@code value=true} forces; anything else puts the torrents back under the queue.
	 */
	@RequestMapping("/command/setForceStart")
	ResponseEntity<String> setForceStart(@RequestParam String hashes, @RequestParam String value) {
		this.engine.setForceStart(ids(hashes), QbValues.bool(value, false));
		return V1Text.empty();
	}

	@RequestMapping("/command/setSuperSeeding")
	ResponseEntity<String> setSuperSeeding(@RequestParam String hashes, @RequestParam String value) {
		this.engine.setSuperSeeding(ids(hashes), QbValues.bool(value, false));
		return V1Text.empty();
	}

	@RequestMapping("/command/toggleSequentialDownload")
	ResponseEntity<String> toggleSequentialDownload(@RequestParam String hashes) {
		this.hashLists.toggle(hashes, Torrent::sequentialDownload, this.engine::setSequentialDownload);
		return V1Text.empty();
	}

	@RequestMapping("/command/toggleFirstLastPiecePrio")
	ResponseEntity<String> toggleFirstLastPiecePrio(@RequestParam String hashes) {
		this.hashLists.toggle(hashes, Torrent::firstLastPiecePriority, this.engine::setFirstLastPiecePriority);
		return V1Text.empty();
	}

	@RequestMapping("/command/setAutoTMM")
	ResponseEntity<String> setAutoTMM(@RequestParam String hashes, @RequestParam String enable) {
		this.engine.setAutoManagedSavePath(ids(hashes), QbValues.bool(enable, false));
		return V1Text.empty();
	}

	// ---- queue: 403 while queueing is off, as 4.0.4 (Sonarr ignores that 403)

	@RequestMapping("/command/increasePrio")
	ResponseEntity<String> increasePrio(@RequestParam String hashes) {
		return moveInQueue(hashes, QueueMove.UP);
	}

	@RequestMapping("/command/decreasePrio")
	ResponseEntity<String> decreasePrio(@RequestParam String hashes) {
		return moveInQueue(hashes, QueueMove.DOWN);
	}

	@RequestMapping("/command/topPrio")
	ResponseEntity<String> topPrio(@RequestParam String hashes) {
		return moveInQueue(hashes, QueueMove.TOP);
	}

	@RequestMapping("/command/bottomPrio")
	ResponseEntity<String> bottomPrio(@RequestParam String hashes) {
		return moveInQueue(hashes, QueueMove.BOTTOM);
	}

	// ---- files, location, name

	/**
	 * {@code hash}, {@code id} (one file index), {@code priority} (0 skip, 1 normal, 2–6
	 * high, 7 maximum). Skipped silently for an unknown torrent, one without metadata or
	 * an index out of range, as 4.0.4; 400 for a priority outside 0–7.
	 */
	@RequestMapping("/command/setFilePrio")
	ResponseEntity<String> setFilePrio(@RequestParam String hash, @RequestParam String id,
			@RequestParam String priority) {
		var wanted = V1Json.filePriority(QbValues.intValue(priority));
		int index = QbValues.intValue(id);
		find(hash).filter(Torrent::hasMetadata).ifPresent((torrent) -> {
			if (index >= 0 && index < this.engine.files(torrent.id()).size()) {
				this.engine.setFilePriorities(torrent.id(), Map.of(index, wanted));
			}
		});
		return V1Text.empty();
	}

	/**
	 * {@code hashes}, {@code location}: moves the content there. As 4.0.4, nothing
	 * happens (still 200) when the folder is empty or does not exist.
	 */
	@RequestMapping("/command/setLocation")
	ResponseEntity<String> setLocation(@RequestParam String hashes, @RequestParam String location) {
		String trimmed = location.trim();
		if (!trimmed.isEmpty() && Files.isDirectory(Path.of(trimmed))) {
			this.engine.setSavePath(ids(hashes), Path.of(trimmed).toAbsolutePath());
		}
		return V1Text.empty();
	}

	/**
	 * 400 {@code Incorrect torrent hash or name} for an unknown torrent or blank name.
	 */
	@RequestMapping("/command/rename")
	ResponseEntity<String> rename(@RequestParam String hash, @RequestParam String name) {
		String trimmed = name.trim();
		Optional<Torrent> torrent = find(hash);
		if (torrent.isEmpty() || trimmed.isEmpty()) {
			throw new QbApiException(QbError.BAD_PARAMS, "Incorrect torrent hash or name");
		}
		this.engine.rename(torrent.get().id(), trimmed.replaceAll("\r?\n|\r", " "));
		return V1Text.empty();
	}

	// ---- categories

	/**
	 * {@code hashes}, {@code category} ("" removes it): an unknown category is created
	 * (as 4.0.4's {@code TorrentHandle::setCategory}); 400
	 * {@code Incorrect category name} for an invalid name.
	 */
	@RequestMapping("/command/setCategory")
	ResponseEntity<String> setCategory(@RequestParam String hashes, @RequestParam String category) {
		return categorise(hashes, category);
	}

	/**
	 * qBittorrent 3.3's name of {@link #setCategory}, with {@code label}; Sonarr falls
	 * back to it on a 404 from {@code setCategory}.
	 */
	@RequestMapping("/command/setLabel")
	ResponseEntity<String> setLabel(@RequestParam String hashes, @RequestParam String label) {
		return categorise(hashes, label);
	}

	/** 400 {@code Incorrect category name} for an invalid name; an existing one stays. */
	@RequestMapping("/command/addCategory")
	ResponseEntity<String> addCategory(@RequestParam String category) {
		String name = category.trim();
		if (!name.isEmpty() && !CategoryJson.isValidName(name)) {
			throw new QbApiException(QbError.BAD_PARAMS, "Incorrect category name");
		}
		createCategory(name);
		return V1Text.empty();
	}

	/** {@code categories}: newline-separated; unknown ones are ignored. */
	@RequestMapping("/command/removeCategories")
	ResponseEntity<String> removeCategories(@RequestParam String categories) {
		this.engine.removeCategories(
				Arrays.stream(categories.split("\n")).map(String::trim).filter((n) -> !n.isEmpty()).toList());
		return V1Text.empty();
	}

	// ---- limits and preferences

	/** Text: the global download limit in force, bytes/s, 0 for none. */
	@RequestMapping("/command/getGlobalDlLimit")
	ResponseEntity<String> getGlobalDlLimit() {
		return V1Text.of(Long.toString(this.engine.settings().downloadLimitBytesPerSecond()));
	}

	/** Text: the global upload limit in force, bytes/s, 0 for none. */
	@RequestMapping("/command/getGlobalUpLimit")
	ResponseEntity<String> getGlobalUpLimit() {
		return V1Text.of(Long.toString(this.engine.settings().uploadLimitBytesPerSecond()));
	}

	/** {@code limit}: bytes/s for the limits in force; 0 or less for none. */
	@RequestMapping("/command/setGlobalDlLimit")
	ResponseEntity<String> setGlobalDlLimit(@RequestParam String limit) {
		this.altSpeedLimits.setDownloadLimit(QbValues.longValue(limit));
		return V1Text.empty();
	}

	/** {@code limit}: bytes/s for the limits in force; 0 or less for none. */
	@RequestMapping("/command/setGlobalUpLimit")
	ResponseEntity<String> setGlobalUpLimit(@RequestParam String limit) {
		this.altSpeedLimits.setUploadLimit(QbValues.longValue(limit));
		return V1Text.empty();
	}

	/** {@code {"<hash as sent>": bytes/s}}: 0 unlimited, -1 unknown hash. */
	@RequestMapping("/command/getTorrentsDlLimit")
	Map<String, Long> getTorrentsDlLimit(@RequestParam String hashes) {
		return this.hashLists.limits(hashes, Torrent::downloadLimitBytesPerSecond);
	}

	/** {@code {"<hash as sent>": bytes/s}}: 0 unlimited, -1 unknown hash. */
	@RequestMapping("/command/getTorrentsUpLimit")
	Map<String, Long> getTorrentsUpLimit(@RequestParam String hashes) {
		return this.hashLists.limits(hashes, Torrent::uploadLimitBytesPerSecond);
	}

	/** {@code limit} bytes/s; 0 or less for none. */
	@RequestMapping("/command/setTorrentsDlLimit")
	ResponseEntity<String> setTorrentsDlLimit(@RequestParam String hashes, @RequestParam String limit) {
		this.engine.setDownloadLimit(ids(hashes), Math.max(0, QbValues.longValue(limit)));
		return V1Text.empty();
	}

	/** {@code limit} bytes/s; 0 or less for none. */
	@RequestMapping("/command/setTorrentsUpLimit")
	ResponseEntity<String> setTorrentsUpLimit(@RequestParam String hashes, @RequestParam String limit) {
		this.engine.setUploadLimit(ids(hashes), Math.max(0, QbValues.longValue(limit)));
		return V1Text.empty();
	}

	/** Text {@code 1} when the alternative limits are in force, else {@code 0}. */
	@RequestMapping("/command/alternativeSpeedLimitsEnabled")
	ResponseEntity<String> alternativeSpeedLimitsEnabled() {
		return V1Text.of(this.altSpeedLimits.enabled() ? "1" : "0");
	}

	@RequestMapping("/command/toggleAlternativeSpeedLimits")
	ResponseEntity<String> toggleAlternativeSpeedLimits() {
		this.altSpeedLimits.toggle();
		return V1Text.empty();
	}

	/** {@code json}: a JSON object of API v2 preference keys; as API v2. */
	@RequestMapping("/command/setPreferences")
	ResponseEntity<String> setPreferences(@RequestParam String json) {
		this.preferences.setPreferences(json);
		return V1Text.empty();
	}

	/** Text: the default save path. */
	@RequestMapping("/command/getSavePath")
	ResponseEntity<String> getSavePath() {
		return V1Text.of(this.engine.settings().defaultSavePath().toString());
	}

	// ---- helpers

	private ResponseEntity<String> categorise(String hashes, String category) {
		String name = category.trim();
		if (!name.isEmpty() && !CategoryJson.isValidName(name)) {
			throw new QbApiException(QbError.BAD_PARAMS, "Incorrect category name");
		}
		List<TorrentId> ids = ids(hashes);
		if (!ids.isEmpty()) {
			createCategory(name);
			this.engine.setCategory(ids, name);
		}
		return V1Text.empty();
	}

	/** Creates a valid, unknown category (no save path of its own). */
	private void createCategory(@Nullable String category) {
		String name = (category != null) ? category.trim() : "";
		if (!name.isEmpty() && CategoryJson.isValidName(name) && !this.engine.categories().containsKey(name)) {
			this.engine.saveCategory(new Category(name, null));
		}
	}

	private ResponseEntity<String> moveInQueue(String hashes, QueueMove move) {
		if (!this.engine.settings().queueingEnabled()) {
			throw new QbApiException(QbError.ACCESS_DENIED, QUEUEING_DISABLED);
		}
		this.engine.moveInQueue(ids(hashes), move);
		return V1Text.empty();
	}

	private List<TorrentId> ids(String hashes) {
		return QbValues.hashes(hashes, this.engine);
	}

	private Optional<Torrent> find(String hash) {
		return QbValues.id(hash).flatMap(this.engine::find);
	}

	/** The one of 4.0.4's {@code hash} and the later {@code hashes} that was sent. */
	private static String either(@Nullable String hash, @Nullable String hashes) {
		if (hashes != null) {
			return hashes;
		}
		if (hash != null) {
			return hash;
		}
		throw QbApiException.badParams();
	}

}
