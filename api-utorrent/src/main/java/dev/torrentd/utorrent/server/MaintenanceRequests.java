package dev.torrentd.utorrent.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.torrentd.utorrent.auth.ServerAccount;
import dev.torrentd.utorrent.settings.GuiSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * µTorrent Server's maintenance request files (manual, {@code dir_request}): when
 * {@code dir_request} is set, that directory is looked at every 2 seconds (polling works
 * on network shares and in containers, where file events may never come) for
 * <ul>
 * <li>{@code c.utmr}: the credentials become {@code admin} with a blank password;</li>
 * <li>{@code wipl.utmr}: the IP restriction list ({@code webui.restrict}) is
 * cleared;</li>
 * <li>{@code rcf.utmr}: {@code utserver.conf} is reloaded;</li>
 * <li>{@code sp.utmr}: the server stops after its normal shutdown (the engine saves every
 * torrent's resume data).</li>
 * </ul>
 * Each file is deleted once handled, with one log line; files present at start are
 * handled at once. {@code dir_request} is reloadable: every look uses the value in force.
 */
@Component
public class MaintenanceRequests implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MaintenanceRequests.class);

	/** What the request files ask for. */
	interface Actions {

		/** {@code c.utmr}. */
		void resetCredentials();

		/** {@code wipl.utmr}. */
		void clearIpRestrictions();

		/** {@code rcf.utmr}. */
		void reloadConfiguration();

		/** {@code sp.utmr}: returns at once, the server stops in the background. */
		void stopServer();

	}

	private final Supplier<@Nullable Path> requestDir;

	private final Actions actions;

	private @Nullable ScheduledExecutorService executor;

	@Autowired
	MaintenanceRequests(UtserverConfig config, ServerAccount account, GuiSettings guiSettings,
			ApplicationContext context) {
		this(() -> config.current().requestDir(), new Actions() {

			@Override
			public void resetCredentials() {
				account.replace("admin", "");
			}

			@Override
			public void clearIpRestrictions() {
				guiSettings.set(List.of(Map.entry("webui.restrict", "")));
			}

			@Override
			public void reloadConfiguration() {
				config.reload();
			}

			@Override
			public void stopServer() {
				// not on the polling thread: closing the context stops this component
				Thread stopper = new Thread(() -> System.exit(SpringApplication.exit(context)), "utserver-sp.utmr");
				stopper.setDaemon(false);
				stopper.start();
			}

		});
	}

	MaintenanceRequests(Supplier<@Nullable Path> requestDir, Actions actions) {
		this.requestDir = requestDir;
		this.actions = actions;
	}

	@Override
	public synchronized void start() {
		if (this.executor == null) {
			ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "utserver-dir_request");
				thread.setDaemon(true);
				return thread;
			});
			executor.scheduleWithFixedDelay(this::pollQuietly, 0, 2, TimeUnit.SECONDS);
			this.executor = executor;
		}
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdown();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

	private void pollQuietly() {
		try {
			poll();
		}
		catch (RuntimeException ex) {
			// an exception would end the schedule
			log.error("dir_request: the maintenance requests could not be handled", ex);
		}
	}

	/**
	 * Handles the request files present now: {@code c.utmr}, {@code wipl.utmr},
	 * {@code rcf.utmr}, then {@code sp.utmr} (last, so that the others are done before
	 * the server stops).
	 */
	void poll() {
		Path dir = this.requestDir.get();
		if (dir == null || !Files.isDirectory(dir)) {
			return;
		}
		handle(dir.resolve("c.utmr"), this.actions::resetCredentials,
				"the credentials are now admin with a blank password");
		handle(dir.resolve("wipl.utmr"), this.actions::clearIpRestrictions,
				"the IP restriction list is cleared: any address may use the WebUI");
		handle(dir.resolve("rcf.utmr"), this.actions::reloadConfiguration, "utserver.conf reloaded");
		Path stop = dir.resolve("sp.utmr");
		if (Files.exists(stop)) {
			// deleted first: a request left behind would stop the server at every start
			if (delete(stop)) {
				log.info("Maintenance request {}: stopping (torrents' resume data is saved first)", stop);
				this.actions.stopServer();
			}
			else {
				log.error("Maintenance request {}: it cannot be deleted, so the server does not stop "
						+ "(it would stop again at every start)", stop);
			}
		}
	}

	private void handle(Path file, Runnable action, String done) {
		if (!Files.exists(file)) {
			return;
		}
		try {
			action.run();
			log.info("Maintenance request {}: {}", file, done);
		}
		catch (RuntimeException ex) {
			log.error("Maintenance request {} failed", file, ex);
		}
		delete(file);
	}

	private static boolean delete(Path file) {
		try {
			Files.delete(file);
			return true;
		}
		catch (NoSuchFileException ex) {
			return true;
		}
		catch (IOException ex) {
			log.warn("Maintenance request {} could not be deleted: {}", file, ex.toString());
			return false;
		}
	}

}
