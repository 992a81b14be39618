package dev.torrentd.utorrent.query;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives handlers a {@link GuiQuery} parameter: the raw query string, read in order (once:
 * the token filter's reading when it ran).
 */
public class GuiQueryResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == GuiQuery.class;
	}

	@Override
	public GuiQuery resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		QueryOnlyRequest read = webRequest.getNativeRequest(QueryOnlyRequest.class);
		if (read != null) {
			return read.query();
		}
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		return GuiQuery.parse((request != null) ? request.getQueryString() : null);
	}

}
