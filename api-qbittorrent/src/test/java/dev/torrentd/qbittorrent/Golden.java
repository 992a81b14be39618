package dev.torrentd.qbittorrent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of a real qbittorrent-nox 4.5.2 (test resources
 * {@code qbittorrent/golden-4.5.2/}, see the README there) and the two .torrent fixtures
 * they were captured with ({@code qbittorrent/fixtures/}).
 */
final class Golden {

	private static final String DIR = "/qbittorrent/golden-4.5.2/";

	private static final JsonMapper JSON = JsonMapper.shared();

	private Golden() {
	}

	/**
	 * A captured JSON body.
	 * @param name the capture's name, e.g. {@code torrents_info}
	 * @return the parsed {@code NAME.json}
	 */
	static JsonNode json(String name) {
		return JSON.readTree(bytes(DIR + name + ".json"));
	}

	/**
	 * A captured text body.
	 * @param name the capture's name, e.g. {@code app_version}
	 * @return {@code NAME.txt}, byte for byte
	 */
	static String text(String name) {
		return new String(bytes(DIR + name + ".txt"), StandardCharsets.UTF_8);
	}

	/**
	 * The Content-Type a capture was answered with.
	 * @param name the capture's name
	 * @return the {@code content-type} line of {@code NAME.headers}
	 */
	static String contentType(String name) {
		String headers = new String(bytes(DIR + name + ".headers"), StandardCharsets.UTF_8);
		return headers.lines()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("content-type:"))
			.map((line) -> line.substring("content-type:".length()).trim())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no content-type in " + name + ".headers"));
	}

	/**
	 * The error and edge cases ({@code errors.json}): {@code case}, {@code request}
	 * ({@code METHOD PATH[?QUERY] [FORM BODY]}), {@code request_headers},
	 * {@code cookie_sent}, {@code status}, {@code content_type}, {@code body}.
	 * @return the array of cases, in capture order
	 */
	static JsonNode errors() {
		return json("errors");
	}

	/**
	 * A fixture .torrent.
	 * @param name {@code multi.torrent} or {@code single.torrent}
	 * @return its bytes
	 */
	static byte[] fixture(String name) {
		return bytes("/qbittorrent/fixtures/" + name);
	}

	/**
	 * Parses one of our JSON answers.
	 * @param body the body
	 * @return the tree
	 */
	static JsonNode parse(String body) {
		return JSON.readTree(body);
	}

	private static byte[] bytes(String resource) {
		try (InputStream in = Golden.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
