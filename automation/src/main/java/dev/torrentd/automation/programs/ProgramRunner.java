package dev.torrentd.automation.programs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.torrentd.automation.support.DaemonThreads;
import dev.torrentd.automation.AutomationOptions;
import dev.torrentd.automation.EventProgram;
import dev.torrentd.automation.EventProgramSettings;
import dev.torrentd.automation.EventPrograms;
import dev.torrentd.automation.programs.EventDetector.Kind;
import dev.torrentd.automation.programs.EventDetector.TorrentEvent;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentEngine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Programs run on torrent events. Every {@link AutomationOptions#eventPollInterval()} the
 * engine's snapshot list is compared with the previous one ({@link EventDetector}); the
 * list taken by {@link #start()} is the baseline, so torrents present then fire nothing.
 * Each event runs the program set for it, if enabled, from a separate thread
 * ({@link ProgramLauncher}): the poll never waits for a program, nor does
 * {@link #close()}, which leaves running programs to finish (or to their timeout).
 * <p>
 * A command that cannot be parsed (an unclosed quote) is logged once and not run. The
 * settings are kept in {@code programs.json} ({@link ProgramStore}).
 */
public final class ProgramRunner implements EventPrograms, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ProgramRunner.class);

	private final TorrentEngine engine;

	private final AutomationOptions options;

	private final ScheduledExecutorService scheduler;

	private final ProgramStore store;

	private final ExecutorService workers;

	private final ProgramLauncher launcher;

	private final EventDetector detector = new EventDetector();

	private final Object lock = new Object();

	/** Commands already reported as unparsable, so that each is logged once. */
	private final Set<String> reportedCommands = ConcurrentHashMap.newKeySet();

	private volatile EventProgramSettings settings;

	private @Nullable ScheduledFuture<?> poll;

	private boolean started;

	private volatile boolean closed;

	/**
	 * Loads the persisted programs (no event fires before {@link #start()}).
	 * @param engine whose snapshots are compared
	 * @param directory the programs' state directory
	 * @param options poll interval and program timeout
	 * @param scheduler the automation's scheduler
	 */
	public ProgramRunner(TorrentEngine engine, Path directory, AutomationOptions options,
			ScheduledExecutorService scheduler) {
		this(engine, directory, options, scheduler, (environment) -> {
		});
	}

	/**
	 * As the public constructor, with a hook on the programs' environment.
	 * @param environment adjusts each program's environment (tests drop
	 * {@code LD_PRELOAD})
	 */
	ProgramRunner(TorrentEngine engine, Path directory, AutomationOptions options, ScheduledExecutorService scheduler,
			Consumer<Map<String, String>> environment) {
		this.engine = engine;
		this.options = options;
		this.scheduler = scheduler;
		this.store = new ProgramStore(directory);
		this.settings = this.store.load();
		this.workers = Executors.newCachedThreadPool(DaemonThreads.named("event-program-"));
		this.launcher = new ProgramLauncher(options.programTimeout(), this.workers, environment);
	}

	/** Takes the first snapshot as the baseline and starts comparing. */
	public void start() {
		synchronized (this.lock) {
			if (this.started || this.closed) {
				return;
			}
			this.started = true;
			this.detector.baseline(this.engine.torrents());
			long interval = Math.max(1, this.options.eventPollInterval().toMillis());
			this.poll = this.scheduler.scheduleWithFixedDelay(this::pollSafely, interval, interval,
					TimeUnit.MILLISECONDS);
		}
	}

	/** Stops comparing; running programs are left alone. */
	@Override
	public void close() {
		synchronized (this.lock) {
			this.closed = true;
			if (this.poll != null) {
				this.poll.cancel(false);
			}
		}
		// the workers are left running: they read the output of programs still running
		// (a program whose output is not read blocks on a full pipe), and end when idle
	}

	@Override
	public EventProgramSettings settings() {
		return this.settings;
	}

	/**
	 * Replaces the programs and persists them. A command that cannot be parsed (an
	 * unclosed quote) is kept as given, as qBittorrent and µTorrent keep any text, and
	 * logged once: it is not run.
	 */
	@Override
	public void apply(EventProgramSettings settings) {
		update((current) -> settings);
	}

	@Override
	public EventProgramSettings update(UnaryOperator<EventProgramSettings> change) {
		EventProgramSettings settings;
		synchronized (this.lock) {
			settings = change.apply(this.settings);
			this.store.save(settings);
			this.settings = settings;
		}
		check(Kind.ADDED, settings.onAdded());
		check(Kind.FINISHED, settings.onFinished());
		check(Kind.STATE_CHANGED, settings.onStateChanged());
		return settings;
	}

	private void check(Kind kind, EventProgram program) {
		if (program.enabled() && !program.command().isBlank()) {
			parse(kind, program);
		}
	}

	/** The parsed command, or null (logged once per command) when it cannot be parsed. */
	private @Nullable CommandLine parse(Kind kind, EventProgram program) {
		try {
			return CommandLine.parse(program.command().trim(), Substitutions.letters(program.placeholders()));
		}
		catch (IllegalArgumentException ex) {
			if (this.reportedCommands.add(program.command())) {
				log.warn("The {} will not run: {}", label(kind), ex.getMessage());
			}
			return null;
		}
	}

	private void pollSafely() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// a scheduled task that throws is never run again
			log.warn("Cannot compare torrents for event programs: {}", ex.toString());
		}
	}

	/** One comparison; package-private for the tests, which drive it by hand. */
	void poll() {
		List<Torrent> torrents = this.engine.torrents();
		List<TorrentEvent> events;
		synchronized (this.lock) {
			if (this.closed) {
				return;
			}
			events = this.detector.next(torrents);
		}
		EventProgramSettings current = this.settings;
		for (TorrentEvent event : events) {
			EventProgram program = switch (event.kind()) {
				case ADDED -> current.onAdded();
				case FINISHED -> current.onFinished();
				case STATE_CHANGED -> current.onStateChanged();
			};
			if (program.enabled() && !program.command().isBlank()) {
				this.workers.execute(() -> run(program, event));
			}
		}
	}

	private void run(EventProgram program, TorrentEvent event) {
		CommandLine command = parse(event.kind(), program);
		if (command == null) {
			return;
		}
		Torrent torrent = event.torrent();
		Map<Character, String> values = Substitutions.values(program.placeholders(), command.letters(), torrent,
				event.state(), event.previousState(), () -> fileCount(torrent));
		// a name is one log line, whatever it contains
		String name = torrent.name().replaceAll("\\p{Cntrl}", "?");
		this.launcher.launch(label(event.kind()) + " for \"" + name + "\"", command, values);
	}

	/** {@code %C}, the one value that is not in the snapshot list. */
	private int fileCount(Torrent torrent) {
		try {
			return this.engine.files(torrent.id()).size();
		}
		catch (RuntimeException ex) {
			// removed since the event: qBittorrent would not know either
			return 0;
		}
	}

	static String label(Kind kind) {
		return switch (kind) {
			case ADDED -> "on-added program";
			case FINISHED -> "on-finished program";
			case STATE_CHANGED -> "on-state-changed program";
		};
	}

}
