package dev.torrentd.utorrent.webui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small webui.zip shaped as the reference WebUI 0.388's: index.html stored plain,
 * webui.js as webui.js.gz, lang/en.js as lang/en.js.gz.
 */
final class WebUiZips {

	static final String INDEX = "<html><head><title>\u00b5Torrent WebUI</title></head></html>";

	static final String WEBUI_JS = "var utWebUI = {};";

	static final String EN_JS = "var LANG_STR = [];";

	private WebUiZips() {
	}

	static Path write(Path dir) throws IOException {
		return write(dir, Map.of("index.html", bytes(INDEX), "webui.js.gz", gzip(WEBUI_JS), "lang/en.js.gz",
				gzip(EN_JS), "images/", new byte[0]));
	}

	static Path write(Path dir, Map<String, byte[]> entries) throws IOException {
		Files.createDirectories(dir);
		Path zip = dir.resolve("webui.zip");
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
		return zip;
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(bytes(text));
		}
		return bytes.toByteArray();
	}

	static String gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
