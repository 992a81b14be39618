package dev.torrentd.utorrent.webui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.torrentd.utorrent.server.UtserverConf;
import dev.torrentd.utorrent.server.UtserverSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class WebUiTests {

	@TempDir
	Path dir;

	private final AtomicReference<UtserverSettings> settings = new AtomicReference<>(UtserverSettings.defaults());

	private WebUi webUi;

	@AfterEach
	void close() {
		if (this.webUi != null) {
			this.webUi.destroy();
		}
	}

	private WebUi webUiIn(Path webuiDir) {
		this.settings.set(settingsWithWebuiDir(webuiDir));
		this.webUi = new WebUi(this.settings::get, this.dir.resolve("state"));
		return this.webUi;
	}

	private UtserverSettings settingsWithWebuiDir(Path webuiDir) {
		return UtserverSettings.from(UtserverConf.parse("ut_webui_dir: " + webuiDir + "\n"), this.dir);
	}

	@Test
	void aPlainZipEntryIsServedWithItsContentType() throws Exception {
		WebUiZips.write(this.dir.resolve("www"));

		ResponseEntity<byte[]> index = webUiIn(this.dir.resolve("www")).serve("index.html").orElseThrow();

		assertThat(index.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(index.getHeaders().getContentType()).isEqualTo(MediaType.TEXT_HTML);
		assertThat(index.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(index.getHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThat(new String(index.getBody(), StandardCharsets.UTF_8)).isEqualTo(WebUiZips.INDEX);
	}

	@Test
	void aGzEntryIsServedAsGzipWithTheContentTypeOfTheFileItCompresses() throws Exception {
		WebUiZips.write(this.dir.resolve("www"));

		ResponseEntity<byte[]> js = webUiIn(this.dir.resolve("www")).serve("webui.js").orElseThrow();

		assertThat(js.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(js.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(js.getHeaders().getContentType().getSubtype()).isEqualTo("javascript");
		assertThat(WebUiZips.gunzip(js.getBody())).isEqualTo(WebUiZips.WEBUI_JS);
	}

	@Test
	void entriesInFoldersAreServed() throws Exception {
		WebUiZips.write(this.dir.resolve("www"));

		ResponseEntity<byte[]> lang = webUiIn(this.dir.resolve("www")).serve("/lang/en.js").orElseThrow();

		assertThat(WebUiZips.gunzip(lang.getBody())).isEqualTo(WebUiZips.EN_JS);
	}

	@Test
	void theRootIsIndexHtml() throws Exception {
		WebUiZips.write(this.dir.resolve("www"));

		assertThat(webUiIn(this.dir.resolve("www")).serve("/").orElseThrow().getBody())
			.isEqualTo(WebUiZips.bytes(WebUiZips.INDEX));
	}

	@Test
	void missingFilesFoldersAndEscapesFindNothing() throws Exception {
		WebUiZips.write(this.dir.resolve("www"));
		WebUi webUi = webUiIn(this.dir.resolve("www"));

		assertThat(webUi.serve("nothing.js")).isEmpty();
		assertThat(webUi.serve("images/")).isEmpty();
		assertThat(webUi.serve("../webui.zip")).isEmpty();
		assertThat(webUi.serve("lang/../../secret")).isEmpty();
	}

	@Test
	void anUnknownExtensionIsOctetStream() throws Exception {
		WebUiZips.write(this.dir.resolve("www"), Map.of("data.qqq", WebUiZips.bytes("x")));

		assertThat(webUiIn(this.dir.resolve("www")).serve("data.qqq").orElseThrow().getHeaders().getContentType())
			.isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
	}

	@Test
	void withoutAZipTheWebuiFolderIsServed() throws Exception {
		Path folder = Files.createDirectories(this.dir.resolve("www/webui/lang"));
		Files.writeString(folder.getParent().resolve("index.html"), "<html>folder</html>");
		Files.write(folder.resolve("en.js.gz"), WebUiZips.gzip(WebUiZips.EN_JS));
		WebUi webUi = webUiIn(this.dir.resolve("www"));

		assertThat(webUi.serve("index.html").orElseThrow().getBody()).isEqualTo(WebUiZips.bytes("<html>folder</html>"));
		ResponseEntity<byte[]> lang = webUi.serve("lang/en.js").orElseThrow();
		assertThat(lang.getHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(WebUiZips.gunzip(lang.getBody())).isEqualTo(WebUiZips.EN_JS);
	}

	@Test
	void theFolderCannotBeLeft() throws Exception {
		Files.createDirectories(this.dir.resolve("www/webui"));
		Files.writeString(this.dir.resolve("www/secret.txt"), "secret");
		Files.writeString(this.dir.resolve("www/webuisecret.txt"), "secret");
		WebUi webUi = webUiIn(this.dir.resolve("www"));

		assertThat(webUi.serve("../secret.txt")).isEmpty();
		assertThat(webUi.serve("..%2fsecret.txt")).isEmpty();
		assertThat(webUi.serve("/../webuisecret.txt")).isEmpty();
		assertThat(webUi.serve("lang/../../secret.txt")).isEmpty();
	}

	@Test
	void withoutAWebUiNothingIsServed() {
		assertThat(webUiIn(this.dir.resolve("empty")).serve("index.html")).isEmpty();
	}

	@Test
	void withoutUtWebuiDirTheStateDirectoryIsUsed() throws Exception {
		WebUiZips.write(this.dir.resolve("state"));
		this.webUi = new WebUi(this.settings::get, this.dir.resolve("state"));

		assertThat(this.webUi.serve("index.html")).isPresent();
	}

	@Test
	void aReloadOpensTheWebUiAgain() throws Exception {
		WebUiZips.write(this.dir.resolve("one"), Map.of("index.html", WebUiZips.bytes("one")));
		WebUiZips.write(this.dir.resolve("two"), Map.of("index.html", WebUiZips.bytes("two")));
		WebUi webUi = webUiIn(this.dir.resolve("one"));
		assertThat(webUi.serve("index.html").orElseThrow().getBody()).isEqualTo(WebUiZips.bytes("one"));

		this.settings.set(settingsWithWebuiDir(this.dir.resolve("two")));

		assertThat(webUi.serve("index.html").orElseThrow().getBody()).isEqualTo(WebUiZips.bytes("two"));
	}

	@Test
	void theZipIsKeptOpenUntilAReload() throws Exception {
		Path www = this.dir.resolve("www");
		WebUiZips.write(www, Map.of("index.html", WebUiZips.bytes("old")));
		WebUi webUi = webUiIn(www);
		assertThat(webUi.serve("index.html")).isPresent();

		Files.delete(www.resolve("webui.zip"));
		WebUiZips.write(www, Map.of("index.html", WebUiZips.bytes("new")));
		assertThat(webUi.serve("index.html").orElseThrow().getBody()).isEqualTo(WebUiZips.bytes("old"));

		this.settings.set(settingsWithWebuiDir(www));
		assertThat(webUi.serve("index.html").orElseThrow().getBody()).isEqualTo(WebUiZips.bytes("new"));
	}

	@Test
	void theNoArgumentWebUiServesNothing() {
		this.webUi = new WebUi();

		assertThat(this.webUi.serve("index.html")).isEmpty();
	}

	@Test
	void pathsAreCleanedToNamesInsideTheWebUi() {
		assertThat(WebUi.clean("/lang/en.js")).isEqualTo("lang/en.js");
		assertThat(WebUi.clean("")).isEqualTo("index.html");
		assertThat(WebUi.clean("a/../b")).isNull();
		assertThat(WebUi.clean("a\\..\\b")).isNull();
		assertThat(WebUi.clean("a\0b")).isNull();
	}

}
