package dev.torrentd.standin;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stands for the /gui/ API controller, which maps these two paths literally. It lives
 * outside {@code dev.torrentd.utorrent} so that the dialect's component scan never finds
 * it in other tests' contexts.
 */
@RestController
public class GuiApiStandIn {

	@GetMapping("/gui/")
	String root() {
		return "api root";
	}

	@GetMapping("/gui/token.html")
	String token() {
		return "api token";
	}

}
