package dev.torrentd.qbittorrent.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code torrents/pieceHashes}: the SHA-1 of every piece, read from the
 * {@code pieces} string of the .torrent's info dictionary. A v2-only torrent has no such
 * string and gets an empty list. The bencode walk is minimal on purpose: it only skips
 * values until it reaches {@code info.pieces}.
 */
public final class PieceHashes {

	private static final int SHA1_LENGTH = 20;

	private PieceHashes() {
	}

	/**
	 * The piece hashes of a .torrent.
	 * @param metainfo the bencoded .torrent
	 * @return 40-hex-digit SHA-1s in piece order; empty without a v1 {@code pieces}
	 * @throws IllegalArgumentException if the bytes are not bencode
	 */
	public static List<String> of(byte[] metainfo) {
		Reader reader = new Reader(metainfo);
		byte[] pieces = reader.piecesOfTopLevel();
		List<String> hashes = new ArrayList<>();
		if (pieces != null) {
			HexFormat hex = HexFormat.of();
			for (int i = 0; i + SHA1_LENGTH <= pieces.length; i += SHA1_LENGTH) {
				hashes.add(hex.formatHex(pieces, i, i + SHA1_LENGTH));
			}
		}
		return hashes;
	}

	private static final class Reader {

		private final byte[] data;

		private int pos;

		Reader(byte[] data) {
			this.data = data;
		}

		byte @Nullable [] piecesOfTopLevel() {
			expect('d');
			byte[] found = null;
			while (peek() != 'e') {
				String key = new String(string(), StandardCharsets.UTF_8);
				if (key.equals("info") && peek() == 'd') {
					found = piecesOfInfo();
				}
				else {
					skip();
				}
			}
			return found;
		}

		private byte @Nullable [] piecesOfInfo() {
			expect('d');
			byte[] found = null;
			while (peek() != 'e') {
				String key = new String(string(), StandardCharsets.UTF_8);
				if (key.equals("pieces") && Character.isDigit(peek())) {
					found = string();
				}
				else {
					skip();
				}
			}
			this.pos++;
			return found;
		}

		private void skip() {
			char c = peek();
			if (c == 'i') {
				int end = indexOf('e', this.pos);
				this.pos = end + 1;
			}
			else if (c == 'l' || c == 'd') {
				this.pos++;
				while (peek() != 'e') {
					skip();
				}
				this.pos++;
			}
			else if (Character.isDigit(c)) {
				string();
			}
			else {
				throw new IllegalArgumentException("not bencode at byte " + this.pos);
			}
		}

		private byte[] string() {
			int colon = indexOf(':', this.pos);
			int length;
			try {
				length = Integer.parseInt(new String(this.data, this.pos, colon - this.pos, StandardCharsets.US_ASCII));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("not bencode at byte " + this.pos);
			}
			int start = colon + 1;
			if (length < 0 || start + length > this.data.length) {
				throw new IllegalArgumentException("bencode string runs past the end");
			}
			this.pos = start + length;
			byte[] value = new byte[length];
			System.arraycopy(this.data, start, value, 0, length);
			return value;
		}

		private void expect(char c) {
			if (peek() != c) {
				throw new IllegalArgumentException("not bencode at byte " + this.pos);
			}
			this.pos++;
		}

		private char peek() {
			if (this.pos >= this.data.length) {
				throw new IllegalArgumentException("bencode ends early");
			}
			return (char) this.data[this.pos];
		}

		private int indexOf(char c, int from) {
			for (int i = from; i < this.data.length; i++) {
				if (this.data[i] == c) {
					return i;
				}
			}
			throw new IllegalArgumentException("bencode ends early");
		}

	}

}
