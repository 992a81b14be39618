package dev.torrentd.app.utorrent;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.torrentd.app.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference µTorrent WebUI saves its configuration with
 * {@code setsetting&s=webui.cookie&v=<raw JSON>}, unencoded and as long as the user's
 * column layout makes it (browsers encode only the quotes): the server's Tomcat must take
 * {@code { } [ ] |} in the query and a long request line, and hand the JSON back
 * unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GuiTransportIT {

	private static final String PASSWORD = "gui-transport-secret";

	private static final Pattern TOKEN = Pattern.compile(">([^<]+)<");

	@TempDir
	static Path dir;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void loopbackServer(DynamicPropertyRegistry registry) {
		LoopbackServer.register(registry, dir);
		registry.add("torrentd.auth.password", () -> PASSWORD);
	}

	@Test
	void aLongRawJsonWebUiCookieInTheQueryIsStoredAsSent() throws Exception {
		String token = token();
		StringBuilder json = new StringBuilder("{\"cols\":[");
		for (int i = 0; i < 700; i++) {
			json.append(i > 0 ? "," : "").append("{\"w\":").append(i).append(",\"v\":true}");
		}
		json.append("],\"lang\":\"en\",\"x\":\"a|b\"}");
		assertThat(json.length()).isGreaterThan(8 * 1024);
		String saved = raw(
				"/gui/?token=" + token + "&action=setsetting&s=webui.cookie&v=" + json.toString().replace("\"", "%22"));
		assertThat(saved).startsWith("HTTP/1.1 200").endsWith("{\"build\":30470}");
		String settings = raw("/gui/?token=" + token + "&action=getsettings");
		String quoted = "\"" + json.toString().replace("\"", "\\\"") + "\"";
		assertThat(settings).contains("[\"webui.cookie\",2," + quoted + ",{\"access\":\"Y\"}]");
	}

	private String token() throws IOException {
		Matcher matcher = TOKEN.matcher(raw("/gui/token.html"));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	/** java.net.URI refuses raw braces and quotes: the request is written by hand. */
	private String raw(String target) throws IOException {
		String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + auth
						+ "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
