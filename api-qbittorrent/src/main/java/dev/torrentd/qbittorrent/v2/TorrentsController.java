package dev.torrentd.qbittorrent.v2;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.torrentd.engine.Category;
import dev.torrentd.engine.FilePriority;
import dev.torrentd.engine.GlobalShareLimits;
import dev.torrentd.engine.QueueMove;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.engine.TorrentFile;
import dev.torrentd.engine.TorrentId;
import dev.torrentd.engine.TorrentNotFoundException;
import dev.torrentd.engine.Tracker;
import dev.torrentd.qbittorrent.HashListCommands;
import dev.torrentd.qbittorrent.QbProfile;
import dev.torrentd.qbittorrent.error.QbApiException;
import dev.torrentd.qbittorrent.error.QbError;
import dev.torrentd.qbittorrent.wire.CategoryJson;
import dev.torrentd.qbittorrent.wire.FileJson;
import dev.torrentd.qbittorrent.wire.PeerAddresses;
import dev.torrentd.qbittorrent.wire.PieceHashes;
import dev.torrentd.qbittorrent.wire.PropertiesJson;
import dev.torrentd.qbittorrent.wire.QbTags;
import dev.torrentd.qbittorrent.wire.QbValues;
import dev.torrentd.qbittorrent.wire.ShareLimitsRequest;
import dev.torrentd.qbittorrent.wire.TorrentFilter;
import dev.torrentd.qbittorrent.wire.TorrentJson;
import dev.torrentd.qbittorrent.wire.TrackerJson;
import dev.torrentd.qbittorrent.wire.WebUrls;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v2/torrents}, as qBittorrent 5.1's {@code TorrentsController} (WebAPI
 * 2.11.4). Reads accept GET and POST; actions are POST only and answer an empty 200. Both
 * verb sets are mapped whatever the profile: {@code stop}/{@code start} (5.x) and
 * {@code pause}/{@code resume} (4.x). {@code hashes} takes {@code all} where qBittorrent
 * does; unknown IDs in a list are skipped, an unknown {@code hash} is 404.
 */
@RestController
@RequestMapping("/api/v2/torrents")
class TorrentsController {

	private final TorrentEngine engine;

	private final QbProfile profile;

	private final AddTorrents adder;

	private final HashListCommands hashLists;

	TorrentsController(TorrentEngine engine, QbProfile profile, AddTorrents adder, HashListCommands hashLists) {
		this.engine = engine;
		this.profile = profile;
		this.adder = adder;
		this.hashLists = hashLists;
	}

	// ---- reads

	/** {@code [torrent object]} (spec §4.1), filtered, sorted and paged (§4.2). */
	@RequestMapping(path = "/info", method = { RequestMethod.GET, RequestMethod.POST })
	List<Map<String, Object>> info(@RequestParam(required = false) @Nullable String filter,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String hashes,
			@RequestParam(name = "private", required = false) @Nullable String isPrivate,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String reverse,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String offset,
			@RequestParam(required = false) @Nullable String includeTrackers) {
		TorrentFilter selection = TorrentFilter.of(filter, category, tag, hashes, isPrivate, sort, reverse, limit,
				offset);
		boolean withTrackers = QbValues.bool(includeTrackers, false);
		GlobalShareLimits global = this.engine.settings().shareLimits();
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Torrent torrent : this.engine.torrents()) {
			if (selection.matches(torrent)) {
				Map<String, Object> json = TorrentJson.torrent(torrent, this.profile, global);
				if (withTrackers) {
					json.put("trackers", trackerObjects(torrent.id()));
				}
				objects.add(json);
			}
		}
		return selection.page(objects);
	}

	/** Text: the number of torrents. */
	@RequestMapping(path = "/count", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> count() {
		return PlainText.of(Integer.toString(this.engine.torrents().size()));
	}

	/** The properties object (spec §4.3); 404 for an unknown hash (Sonarr's probe). */
	@RequestMapping(path = "/properties", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> properties(@RequestParam String hash) {
		return PropertiesJson.properties(torrent(hash));
	}

	/** The DHT, PeX and LSD pseudo-trackers, then the real ones (spec §4.5). */
	@RequestMapping(path = "/trackers", method = { RequestMethod.GET, RequestMethod.POST })
	List<Map<String, Object>> trackers(@RequestParam String hash) {
		Torrent torrent = torrent(hash);
		return TrackerJson.trackers(torrent, this.engine.trackers(torrent.id()), this.engine.peers(torrent.id()),
				this.engine.settings());
	}

	/** {@code [{url}]}: the web seeds. */
	@RequestMapping(path = "/webseeds", method = { RequestMethod.GET, RequestMethod.POST })
	List<Map<String, Object>> webseeds(@RequestParam String hash) {
		return torrent(hash).webSeeds().stream().map((url) -> Map.<String, Object>of("url", url)).toList();
	}

	/**
	 * The file objects (spec §4.4), all or those of {@code indexes} ({@code |}); 409 for
	 * an index that is not a number or out of range.
	 */
	@RequestMapping(path = "/files", method = { RequestMethod.GET, RequestMethod.POST })
	List<Map<String, Object>> files(@RequestParam String hash,
			@RequestParam(required = false) @Nullable String indexes) {
		Torrent torrent = torrent(hash);
		List<TorrentFile> files = this.engine.files(torrent.id());
		List<Map<String, Object>> json = new ArrayList<>();
		for (int index : fileIndexes(indexes, files.size())) {
			json.add(FileJson.file(files.get(index), torrent));
		}
		return json;
	}

	/** {@code [0|1|2]}: missing, downloading, have; empty without metadata. */
	@RequestMapping(path = "/pieceStates", method = { RequestMethod.GET, RequestMethod.POST })
	List<Integer> pieceStates(@RequestParam String hash) {
		return this.engine.pieceStates(torrent(hash).id()).stream().map((state) -> switch (state) {
			case MISSING -> 0;
			case DOWNLOADING -> 1;
			case HAVE -> 2;
		}).toList();
	}

	/** {@code ["sha1 hex"]} per piece; empty without metadata. */
	@RequestMapping(path = "/pieceHashes", method = { RequestMethod.GET, RequestMethod.POST })
	List<String> pieceHashes(@RequestParam String hash) {
		return this.engine.metainfo(torrent(hash).id()).map(PieceHashes::of).orElse(List.of());
	}

	/** {@code {"<hash as sent>": B/s}}: 0 unlimited, -1 unknown hash. */
	@RequestMapping(path = "/downloadLimit", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Long> downloadLimit(@RequestParam String hashes) {
		return this.hashLists.limits(hashes, Torrent::downloadLimitBytesPerSecond);
	}

	/** {@code {"<hash as sent>": B/s}}: 0 unlimited, -1 unknown hash. */
	@RequestMapping(path = "/uploadLimit", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Long> uploadLimit(@RequestParam String hashes) {
		return this.hashLists.limits(hashes, Torrent::uploadLimitBytesPerSecond);
	}

	/** The .torrent file, {@code application/x-bittorrent}; 409 without metadata. */
	@RequestMapping(path = "/export", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<byte[]> export(@RequestParam String hash) {
		TorrentId id = torrent(hash).id();
		byte[] metainfo = this.engine.metainfo(id)
			.orElseThrow(() -> QbApiException
				.conflict("Unable to export torrent file. Error: the torrent's metadata is not known yet"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/x-bittorrent"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(id.hex() + ".torrent").build().toString())
			.body(metainfo);
	}

	// ---- categories and tags

	/** {@code {name: {name, savePath}}} (spec §4.7). */
	@RequestMapping(path = "/categories", method = { RequestMethod.GET, RequestMethod.POST })
	Map<String, Object> categories() {
		Map<String, Object> json = new TreeMap<>();
		this.engine.categories().forEach((name, category) -> json.put(name, CategoryJson.category(category)));
		return json;
	}

	/** {@code ["tag"]}, ordered case-insensitively. */
	@RequestMapping(path = "/tags", method = { RequestMethod.GET, RequestMethod.POST })
	List<String> tags() {
		return QbTags.sorted(this.engine.tags());
	}

	/** 400 empty name, 409 invalid name or one that exists. */
	@PostMapping("/createCategory")
	ResponseEntity<String> createCategory(@RequestParam String category,
			@RequestParam(required = false) @Nullable String savePath) {
		requireCategoryName(category);
		if (this.engine.categories().containsKey(category)) {
			throw QbApiException.conflict("Unable to create category");
		}
		this.engine.saveCategory(new Category(category, path(savePath)));
		return PlainText.empty();
	}

	/** 409 {@code Unable to edit category} when it does not exist or nothing changes. */
	@PostMapping("/editCategory")
	ResponseEntity<String> editCategory(@RequestParam String category, @RequestParam String savePath) {
		requireCategoryName(category);
		Category current = this.engine.categories().get(category);
		Category edited = new Category(category, path(savePath));
		if (current == null || current.equals(edited)) {
			throw QbApiException.conflict("Unable to edit category");
		}
		this.engine.saveCategory(edited);
		return PlainText.empty();
	}

	/** {@code categories}: newline-separated; unknown ones are ignored. */
	@PostMapping("/removeCategories")
	ResponseEntity<String> removeCategories(@RequestParam String categories) {
		List<String> names = Arrays.stream(categories.split("\n"))
			.map(String::trim)
			.filter((n) -> !n.isEmpty())
			.toList();
		this.engine.removeCategories(names);
		return PlainText.empty();
	}

	/** {@code category} "" removes it; 409 when the category does not exist. */
	@PostMapping("/setCategory")
	ResponseEntity<String> setCategory(@RequestParam String hashes, @RequestParam String category) {
		if (!category.isEmpty() && !this.engine.categories().containsKey(category)) {
			throw QbApiException.conflict("Incorrect category name");
		}
		this.engine.setCategory(ids(hashes), category);
		return PlainText.empty();
	}

	/** Unknown tags are created. */
	@PostMapping("/addTags")
	ResponseEntity<String> addTags(@RequestParam String hashes, @RequestParam String tags) {
		Set<String> names = QbTags.parse(tags);
		if (!names.isEmpty()) {
			this.engine.addTags(ids(hashes), names);
		}
		return PlainText.empty();
	}

	/** Missing or empty {@code tags} removes every tag of those torrents. */
	@PostMapping("/removeTags")
	ResponseEntity<String> removeTags(@RequestParam String hashes,
			@RequestParam(required = false) @Nullable String tags) {
		this.engine.removeTags(ids(hashes), QbTags.parse(tags));
		return PlainText.empty();
	}

	/** Replaces the tags of each torrent (2.11.4). */
	@PostMapping("/setTags")
	ResponseEntity<String> setTags(@RequestParam String hashes, @RequestParam String tags) {
		Set<String> wanted = QbTags.parse(tags);
		for (TorrentId id : ids(hashes)) {
			Optional<Torrent> torrent = this.engine.find(id);
			if (torrent.isEmpty()) {
				continue;
			}
			Set<String> current = torrent.get().tags();
			Set<String> stale = new HashSet<>(current);
			stale.removeAll(wanted);
			if (!stale.isEmpty()) {
				this.engine.removeTags(List.of(id), stale);
			}
			if (!current.containsAll(wanted)) {
				this.engine.addTags(List.of(id), wanted);
			}
		}
		return PlainText.empty();
	}

	@PostMapping("/createTags")
	ResponseEntity<String> createTags(@RequestParam String tags) {
		this.engine.createTags(QbTags.parse(tags));
		return PlainText.empty();
	}

	@PostMapping("/deleteTags")
	ResponseEntity<String> deleteTags(@RequestParam String tags) {
		this.engine.deleteTags(QbTags.parse(tags));
		return PlainText.empty();
	}

	// ---- lifecycle

	/** Adds from {@code urls} and uploaded files: {@code Ok.} or {@code Fails.}. */
	@PostMapping("/add")
	ResponseEntity<String> add(HttpServletRequest request) {
		return PlainText.of(this.adder.add(request) ? "Ok." : "Fails.");
	}

	@PostMapping({ "/stop", "/pause" })
	ResponseEntity<String> stop(@RequestParam String hashes) {
		this.engine.stop(ids(hashes));
		return PlainText.empty();
	}

	@PostMapping({ "/start", "/resume" })
	ResponseEntity<String> start(@RequestParam String hashes) {
		this.engine.start(ids(hashes));
		return PlainText.empty();
	}

	/**
	 * {@code deleteFiles} is required: Sonarr omits it and gets 400 from qBittorrent too.
	 */
	@PostMapping("/delete")
	ResponseEntity<String> delete(@RequestParam String hashes, @RequestParam String deleteFiles) {
		this.engine.remove(ids(hashes), QbValues.bool(deleteFiles, false));
		return PlainText.empty();
	}

	@PostMapping("/recheck")
	ResponseEntity<String> recheck(@RequestParam String hashes) {
		this.engine.recheck(ids(hashes));
		return PlainText.empty();
	}

	@PostMapping("/reannounce")
	ResponseEntity<String> reannounce(@RequestParam String hashes) {
		this.engine.reannounce(ids(hashes));
		return PlainText.empty();
	}

	/**
	 * {@code value=true} forces; anything else puts the torrents back under the queue.
	 */
	@PostMapping("/setForceStart")
	ResponseEntity<String> setForceStart(@RequestParam String hashes, @RequestParam String value) {
		this.engine.setForceStart(ids(hashes), QbValues.bool(value, false));
		return PlainText.empty();
	}

	@PostMapping("/setSuperSeeding")
	ResponseEntity<String> setSuperSeeding(@RequestParam String hashes, @RequestParam String value) {
		this.engine.setSuperSeeding(ids(hashes), QbValues.bool(value, false));
		return PlainText.empty();
	}

	@PostMapping("/setAutoManagement")
	ResponseEntity<String> setAutoManagement(@RequestParam String hashes, @RequestParam String enable) {
		this.engine.setAutoManagedSavePath(ids(hashes), QbValues.bool(enable, false));
		return PlainText.empty();
	}

	@PostMapping("/toggleSequentialDownload")
	ResponseEntity<String> toggleSequentialDownload(@RequestParam String hashes) {
		this.hashLists.toggle(hashes, Torrent::sequentialDownload, this.engine::setSequentialDownload);
		return PlainText.empty();
	}

	@PostMapping("/toggleFirstLastPiecePrio")
	ResponseEntity<String> toggleFirstLastPiecePrio(@RequestParam String hashes) {
		this.hashLists.toggle(hashes, Torrent::firstLastPiecePriority, this.engine::setFirstLastPiecePriority);
		return PlainText.empty();
	}

	// ---- queue

	@PostMapping("/increasePrio")
	ResponseEntity<String> increasePrio(@RequestParam String hashes) {
		return moveInQueue(hashes, QueueMove.UP);
	}

	@PostMapping("/decreasePrio")
	ResponseEntity<String> decreasePrio(@RequestParam String hashes) {
		return moveInQueue(hashes, QueueMove.DOWN);
	}

	@PostMapping("/topPrio")
	ResponseEntity<String> topPrio(@RequestParam String hashes) {
		return moveInQueue(hashes, QueueMove.TOP);
	}

	@PostMapping("/bottomPrio")
	ResponseEntity<String> bottomPrio(@RequestParam String hashes) {
		return moveInQueue(hashes, QueueMove.BOTTOM);
	}

	// ---- limits

	/** {@code limit} in B/s; 0 or less is unlimited. */
	@PostMapping("/setDownloadLimit")
	ResponseEntity<String> setDownloadLimit(@RequestParam String hashes, @RequestParam String limit) {
		this.engine.setDownloadLimit(ids(hashes), Math.max(0, QbValues.longValue(limit)));
		return PlainText.empty();
	}

	/** {@code limit} in B/s; 0 or less is unlimited. */
	@PostMapping("/setUploadLimit")
	ResponseEntity<String> setUploadLimit(@RequestParam String hashes, @RequestParam String limit) {
		this.engine.setUploadLimit(ids(hashes), Math.max(0, QbValues.longValue(limit)));
		return PlainText.empty();
	}

	/**
	 * The three limits are required (-2 global, -1 none, minutes for the times); the 2.12
	 * {@code shareLimitAction} is optional and otherwise kept.
	 */
	@PostMapping("/setShareLimits")
	ResponseEntity<String> setShareLimits(@RequestParam String hashes, @RequestParam String ratioLimit,
			@RequestParam String seedingTimeLimit, @RequestParam String inactiveSeedingTimeLimit,
			@RequestParam(required = false) @Nullable String shareLimitAction) {
		ShareLimitsRequest request = new ShareLimitsRequest(QbValues.doubleValue(ratioLimit),
				QbValues.longValue(seedingTimeLimit), QbValues.longValue(inactiveSeedingTimeLimit), shareLimitAction);
		for (TorrentId id : ids(hashes)) {
			// a torrent removed meanwhile is skipped, as qBittorrent's applyToTorrents
			this.engine.find(id)
				.ifPresent(
						(torrent) -> this.engine.setShareLimits(List.of(id), request.limitsFor(torrent.shareLimits())));
		}
		return PlainText.empty();
	}

	// ---- location, names, files

	/** Moves the content; turns automatic management off. 400 for an empty path. */
	@PostMapping("/setLocation")
	ResponseEntity<String> setLocation(@RequestParam String hashes, @RequestParam String location) {
		this.engine.setSavePath(ids(hashes), requirePath(location));
		return PlainText.empty();
	}

	/** Only torrents without automatic management change (2.8.4). */
	@PostMapping("/setSavePath")
	ResponseEntity<String> setSavePath(@RequestParam String id, @RequestParam String path) {
		Path target = requirePath(path);
		List<TorrentId> manual = ids(id).stream()
			.filter((t) -> this.engine.find(t).map((torrent) -> !torrent.autoManagedSavePath()).orElse(false))
			.toList();
		this.engine.setSavePath(manual, target);
		return PlainText.empty();
	}

	/** 409 {@code Incorrect torrent name} for a blank name; line breaks become spaces. */
	@PostMapping("/rename")
	ResponseEntity<String> rename(@RequestParam String hash, @RequestParam String name) {
		String trimmed = name.trim();
		if (trimmed.isEmpty()) {
			throw QbApiException.conflict("Incorrect torrent name");
		}
		this.engine.rename(torrent(hash).id(), trimmed.replaceAll("\r?\n|\r", " "));
		return PlainText.empty();
	}

	@PostMapping("/renameFile")
	ResponseEntity<String> renameFile(@RequestParam String hash, @RequestParam String oldPath,
			@RequestParam String newPath) {
		this.engine.renameFile(torrent(hash).id(), oldPath, newPath);
		return PlainText.empty();
	}

	@PostMapping("/renameFolder")
	ResponseEntity<String> renameFolder(@RequestParam String hash, @RequestParam String oldPath,
			@RequestParam String newPath) {
		this.engine.renameFolder(torrent(hash).id(), oldPath, newPath);
		return PlainText.empty();
	}

	/**
	 * {@code id}: {@code |}-separated file indexes; {@code priority}: 0, 1, 6 or 7. 400
	 * for a bad priority or id, 409 without metadata or for an index out of range.
	 */
	@PostMapping("/filePrio")
	ResponseEntity<String> filePrio(@RequestParam String hash, @RequestParam String id, @RequestParam String priority) {
		FilePriority wanted = FileJson.priority(integer(priority, "Priority must be an integer"));
		Torrent torrent = torrent(hash);
		if (!torrent.hasMetadata()) {
			throw QbApiException.conflict("Torrent's metadata has not yet downloaded");
		}
		Map<Integer, FilePriority> priorities = new TreeMap<>();
		int count = this.engine.files(torrent.id()).size();
		for (String part : id.split("\\|")) {
			int index = integer(part, "File IDs must be integers");
			if (index < 0 || index >= count) {
				throw QbApiException.conflict("File ID is not valid");
			}
			priorities.put(index, wanted);
		}
		this.engine.setFilePriorities(torrent.id(), priorities);
		return PlainText.empty();
	}

	// ---- trackers, peers, web seeds

	/** {@code urls}: newline-separated, appended after the existing trackers. */
	@PostMapping("/addTrackers")
	ResponseEntity<String> addTrackers(@RequestParam String hash, @RequestParam String urls) {
		TorrentId id = torrent(hash).id();
		List<String> lines = Arrays.stream(urls.split("\n")).map(String::trim).filter((u) -> !u.isEmpty()).toList();
		this.engine.addTrackers(id, lines);
		return PlainText.empty();
	}

	/**
	 * 400 invalid URL; 409 {@code Tracker not found} /
	 * {@code New tracker URL already exists}.
	 */
	@PostMapping("/editTracker")
	ResponseEntity<String> editTracker(@RequestParam String hash, @RequestParam String origUrl,
			@RequestParam String newUrl) {
		TorrentId id = torrent(hash).id();
		if (!WebUrls.isValid(newUrl, "http", "https", "udp", "ws", "wss")) {
			throw new QbApiException(QbError.BAD_PARAMS, "New tracker URL is invalid");
		}
		List<String> current = this.engine.trackers(id).stream().map(Tracker::url).toList();
		if (!current.contains(origUrl)) {
			throw QbApiException.conflict("Tracker not found");
		}
		if (!origUrl.equals(newUrl)) {
			if (current.contains(newUrl)) {
				throw QbApiException.conflict("New tracker URL already exists");
			}
			this.engine.editTracker(id, origUrl, newUrl);
		}
		return PlainText.empty();
	}

	/**
	 * {@code hash=*} for every torrent; {@code urls}: {@code |}-separated, as sent or
	 * percent-encoded (the WebUI encodes each URL).
	 */
	@PostMapping("/removeTrackers")
	ResponseEntity<String> removeTrackers(@RequestParam String hash, @RequestParam String urls) {
		List<TorrentId> targets = hash.trim().equals("*") ? ids("all") : List.of(torrent(hash).id());
		List<String> remove = WebUrls.trackerUrls(urls);
		for (TorrentId id : targets) {
			this.engine.removeTrackers(id, remove);
		}
		return PlainText.empty();
	}

	/** {@code {"<hash>": {added, failed}}}; 400 when no peer is valid. */
	@PostMapping("/addPeers")
	Map<String, Object> addPeers(@RequestParam String hashes, @RequestParam String peers) {
		List<InetSocketAddress> addresses = PeerAddresses.parse(peers);
		if (addresses.isEmpty()) {
			throw new QbApiException(QbError.BAD_PARAMS, "No valid peers were specified");
		}
		List<TorrentId> ids = ids(hashes);
		this.engine.addPeers(ids, addresses);
		Map<String, Object> json = new TreeMap<>();
		ids.forEach((id) -> json.put(id.hex(), Map.of("added", addresses.size(), "failed", 0)));
		return json;
	}

	/** {@code urls}: {@code |}-separated http(s) or ftp URLs; 400 for any other. */
	@PostMapping("/addWebSeeds")
	ResponseEntity<String> addWebSeeds(@RequestParam String hash, @RequestParam String urls) {
		TorrentId id = torrent(hash).id();
		this.engine.addWebSeeds(id, WebUrls.webSeeds(urls));
		return PlainText.empty();
	}

	/** 409 when {@code origUrl} is not a web seed; no-op when the URLs are equal. */
	@PostMapping("/editWebSeed")
	ResponseEntity<String> editWebSeed(@RequestParam String hash, @RequestParam String origUrl,
			@RequestParam String newUrl) {
		Torrent torrent = torrent(hash);
		List<String> replacement = WebUrls.webSeeds(newUrl);
		if (replacement.size() != 1) {
			throw new QbApiException(QbError.BAD_PARAMS, "\"" + newUrl + "\" is not a valid URL");
		}
		if (!torrent.webSeeds().contains(origUrl.trim())) {
			throw QbApiException.conflict("\"" + origUrl + "\" is not an existing URL");
		}
		if (!replacement.contains(origUrl.trim())) {
			this.engine.removeWebSeeds(torrent.id(), List.of(origUrl.trim()));
			this.engine.addWebSeeds(torrent.id(), replacement);
		}
		return PlainText.empty();
	}

	@PostMapping("/removeWebSeeds")
	ResponseEntity<String> removeWebSeeds(@RequestParam String hash, @RequestParam String urls) {
		TorrentId id = torrent(hash).id();
		this.engine.removeWebSeeds(id, WebUrls.webSeeds(urls));
		return PlainText.empty();
	}

	// ---- helpers

	private List<TorrentId> ids(String hashes) {
		return QbValues.hashes(hashes, this.engine);
	}

	private Torrent torrent(String hash) {
		return QbValues.id(hash).flatMap(this.engine::find).orElseThrow(QbApiException::notFound);
	}

	private List<Map<String, Object>> trackerObjects(TorrentId id) {
		try {
			return this.engine.trackers(id).stream().map(TrackerJson::tracker).toList();
		}
		catch (TorrentNotFoundException ex) {
			// removed between the snapshot and this read
			return List.of();
		}
	}

	/** Not for {@code all}, as qBittorrent; Sonarr expects and ignores the 409. */
	private ResponseEntity<String> moveInQueue(String hashes, QueueMove move) {
		if (!this.engine.settings().queueingEnabled()) {
			throw QbApiException.conflict("Torrent queueing must be enabled");
		}
		List<TorrentId> ids = QbValues.ids(hashes).stream().filter((id) -> this.engine.find(id).isPresent()).toList();
		this.engine.moveInQueue(ids, move);
		return PlainText.empty();
	}

	private List<Integer> fileIndexes(@Nullable String indexes, int count) {
		List<Integer> list = new ArrayList<>();
		if (indexes == null) {
			for (int i = 0; i < count; i++) {
				list.add(i);
			}
			return list;
		}
		for (String part : indexes.split("\\|")) {
			int index;
			try {
				index = Integer.parseInt(part.trim());
			}
			catch (NumberFormatException ex) {
				throw QbApiException.conflict("\"" + part + "\" is not a valid file index.");
			}
			if (index < 0 || index >= count) {
				throw QbApiException.conflict("Index " + index + " is out of bounds.");
			}
			list.add(index);
		}
		return list;
	}

	private static void requireCategoryName(String category) {
		if (category.isEmpty()) {
			throw new QbApiException(QbError.BAD_PARAMS, "Category cannot be empty");
		}
		if (!CategoryJson.isValidName(category)) {
			throw QbApiException.conflict("Incorrect category name");
		}
	}

	private static @Nullable Path path(@Nullable String savePath) {
		return (savePath == null || savePath.isBlank()) ? null : Path.of(savePath.trim());
	}

	private static Path requirePath(String path) {
		if (path.isBlank()) {
			throw new QbApiException(QbError.BAD_PARAMS, "Save path cannot be empty");
		}
		return Path.of(path.trim());
	}

	private static int integer(String value, String message) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new QbApiException(QbError.BAD_PARAMS, message);
		}
	}

}
