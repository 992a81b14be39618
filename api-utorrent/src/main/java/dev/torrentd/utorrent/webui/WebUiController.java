package dev.torrentd.utorrent.webui;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WebUI's static files under {@code /gui/}: {@code /gui/main.css},
 * {@code /gui/lang/en.js}, ... from {@link WebUi}. {@code /gui/} itself and
 * {@code /gui/token.html} are the /gui/ API's (their literal mappings are more specific
 * than this one, so Spring gives them precedence); this controller never answers them.
 */
@RestController
@ConditionalOnProperty(prefix = "torrentd.utorrent", name = "enabled", havingValue = "true", matchIfMissing = true)
public class WebUiController {

	private static final byte[] INVALID_REQUEST = "invalid request".getBytes(StandardCharsets.UTF_8);

	private final WebUi webUi;

	WebUiController(WebUi webUi) {
		this.webUi = webUi;
	}

	/**
	 * {@code /gui} without the slash: the WebUI's relative asset URLs need it.
	 * @param request the request (its query string is kept)
	 * @return a redirect to {@code /gui/}
	 */
	@GetMapping("/gui")
	ResponseEntity<Void> redirectToSlash(HttpServletRequest request) {
		String query = request.getQueryString();
		String location = request.getContextPath() + "/gui/" + ((query != null) ? "?" + query : "");
		return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
	}

	/**
	 * A WebUI file, or 400 {@code invalid request} (text/plain) when there is none, as
	 * µTorrent answers anything it does not know.
	 * @param path the path after {@code /gui}, with its leading slash
	 * @return the file or the error
	 */
	@GetMapping("/gui/{*path}")
	ResponseEntity<byte[]> file(@PathVariable String path) {
		if (path.isEmpty() || path.equals("/") || path.equals("/token.html")) {
			// the /gui/ API's: only reached when that controller is absent or declined
			return invalidRequest();
		}
		return this.webUi.serve(path).orElseGet(WebUiController::invalidRequest);
	}

	private static ResponseEntity<byte[]> invalidRequest() {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(INVALID_REQUEST);
	}

}
