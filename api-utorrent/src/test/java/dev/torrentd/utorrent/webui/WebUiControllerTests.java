package dev.torrentd.utorrent.webui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import dev.torrentd.standin.GuiApiStandIn;
import dev.torrentd.utorrent.server.UtserverConf;
import dev.torrentd.utorrent.server.UtserverSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The controller beside a stand-in for the /gui/ API controller, to show that its
 * catch-all mapping leaves {@code /gui/} and {@code /gui/token.html} to that one.
 */
class WebUiControllerTests {

	@TempDir
	Path dir;

	private WebUi webUi;

	private MockMvc mvc;

	@BeforeEach
	void setUp() throws Exception {
		WebUiZips.write(this.dir.resolve("www"));
		AtomicReference<UtserverSettings> settings = new AtomicReference<>(
				UtserverSettings.from(UtserverConf.parse("ut_webui_dir: " + this.dir.resolve("www") + "\n"), this.dir));
		this.webUi = new WebUi(settings::get, this.dir);
		this.mvc = MockMvcBuilders.standaloneSetup(new WebUiController(this.webUi), new GuiApiStandIn()).build();
	}

	@AfterEach
	void close() {
		this.webUi.destroy();
	}

	@Test
	void aFileOfTheWebUiIsServed() throws Exception {
		this.mvc.perform(get("/gui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/html"))
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andExpect(content().bytes(WebUiZips.bytes(WebUiZips.INDEX)));
	}

	@Test
	void aGzippedFileIsSentAsGzip() throws Exception {
		this.mvc.perform(get("/gui/lang/en.js"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Encoding", "gzip"))
			.andExpect(header().string("Content-Disposition", "inline"))
			.andExpect(content().bytes(WebUiZips.gzip(WebUiZips.EN_JS)));
	}

	@Test
	void aMissingFileIsAnInvalidRequest() throws Exception {
		this.mvc.perform(get("/gui/nothing.js"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", "text/plain"))
			.andExpect(content().string("invalid request"));
	}

	@Test
	void guiWithoutTheSlashIsRedirectedToIt() throws Exception {
		this.mvc.perform(get("/gui")).andExpect(status().isFound()).andExpect(header().string("Location", "/gui/"));
		this.mvc.perform(get("/gui?token=T&list=1"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/gui/?token=T&list=1"));
	}

	@Test
	void theGuiRootAndTokenHtmlStayWithTheApiController() throws Exception {
		this.mvc.perform(get("/gui/")).andExpect(status().isOk()).andExpect(content().string("api root"));
		this.mvc.perform(get("/gui/token.html")).andExpect(status().isOk()).andExpect(content().string("api token"));
	}

	@Test
	void withoutTheApiControllerTheRootAndTokenHtmlAreNotServedAsFiles() throws Exception {
		MockMvc alone = MockMvcBuilders.standaloneSetup(new WebUiController(this.webUi)).build();

		alone.perform(get("/gui/")).andExpect(status().isBadRequest());
		alone.perform(get("/gui/token.html")).andExpect(status().isBadRequest());
	}

}
