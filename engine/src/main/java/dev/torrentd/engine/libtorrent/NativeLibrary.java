package dev.torrentd.engine.libtorrent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Makes libtorrent4j's JNI library loadable. libtorrent4j does not extract its native
 * library from the {@code libtorrent4j-linux} jar: its static initializer loads the file
 * named by the system property {@code libtorrent4j.jni.path}. This class extracts the
 * library from the classpath into {@code <java.io.tmpdir>/torrentd-native/<sha-256>/}
 * (reused when present) and sets that property, before any libtorrent4j class is touched.
 */
final class NativeLibrary {

	static final String PATH_PROPERTY = "libtorrent4j.jni.path";

	private static final String RESOURCE = "lib/x86_64/libtorrent4j.so";

	private NativeLibrary() {
	}

	/**
	 * Extracts the library unless {@value #PATH_PROPERTY} already names a file.
	 * @return the library file
	 * @throws IllegalStateException on an unsupported platform or when the jar is missing
	 */
	static synchronized Path ensureExtracted() {
		String configured = System.getProperty(PATH_PROPERTY);
		if (configured != null && Files.isRegularFile(Path.of(configured))) {
			return Path.of(configured);
		}
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
			throw new IllegalStateException(
					"libtorrent4j 2.0.6 has a native library for Linux x86_64 only, not " + os + "/" + arch);
		}
		byte[] bytes = readResource();
		Path dir = Path.of(System.getProperty("java.io.tmpdir"), "torrentd-native", sha256(bytes).substring(0, 16));
		Path target = dir.resolve("libtorrent4j.so");
		try {
			if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
				Files.createDirectories(dir);
				Path temp = Files.createTempFile(dir, "libtorrent4j", ".tmp");
				Files.write(temp, bytes);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot extract libtorrent4j's native library to " + dir, ex);
		}
		System.setProperty(PATH_PROPERTY, target.toString());
		return target;
	}

	private static byte[] readResource() {
		try (InputStream in = NativeLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(
						RESOURCE + " is not on the classpath (org.libtorrent4j:libtorrent4j-linux)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
