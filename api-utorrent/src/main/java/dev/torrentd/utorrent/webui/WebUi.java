package dev.torrentd.utorrent.webui;

import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The reference WebUI's files, from {@code ut_webui_dir}'s {@code webui.zip} or
 * {@code webui/} folder.
 */
@Component
public class WebUi {

	/**
	 * A file of the WebUI: {@code path} itself, else {@code path.gz} sent with
	 * {@code Content-Encoding: gzip}; the content type is that of {@code path}.
	 * @param path the path under {@code /gui/} ({@code index.html} for {@code /gui/})
	 * @return the answer, or empty when there is no WebUI or no such file
	 */
	public Optional<ResponseEntity<byte[]>> serve(String path) {
		return Optional.empty();
	}

}
