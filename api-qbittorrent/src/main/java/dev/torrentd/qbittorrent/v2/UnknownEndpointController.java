package dev.torrentd.qbittorrent.v2;

import java.util.HashSet;
import java.util.Set;

import dev.torrentd.qbittorrent.error.QbApiException;
import dev.torrentd.qbittorrent.error.QbError;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What no controller maps under {@code /api/v2/}: 405 {@code Method Not Allowed} for a
 * GET on a POST-only endpoint, 404 {@code Not Found} for anything else (qBittorrent's
 * order: unknown scope 404, wrong method 405, unknown action 404). Reached only with a
 * session; without one the filter chain has already answered 403.
 */
@RestController
class UnknownEndpointController {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private volatile Set<String> postOnlyPaths;

	UnknownEndpointController(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) {
		if (postOnlyPaths().contains(request.getRequestURI())) {
			throw new QbApiException(QbError.METHOD_NOT_ALLOWED);
		}
		throw QbApiException.notFound();
	}

	private Set<String> postOnlyPaths() {
		Set<String> paths = this.postOnlyPaths;
		if (paths == null) {
			paths = new HashSet<>();
			for (RequestMappingInfo info : this.mappings.getObject().getHandlerMethods().keySet()) {
				if (info.getMethodsCondition().getMethods().equals(Set.of(RequestMethod.POST))) {
					paths.addAll(info.getPatternValues());
				}
			}
			this.postOnlyPaths = paths;
		}
		return paths;
	}

}
