package dev.torrentd.utorrent.settings;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.torrentd.engine.TorrentEngine;
import dev.torrentd.utorrent.UtStorage;
import dev.torrentd.utorrent.UtTestServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The settings and the transfer history as beans over the real engine: a changed
 * {@code bind_port} moves libtorrent's listen socket, and {@code webui.port} is the port
 * the server really listens on.
 */
@SpringBootTest(classes = UtTestServer.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class GuiSettingsIT {

	@Autowired
	GuiSettings settings;

	@Autowired
	TransferHistory history;

	@Autowired
	TorrentEngine engine;

	@Autowired
	UtStorage storage;

	@LocalServerPort
	int httpPort;

	private String value(String name) {
		return this.settings.rows()
			.stream()
			.filter((row) -> row.get(0).equals(name))
			.map((row) -> (String) row.get(2))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void webUiPortIsTheRunningServersPort() {
		assertThat(value("webui.port")).isEqualTo(Integer.toString(this.httpPort));
		assertThat(value("webui.username")).isEqualTo(UtTestServer.USERNAME);
	}

	@Test
	void bindPortMovesTheEnginesListenSocket() throws IOException {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}

		this.settings.set(List.of(Map.entry("bind_port", Integer.toString(port)), Map.entry("max_ul_rate", "10")));

		assertThat(this.engine.settings().listenInterfaces()).isEqualTo("127.0.0.1:" + port);
		assertThat(this.engine.settings().uploadLimitBytesPerSecond()).isEqualTo(10 * 1024);
		await().atMost(Duration.ofSeconds(10)).until(() -> this.engine.transferStats().listenPort() == port);
		assertThat(value("bind_port")).isEqualTo(Integer.toString(port));
	}

	@Test
	void ownSettingsAreWrittenToTheDialectsStorage() {
		this.settings.set(List.of(Map.entry("webui.cookie", "{\"lang\":\"de\"}")));

		assertThat(this.storage.directory().resolve(GuiSettings.FILE_NAME)).content()
			.contains("{\\\"lang\\\":\\\"de\\\"}");
	}

	@Test
	void theTransferHistoryHasThirtyOneDays() {
		assertThat(this.history.days().get("daily_download")).hasSize(31);
	}

}
