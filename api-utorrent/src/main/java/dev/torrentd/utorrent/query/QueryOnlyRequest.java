package dev.torrentd.utorrent.query;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

/**
 * A {@code /gui/} request whose parameters are its query string's only, as µTorrent reads
 * them: a form field in a POST body (an {@code action} in a multipart upload) neither
 * chooses the handler nor escapes the token and guest checks, which read the query.
 * Uploaded files stay available as parts.
 */
public class QueryOnlyRequest extends HttpServletRequestWrapper {

	private final GuiQuery query;

	private final Map<String, String[]> parameters;

	/**
	 * @param request the request
	 * @param query its query string, already read
	 */
	public QueryOnlyRequest(HttpServletRequest request, GuiQuery query) {
		super(request);
		this.query = query;
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (GuiQuery.Param param : query.params()) {
			values.computeIfAbsent(param.name(), (name) -> new java.util.ArrayList<>()).add(param.value());
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		values.forEach((name, list) -> parameters.put(name, list.toArray(new String[0])));
		this.parameters = Collections.unmodifiableMap(parameters);
	}

	/**
	 * The query string as read once by the token filter.
	 * @return the parameters in order
	 */
	public GuiQuery query() {
		return this.query;
	}

	@Override
	public @Nullable String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return this.parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values.clone() : null;
	}

}
