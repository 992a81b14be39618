package dev.torrentd.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;

/**
 * Writes files so that a crash (even {@code kill -9} or a power cut) leaves either the
 * old or the new content: write a temp file in the same folder, fsync it, rename it over
 * the target, fsync the folder. The engine's state files and the dialects' own files
 * (preferences, settings, credentials) are all written this way.
 */
public final class AtomicFiles {

	private AtomicFiles() {
	}

	/**
	 * Replaces {@code target}'s content atomically.
	 * @param target the file to write
	 * @param content its new content
	 * @throws UncheckedIOException when the file cannot be written; the old content is
	 * kept
	 */
	public static void write(Path target, byte[] content) {
		write(target, content, new FileAttribute<?>[0]);
	}

	/**
	 * Replaces {@code target}'s content atomically, creating it with the given attributes
	 * (e.g. owner-only POSIX permissions for a credentials file).
	 * @param target the file to write
	 * @param content its new content
	 * @param attributes the attributes of the new file
	 * @throws UncheckedIOException when the file cannot be written; the old content is
	 * kept
	 */
	public static void write(Path target, byte[] content, FileAttribute<?>... attributes) {
		Path dir = target.toAbsolutePath().getParent();
		Path temp = dir.resolve(target.getFileName() + ".tmp");
		try {
			Files.createDirectories(dir);
			// a leftover temp file would keep its old permissions
			if (Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS)) {
				Files.delete(temp);
			}
			try (FileChannel out = FileChannel.open(temp,
					Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					out.write(buffer);
				}
				out.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			syncDirectory(dir);
		}
		catch (IOException ex) {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ignored) {
				// the temp file is harmless; the next write replaces it
			}
			throw new UncheckedIOException("cannot write " + target, ex);
		}
	}

	/**
	 * Deletes files and makes the deletion durable.
	 * @param files files to delete; missing ones are ignored
	 */
	public static void delete(Path... files) {
		Path dir = null;
		for (Path file : files) {
			try {
				Files.deleteIfExists(file);
				dir = file.toAbsolutePath().getParent();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot delete " + file, ex);
			}
		}
		if (dir != null) {
			syncDirectory(dir);
		}
	}

	private static void syncDirectory(Path dir) {
		// Linux allows fsync on a directory opened read-only; it makes the rename
		// durable.
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// Some file systems refuse to open directories; the rename itself is still
			// atomic.
		}
	}

}
