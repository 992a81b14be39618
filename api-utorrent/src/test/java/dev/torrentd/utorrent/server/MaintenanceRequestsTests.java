package dev.torrentd.utorrent.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MaintenanceRequestsTests {

	@TempDir
	Path dir;

	/** Written by the polling thread in the last test. */
	private final List<String> done = new CopyOnWriteArrayList<>();

	private final AtomicReference<@Nullable Path> requestDir = new AtomicReference<>();

	private final MaintenanceRequests requests = new MaintenanceRequests(this.requestDir::get,
			new MaintenanceRequests.Actions() {

				@Override
				public void resetCredentials() {
					MaintenanceRequestsTests.this.done.add("credentials");
				}

				@Override
				public void clearIpRestrictions() {
					MaintenanceRequestsTests.this.done.add("restrictions");
				}

				@Override
				public void reloadConfiguration() {
					MaintenanceRequestsTests.this.done.add("reload");
				}

				@Override
				public void stopServer() {
					MaintenanceRequestsTests.this.done.add("stop");
				}

			});

	@Test
	void withoutDirRequestNothingHappens() {
		this.requests.poll();

		assertThat(this.done).isEmpty();
	}

	@Test
	void cUtmrResetsTheCredentialsAndIsDeleted() throws Exception {
		this.requestDir.set(this.dir);
		Files.createFile(this.dir.resolve("c.utmr"));

		this.requests.poll();

		assertThat(this.done).containsExactly("credentials");
		assertThat(this.dir.resolve("c.utmr")).doesNotExist();
	}

	@Test
	void wiplUtmrClearsTheIpRestrictions() throws Exception {
		this.requestDir.set(this.dir);
		Files.createFile(this.dir.resolve("wipl.utmr"));

		this.requests.poll();

		assertThat(this.done).containsExactly("restrictions");
		assertThat(this.dir.resolve("wipl.utmr")).doesNotExist();
	}

	@Test
	void rcfUtmrReloadsTheConfiguration() throws Exception {
		this.requestDir.set(this.dir);
		Files.createFile(this.dir.resolve("rcf.utmr"));

		this.requests.poll();

		assertThat(this.done).containsExactly("reload");
		assertThat(this.dir.resolve("rcf.utmr")).doesNotExist();
	}

	@Test
	void spUtmrIsDeletedAndStopsTheServerAfterTheOtherRequests() throws Exception {
		this.requestDir.set(this.dir);
		for (String name : List.of("sp.utmr", "rcf.utmr", "wipl.utmr", "c.utmr")) {
			Files.createFile(this.dir.resolve(name));
		}

		this.requests.poll();

		assertThat(this.done).containsExactly("credentials", "restrictions", "reload", "stop");
		try (var left = Files.list(this.dir)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void aRequestIsHandledOnce() throws Exception {
		this.requestDir.set(this.dir);
		Files.createFile(this.dir.resolve("c.utmr"));

		this.requests.poll();
		this.requests.poll();

		assertThat(this.done).containsExactly("credentials");
	}

	@Test
	void otherFilesAreLeftAlone() throws Exception {
		this.requestDir.set(this.dir);
		Files.createFile(this.dir.resolve("x.utmr"));
		Files.createFile(this.dir.resolve("C.UTMR.bak"));

		this.requests.poll();

		assertThat(this.done).isEmpty();
		assertThat(this.dir.resolve("x.utmr")).exists();
	}

	@Test
	void aFailedRequestIsLoggedAndStillDeleted() throws Exception {
		this.requestDir.set(this.dir);
		Files.createFile(this.dir.resolve("wipl.utmr"));
		MaintenanceRequests failing = new MaintenanceRequests(this.requestDir::get, new MaintenanceRequests.Actions() {

			@Override
			public void resetCredentials() {
			}

			@Override
			public void clearIpRestrictions() {
				throw new UnsupportedOperationException("TODO");
			}

			@Override
			public void reloadConfiguration() {
			}

			@Override
			public void stopServer() {
			}

		});

		failing.poll();

		assertThat(this.dir.resolve("wipl.utmr")).doesNotExist();
	}

	@Test
	void theDirectoryInForceIsUsedAtEachLook() throws Exception {
		Path first = Files.createDirectories(this.dir.resolve("first"));
		Path second = Files.createDirectories(this.dir.resolve("second"));
		Files.createFile(second.resolve("rcf.utmr"));
		this.requestDir.set(first);
		this.requests.poll();
		assertThat(this.done).isEmpty();

		this.requestDir.set(second);
		this.requests.poll();

		assertThat(this.done).containsExactly("reload");
	}

	@Test
	void onceStartedRequestsPresentAtStartAndLaterOnesAreHandled() throws Exception {
		this.requestDir.set(this.dir);
		Files.createFile(this.dir.resolve("c.utmr"));
		this.requests.start();
		try {
			await().until(() -> !Files.exists(this.dir.resolve("c.utmr")));
			Files.createFile(this.dir.resolve("rcf.utmr"));
			await().until(() -> !Files.exists(this.dir.resolve("rcf.utmr")));
			assertThat(this.done).containsExactly("credentials", "reload");
		}
		finally {
			this.requests.stop();
		}
		assertThat(this.requests.isRunning()).isFalse();
	}

}
